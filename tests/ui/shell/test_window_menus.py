"""At 200% text, in either theme, every menu title and every menu entry shows in full."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from menu_walk import all_menus
from PySide6.QtCore import QRect
from PySide6.QtGui import QAction, QFontMetrics, QImage, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolButton
from pytestqt.qtbot import QtBot
from wizard_keys import MakeWindow

from send_routes.content_store.content import ContentStore
from send_routes.ui.shell.main_window import MainWindow

THEME_NAMES = ("default", "high_contrast")
#: Glyphs start and end a pixel or two inside their advance; an elided entry loses far more.
BEARINGS_PX = 6
#: The least room between an entry and its shortcut, and between ink and the menu's edge.
GAP_PX = 8
EDGE_PX = 2


def _large_text(make_window: MakeWindow, theme: str) -> MainWindow:
    window = make_window()
    window.set_text_scale(2.0)
    window.set_theme(theme)
    return window


def _ink_columns(image: QImage, rect: QRect) -> list[int]:
    """The columns of ``rect`` where something is drawn on the entry's background."""
    background = image.pixel(rect.left() + 1, rect.top() + 1)
    return [
        x
        for x in range(rect.left(), rect.right() + 1)
        if any(image.pixel(x, y) != background for y in range(rect.top(), rect.bottom() + 1))
    ]


def _runs(columns: list[int]) -> list[list[int]]:
    """Columns in runs separated by at least four blank columns."""
    runs: list[list[int]] = []
    for x in columns:
        if runs and x - runs[-1][-1] <= 4:
            runs[-1].append(x)
        else:
            runs.append([x])
    return runs


def _entry_problems(menu: QMenu, image: QImage, action: QAction) -> Iterator[str]:
    metrics = QFontMetrics(menu.font())
    text = action.text().replace("&", "")
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    frame = menu.style().pixelMetric(QStyle.PixelMetric.PM_MenuPanelWidth, None, menu)
    inside = menu.rect().adjusted(frame, frame, -frame, -frame)
    rect = menu.actionGeometry(action).intersected(inside)  # what the menu can show
    runs = _runs(_ink_columns(image, rect))
    if action.isCheckable() and runs and runs[0][-1] - runs[0][0] < rect.height():
        runs = runs[1:]  # the mark that shows which one is chosen, no wider than the row is tall
    ink = [x for run in runs for x in run]
    assert ink, f"{text!r} is not drawn"
    if ink[0] < rect.left() + EDGE_PX or ink[-1] > rect.right() - EDGE_PX:
        yield f"{text!r} runs into the edge of {menu.title()!r}"
    shortcut_starts = ink[-1] - metrics.horizontalAdvance(shortcut) + BEARINGS_PX
    words = [x for x in ink if x < shortcut_starts - GAP_PX] if shortcut else ink
    if not words or words[-1] - words[0] + BEARINGS_PX < metrics.horizontalAdvance(text):
        yield f"{text!r} is cut short in {menu.title()!r}"


def _menu_problems(qtbot: QtBot, window: MainWindow, menu: QMenu) -> list[str]:
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(menu)
    image = menu.grab().toImage()
    menu.hide()
    if menu.width() > window.screen().availableGeometry().width():
        return [f"{menu.title()!r} is wider than the screen"]
    entries = [action for action in menu.actions() if not action.isSeparator()]
    return [problem for action in entries for problem in _entry_problems(menu, image, action)]


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_at_200_percent_every_menu_entry_and_its_shortcut_show_in_full(
    qtbot: QtBot, make_window: MakeWindow, theme: str
) -> None:
    window = _large_text(make_window, theme)
    menus = list(all_menus(window))
    assert [menu.title() for menu in menus] == ["&File", "&Go", "&View", "&Help", "&Colours"]
    for menu in menus:
        assert menu.font().pointSizeF() == window.font().pointSizeF()
        assert _menu_problems(qtbot, window, menu) == []


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_at_200_percent_the_menu_bar_shows_every_title_in_a_window_of_the_usual_size(
    make_window: MakeWindow, theme: str
) -> None:
    window = _large_text(make_window, theme)
    bar = window.menuBar()
    more = bar.findChild(QToolButton, "qt_menubar_ext_button")
    assert more is None or not more.isVisible()
    metrics = QFontMetrics(bar.font())
    for action in bar.actions():
        place = bar.actionGeometry(action)
        assert bar.rect().contains(place)
        assert place.width() >= metrics.horizontalAdvance(action.text().replace("&", ""))


def test_at_200_percent_in_urdu_each_menu_keeps_one_column_that_scrolls_within_the_screen(
    qtbot: QtBot, make_window: MakeWindow, content: ContentStore
) -> None:
    """Nastaliq's tall lines make the File menu taller than a small screen: Qt would split
    it into columns running off the screen's side; it scrolls instead, every entry whole."""
    window = make_window()
    window.language.choose(next(c for c in content.languages() if c.code == "ur"))
    window.set_text_scale(2.0)
    assert window.font().families()[0] == "Noto Nastaliq Urdu"
    screen = window.screen().availableGeometry()
    for menu in all_menus(window):
        menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitExposed(menu)
        entries = [action for action in menu.actions() if not action.isSeparator()]
        assert len({menu.actionGeometry(action).x() for action in entries}) == 1, menu.title()
        assert menu.width() <= screen.width() and menu.height() <= screen.height()
        metrics = QFontMetrics(menu.font())
        for action in entries:
            words = metrics.horizontalAdvance(action.text().replace("&", ""))
            assert menu.actionGeometry(action).width() >= words, action.text()
        menu.hide()


def test_the_check_finds_entries_a_narrow_menu_cuts_off(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = _large_text(make_window, "default")
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    menu.setMaximumWidth(menu.sizeHint().width() - 60)
    assert "'Hide screen' runs into the edge of '&File'" in _menu_problems(qtbot, window, menu)
