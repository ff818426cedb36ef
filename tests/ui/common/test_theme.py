"""Themes meet WCAG 2.2 AA contrast, and apply_theme sets palette, focus ring, font and size."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from send_routes.ui.common import fonts
from send_routes.ui.common.fonts import BASE_POINT_SIZE, FONTS, register_fonts
from send_routes.ui.common.theme import (
    DEFAULT_THEME,
    LARGE_CONTRAST,
    TEXT_CONTRAST,
    THEMES,
    apply_theme,
    contrast_ratio,
)


@pytest.fixture
def themed_app(qapp: QApplication) -> Iterator[QApplication]:
    """The test QApplication, put back to the default theme afterwards."""
    yield qapp
    apply_theme(qapp, DEFAULT_THEME)


def test_contrast_ratio_matches_the_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_there_is_a_default_and_a_high_contrast_theme() -> None:
    assert DEFAULT_THEME in THEMES
    assert {"default", "high_contrast"} <= set(THEMES)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_text_colour_has_at_least_4_5_to_1_contrast_on_its_background(name: str) -> None:
    for what, foreground, background, minimum in THEMES[name].contrast_pairs():
        if minimum == TEXT_CONTRAST:
            ratio = contrast_ratio(foreground, background)
            assert ratio >= TEXT_CONTRAST, f"{name}: {what} is only {ratio:.2f}:1"


@pytest.mark.parametrize("name", sorted(THEMES))
def test_large_text_focus_ring_and_control_edges_have_at_least_3_to_1(name: str) -> None:
    pairs = THEMES[name].contrast_pairs()
    checked = {what for what, _, _, minimum in pairs if minimum == LARGE_CONTRAST}
    assert {"large text on background", "focus ring on background"} <= checked
    for what, foreground, background, minimum in pairs:
        ratio = contrast_ratio(foreground, background)
        assert ratio >= minimum >= LARGE_CONTRAST, f"{name}: {what} is only {ratio:.2f}:1"


@pytest.mark.parametrize("name", sorted(THEMES))
def test_apply_theme_sets_the_palette_and_a_visible_focus_ring(
    themed_app: QApplication, name: str
) -> None:
    theme = THEMES[name]
    apply_theme(themed_app, name)
    palette = themed_app.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == theme.background
    assert palette.color(QPalette.ColorRole.WindowText).name() == theme.text
    assert palette.color(QPalette.ColorRole.Link).name() == theme.link
    sheet = themed_app.styleSheet()
    assert f"3px solid {theme.focus_ring}" in sheet
    assert "$" not in sheet


def test_the_base_font_is_at_least_11_points(themed_app: QApplication) -> None:
    apply_theme(themed_app, DEFAULT_THEME)
    assert themed_app.font().pointSizeF() >= 11
    assert themed_app.font().pointSizeF() == BASE_POINT_SIZE


def test_apply_theme_at_scale_2_doubles_the_font_size(themed_app: QApplication) -> None:
    apply_theme(themed_app, DEFAULT_THEME, scale=1.0)
    normal = themed_app.font().pointSizeF()
    apply_theme(themed_app, DEFAULT_THEME, scale=2.0)
    assert themed_app.font().pointSizeF() == pytest.approx(2 * normal)


def test_scales_outside_1_to_2_are_kept_in_range(themed_app: QApplication) -> None:
    apply_theme(themed_app, DEFAULT_THEME, scale=5.0)
    assert themed_app.font().pointSizeF() == pytest.approx(2 * BASE_POINT_SIZE)
    apply_theme(themed_app, DEFAULT_THEME, scale=0.1)
    assert themed_app.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE)


def test_an_unknown_theme_name_falls_back_to_the_default(themed_app: QApplication) -> None:
    apply_theme(themed_app, "no such theme")
    window = themed_app.palette().color(QPalette.ColorRole.Window).name()
    assert window == THEMES[DEFAULT_THEME].background


def test_the_bundled_fonts_are_registered(qapp: QApplication) -> None:
    families = register_fonts()
    assert "Atkinson Hyperlegible" in families
    assert "OpenDyslexic" in families
    assert "Atkinson Hyperlegible" in QFontDatabase.families()


@pytest.mark.parametrize("choice", sorted(FONTS))
def test_each_font_choice_puts_its_family_first(themed_app: QApplication, choice: str) -> None:
    apply_theme(themed_app, DEFAULT_THEME, font=choice)
    families = themed_app.font().families()
    for family in FONTS[choice].families:
        assert families[0] == family


def test_a_font_choice_registers_only_its_upright_faces(qapp: QApplication) -> None:
    assert register_fonts("readable") == ("Atkinson Hyperlegible",)
    assert register_fonts("system") == ()
    files = [path.name for path in fonts._font_files("readable")]
    assert files == ["AtkinsonHyperlegible-Bold.ttf", "AtkinsonHyperlegible-Regular.ttf"]


def test_radio_and_check_marks_grow_with_the_text(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton

    def mark_width(widget: QRadioButton | QCheckBox, element: QStyle.SubElement) -> int:
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        return widget.style().subElementRect(element, option, widget).width()

    sizes = []
    for scale in (1.0, 2.0):
        apply_theme(qapp, DEFAULT_THEME, scale)
        radio, box = QRadioButton("Yes"), QCheckBox("Yes")
        radio.ensurePolished()
        box.ensurePolished()
        sizes.append(
            (
                mark_width(radio, QStyle.SubElement.SE_RadioButtonIndicator),
                mark_width(box, QStyle.SubElement.SE_CheckBoxIndicator),
            )
        )
    # The mark doubles; its edge and padding stay as they are.
    assert sizes[1][0] >= 1.6 * sizes[0][0] and sizes[1][1] >= 1.6 * sizes[0][1]
