"""Colour themes, WCAG contrast checks, and applying a theme, font and text size to the app."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from string import Template

from PySide6.QtGui import QColor, QFontInfo, QPalette
from PySide6.QtWidgets import QApplication

from send_routes import paths
from send_routes.ui.common.fonts import DEFAULT_FONT, base_font, clamp_scale, register_fonts
from send_routes.ui.common.words import marked

#: WCAG 2.2 AA: normal text, then large text and parts of controls (focus rings, borders).
TEXT_CONTRAST = 4.5
LARGE_CONTRAST = 3.0
FOCUS_WIDTH_PX = 3


@dataclass(frozen=True)
class Theme:
    """The colours of one theme, as #rrggbb."""

    label: str
    text: str
    background: str
    surface: str  # panels and table rows that stand apart from the page
    muted_text: str  # hints and secondary text
    link: str
    border: str  # the edges of inputs, tables and secondary buttons
    focus_ring: str
    focus_fill: str  # behind a focused button, GOV.UK style
    focus_text: str
    button_text: str
    button_background: str
    selection_text: str
    selection_background: str
    error: str

    def contrast_pairs(self) -> list[tuple[str, str, str, float]]:
        """Each (what, foreground, background, minimum ratio) that WCAG 2.2 AA asks of us."""
        text = [
            ("text on background", self.text, self.background),
            ("text on surface", self.text, self.surface),
            ("muted text on background", self.muted_text, self.background),
            ("muted text on surface", self.muted_text, self.surface),
            ("link on background", self.link, self.background),
            ("link on surface", self.link, self.surface),
            ("error on background", self.error, self.background),
            ("button text on button", self.button_text, self.button_background),
            ("focused button text", self.focus_text, self.focus_fill),
            ("selected text", self.selection_text, self.selection_background),
        ]
        large = [
            ("large text on background", self.text, self.background),
            ("focus ring on background", self.focus_ring, self.background),
            ("focus ring on surface", self.focus_ring, self.surface),
            ("focus ring on focused button", self.focus_ring, self.focus_fill),
            ("control border on background", self.border, self.background),
            ("button on background", self.button_background, self.background),
        ]
        return [(*pair, TEXT_CONTRAST) for pair in text] + [
            (*pair, LARGE_CONTRAST) for pair in large
        ]


THEMES: dict[str, Theme] = {
    "default": Theme(
        label=marked("Standard (GOV.UK colours)"),
        text="#0b0c0c",
        background="#ffffff",
        surface="#f3f2f1",
        muted_text="#505a5f",
        link="#1d70b8",
        border="#0b0c0c",
        focus_ring="#0b0c0c",
        focus_fill="#ffdd00",
        focus_text="#0b0c0c",
        button_text="#ffffff",
        button_background="#00703c",
        selection_text="#ffffff",
        selection_background="#1d70b8",
        error="#d4351c",
    ),
    "high_contrast": Theme(
        label=marked("High contrast (light text on black)"),
        text="#ffffff",
        background="#000000",
        surface="#1a1a1a",
        muted_text="#e0e0e0",
        link="#ffff00",
        border="#ffffff",
        focus_ring="#00ffff",
        focus_fill="#000000",
        focus_text="#ffffff",
        button_text="#000000",
        button_background="#ffffff",
        selection_text="#000000",
        selection_background="#ffff00",
        error="#ff9999",
    ),
}
DEFAULT_THEME = "default"


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a #rrggbb colour (0 for black, 1 for white)."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two #rrggbb colours, from 1.0 to 21.0."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def palette_for(theme: Theme) -> QPalette:
    """A QPalette carrying the theme's colours, with disabled text in the muted colour."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Window: theme.background,
        QPalette.ColorRole.Base: theme.background,
        QPalette.ColorRole.AlternateBase: theme.surface,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted_text,
        QPalette.ColorRole.Button: theme.surface,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.BrightText: theme.error,
        QPalette.ColorRole.Highlight: theme.selection_background,
        QPalette.ColorRole.HighlightedText: theme.selection_text,
        QPalette.ColorRole.Link: theme.link,
        QPalette.ColorRole.LinkVisited: theme.link,
        QPalette.ColorRole.ToolTipBase: theme.surface,
        QPalette.ColorRole.ToolTipText: theme.text,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.muted_text))
    return palette


@cache
def _base_sheet() -> Template:
    """The style sheet template, read from disk once (every theme and size change uses it)."""
    return Template((paths.resources_dir() / "themes" / "base.qss").read_text("utf-8"))


def _focus_padding(vertical: int, horizontal: int, focus_width: int) -> str:
    grow = max(0, focus_width - 2)
    return f"{max(0, vertical - grow)}px {max(0, horizontal - grow)}px"


def stylesheet_for(
    theme: Theme, point_size: float, scale: float = 1.0, family: str = "Atkinson Hyperlegible"
) -> str:
    """The application style sheet: focus rings, buttons, inputs, text roles, and the base
    font (``family`` at ``point_size``) for the widgets Windows gives fonts of their own."""
    return _base_sheet().substitute(
        asdict(theme),
        base_size=f"{point_size:.1f}pt",
        base_family=family.replace('"', ""),
        focus_width=f"{round(FOCUS_WIDTH_PX * scale)}px",
        heading_size=f"{point_size * 1.5:.1f}pt",
        subheading_size=f"{point_size * 1.2:.1f}pt",
        padding=f"{round(6 * scale)}px",
        # Less above and below a menu entry than a button: Urdu's tall Nastaliq lines at
        # 200% then keep the File menu within a 768-pixel screen.
        menu_padding=f"{round(4 * scale)}px",
        # The focus ring is wider than the 2 px edge; the padding gives way by as much, so a
        # focused button keeps the room its words were measured with (no "Clear everythinc").
        focus_padding=_focus_padding(round(6 * scale), 14, round(FOCUS_WIDTH_PX * scale)),
        link_focus_padding=_focus_padding(2, 4, round(FOCUS_WIDTH_PX * scale)),
        # Radio and check marks grow with the text; the radius keeps the radio round.
        indicator_size=f"{round(20 * scale)}px",
        indicator_radius=f"{round(20 * scale) // 2 + 3}px",
    )


#: The application property saying the app's own style has been set (see apply_theme).
STYLE_SET = "send_routes_style"


def apply_theme(app: QApplication, name: str, scale: float = 1.0, font: str = DEFAULT_FONT) -> None:
    """Give ``app`` the named theme (unknown names get the default), ``font`` and text ``scale``.

    ``scale`` runs from 1.0 to 2.0 and multiplies the base text size; it is kept in that range.
    """
    theme = THEMES.get(name, THEMES[DEFAULT_THEME])
    scale = clamp_scale(scale)
    register_fonts(font)
    # Fusion: the one built-in style that honours the palette everywhere. Once a style sheet
    # is set, app.style() is Qt's style-sheet proxy, whose name is "": asking it would set
    # Fusion again at every restyle, polishing every widget once more (a third of the time).
    if app.property(STYLE_SET) != "fusion" or app.style().name() not in ("", "fusion"):
        app.setStyle("Fusion")
        app.setProperty(STYLE_SET, "fusion")
    # Each change restyles every widget, so change only what differs (tests reset often).
    palette, app_font = palette_for(theme), base_font(font, scale)
    sheet = stylesheet_for(theme, app_font.pointSizeF(), scale, QFontInfo(app_font).family())
    if app.palette() != palette:
        app.setPalette(palette)
    if app.font() != app_font:
        app.setFont(app_font)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    app.setProperty("send_routes_theme", name if name in THEMES else DEFAULT_THEME)
