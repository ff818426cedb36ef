"""The fonts the app bundles, the font choices it offers, and the base font at a scale."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from send_routes import paths

#: The base font size at scale 1.0, in points (WCAG asks for nothing smaller than ~11 pt).
BASE_POINT_SIZE = 12.0
MIN_SCALE = 1.0
MAX_SCALE = 2.0
#: Tried in order after a choice's own families, so text always has a readable font.
FALLBACK_FAMILIES = (
    "Atkinson Hyperlegible",
    "Segoe UI",
    "Helvetica Neue",
    "Arial",
    "Noto Sans",
    "DejaVu Sans",
    "Sans Serif",
)


@dataclass(frozen=True)
class FontChoice:
    """A font the person can choose, with the families to try first."""

    label: str
    families: tuple[str, ...]


FONTS: dict[str, FontChoice] = {
    "readable": FontChoice(
        "Atkinson Hyperlegible (designed to be easy to read)", ("Atkinson Hyperlegible",)
    ),
    "dyslexia": FontChoice(
        "OpenDyslexic (some people with dyslexia find it easier)", ("OpenDyslexic",)
    ),
    "system": FontChoice("Your computer's usual font", ()),
}
DEFAULT_FONT = "readable"


#: The font each language's script needs, where the usual fonts lack it (issue 23, H39).
#: Urdu's Nastaliq comes first: its words climb and sit taller than Latin, and a line is as
#: tall as its first family says, so Urdu gets Nastaliq's generous line height; it has no
#: Latin letters, so English beside it still comes from the families after it. The others
#: only fill in the letters the usual fonts lack.
SCRIPT_FAMILIES = {
    "ur": ("Noto Nastaliq Urdu", True),
    "ar": ("Noto Naskh Arabic", False),
    "bn": ("Noto Sans Bengali", False),
    "pa": ("Noto Sans Gurmukhi", False),
}
#: The chosen language's script font, when the computer (or the bundle) has it.
_script: list[tuple[str, bool]] = []


def use_script_font(code: str) -> str | None:
    """Use the script font of the language ``code`` in the base font from now on (English:
    none); its family, or None when it is not needed or not installed. Apply the theme
    again to see it."""
    wanted = SCRIPT_FAMILIES.get(code)
    found = wanted if wanted and wanted[0] in QFontDatabase.families() else None
    _script[:] = [found] if found else []
    return found[0] if found else None


#: The folder under resources/fonts/ holding each bundled choice's files.
FONT_FOLDERS = {"readable": "atkinson-hyperlegible", "dyslexia": "opendyslexic"}
_registered: dict[Path, tuple[str, ...]] = {}


def _font_files(choice: str | None) -> list[Path]:
    folder = paths.resources_dir() / "fonts"
    if choice is not None:
        if choice not in FONT_FOLDERS:
            return []
        folder = folder / FONT_FOLDERS[choice]
    files = sorted([*folder.rglob("*.ttf"), *folder.rglob("*.otf")]) if folder.is_dir() else []
    if choice is not None:  # the first paint needs only the upright faces
        files = [path for path in files if "italic" not in path.stem.casefold()]
    return files


def register_fonts(choice: str | None = None) -> tuple[str, ...]:
    """Add bundled fonts to Qt, each file once (needs a QGuiApplication); the families.

    With a ``choice`` only that font's upright faces, which is all the first paint needs;
    with none, every bundled file (italics and the other choices: after the first paint).
    """
    families: list[str] = []
    for path in _font_files(choice):
        if path not in _registered:
            font_id = QFontDatabase.addApplicationFont(str(path))
            found = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            _registered[path] = tuple(found)
        families.extend(_registered[path])
    return tuple(dict.fromkeys(families))


def clamp_scale(scale: float) -> float:
    """``scale`` kept between MIN_SCALE and MAX_SCALE."""
    return max(MIN_SCALE, min(MAX_SCALE, scale))


def base_font(choice: str = DEFAULT_FONT, scale: float = 1.0) -> QFont:
    """The app's base font for a font choice (unknown choices get the default) at ``scale``."""
    font_choice = FONTS.get(choice, FONTS[DEFAULT_FONT])
    if choice == "system":
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    else:
        font = QFont()
    first = [family for family, leads in _script if leads]
    after = [family for family, leads in _script if not leads]
    families = [
        *first,
        *font_choice.families,
        *([font.family()] if choice == "system" else []),
        *FALLBACK_FAMILIES,
        *after,
    ]
    font.setFamilies(list(dict.fromkeys(families)))
    font.setPointSizeF(BASE_POINT_SIZE * clamp_scale(scale))
    return font
