"""The bundled Noto fonts for the languages whose script the app's usual fonts lack.

Urdu is written in Nastaliq, Arabic in Naskh, Bengali and Panjabi (Gurmukhi) in their own
scripts: a library computer may have none of these fonts, and a PDF made with a fallback
font would be unreadable on the next computer. The fonts live in resources/fonts/noto/,
xz-compressed to keep the bundle-size aim (its README says where they came from); each is
unpacked in memory and added to Qt the first time its language is used, by the window
(``register_language_font`` when a language is chosen) and by the exports (the PDF then
embeds the glyphs it uses).

This module is in export/, the lowest layer allowed Qt, so that ui/ and the command line's
PDF and ODT can both use it (tests/test_layering.py).
"""

from __future__ import annotations

import lzma
from dataclasses import dataclass
from pathlib import Path

from send_routes import paths


@dataclass(frozen=True)
class ScriptFont:
    """The font a language is written in, and the line height its letters need."""

    family: str
    files: tuple[str, ...]
    #: Line height in per cent of the font's own line spacing (ascent plus descent). Noto
    #: Nastaliq Urdu's own spacing is already about twice DejaVu Sans's at the same size,
    #: and its words climb diagonally above the ascent (fact H39): Urdu gets a fifth more
    #: on top, never a box sized to the ascent; Naskh's marks need a little more than Latin.
    line_height: int
    #: Whether Latin text (names kept in English, addresses) inside a line in this language
    #: is drawn in a Latin font: Nastaliq's own Latin letters run words together. The Latin
    #: font must have no Arabic letters (DejaVu Sans has), so it is the bundled Atkinson
    #: Hyperlegible, named before the script's font.
    latin_first: bool = False


def _faces(stem: str) -> tuple[str, ...]:
    return (f"{stem}-Regular.ttf.xz", f"{stem}-Bold.ttf.xz")


#: By language code: the languages the app offers whose script needs a bundled font.
SCRIPT_FONTS: dict[str, ScriptFont] = {
    "ur": ScriptFont("Noto Nastaliq Urdu", _faces("NotoNastaliqUrdu"), 120, latin_first=True),
    "ar": ScriptFont("Noto Naskh Arabic", _faces("NotoNaskhArabic"), 110),
    "bn": ScriptFont("Noto Sans Bengali", _faces("NotoSansBengali"), 110),
    "pa": ScriptFont("Noto Sans Gurmukhi", _faces("NotoSansGurmukhi"), 110),
}
_registered: dict[str, tuple[str, ...]] = {}


def font_folder() -> Path:
    return paths.resources_dir() / "fonts" / "noto"


def script_font(code: str) -> ScriptFont | None:
    """The bundled font for the language ``code``, or None when its usual fonts serve."""
    return SCRIPT_FONTS.get(code)


def register_language_font(code: str) -> str | None:
    """Add the language's bundled font to Qt (once; needs a QGuiApplication); its family,
    or None when the language needs no bundled font or the files cannot be read (the text
    then falls back to whatever font the computer has, rather than failing)."""
    font = SCRIPT_FONTS.get(code)
    if font is None:
        return None
    for name in font.files:
        if name not in _registered:
            _registered[name] = _add(font_folder() / name)
    families = {family for name in font.files for family in _registered[name]}
    if font.latin_first:
        _add_latin()
    return font.family if font.family in families else None


#: A Latin font with no Arabic letters, bundled for the app's own look.
LATIN_FAMILY = "Atkinson Hyperlegible"


def _add_latin() -> None:
    from PySide6.QtGui import QFontDatabase

    if LATIN_FAMILY in QFontDatabase.families():  # the window has added it already
        return
    folder = paths.resources_dir() / "fonts" / "atkinson-hyperlegible"
    for path in sorted(folder.glob("AtkinsonHyperlegible-*.ttf")):
        if "Italic" not in path.stem:
            QFontDatabase.addApplicationFont(str(path))


def families(code: str) -> tuple[str, ...]:
    """The font families for text in the language ``code``, first choice first."""
    font = SCRIPT_FONTS.get(code)
    if font is None:
        return ()
    return (LATIN_FAMILY, font.family) if font.latin_first else (font.family,)


def _add(path: Path) -> tuple[str, ...]:
    # Qt only here: the text plan reads SCRIPT_FONTS without loading Qt.
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QFontDatabase

    try:
        data = lzma.decompress(path.read_bytes())
    except (OSError, lzma.LZMAError):
        return ()
    font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
    return tuple(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else ()


def register_all() -> tuple[str, ...]:
    """Every bundled language font added to Qt; the families that could be added."""
    found = (register_language_font(code) for code in SCRIPT_FONTS)
    return tuple(family for family in found if family)
