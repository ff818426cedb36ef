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
    families = [
        *font_choice.families,
        *([font.family()] if choice == "system" else []),
        *FALLBACK_FAMILIES,
    ]
    font.setFamilies(list(dict.fromkeys(families)))
    font.setPointSizeF(BASE_POINT_SIZE * clamp_scale(scale))
    return font
