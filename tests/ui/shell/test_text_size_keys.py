"""Quick Ctrl+plus, Ctrl+minus and Ctrl+0 presses each count, and the window restyles once."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from privacy_helpers import ANSWERS
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from wizard_keys import CTRL, MakeWindow

from send_routes.ui.common.fonts import BASE_POINT_SIZE
from send_routes.ui.common.theme import THEMES, stylesheet_for
from send_routes.ui.shell.main_window import MainWindow

BIGGER, SMALLER, NORMAL = Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_0


def _plan(window: MainWindow) -> None:
    window.start_wizard(dict(ANSWERS))
    window.show_check()
    window.show_plan()


PAGES: dict[str, Callable[[MainWindow], object]] = {
    "start": MainWindow.show_start,
    "plan": _plan,
}


def _press_quickly(window: MainWindow, key: Qt.Key, times: int) -> None:
    """Key clicks sent back to back, with no event handling between them."""
    for _ in range(times):
        QTest.keyClick(window, key, CTRL)


def _shows_text_at(window: MainWindow, scale: float) -> bool:
    """The whole look, not only the number kept: font, style sheet and a label on the page."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    size = BASE_POINT_SIZE * scale
    sheet = stylesheet_for(THEMES[window.look.theme], size, scale)
    return (
        window.look.scale == scale
        and app.font().pointSizeF() == pytest.approx(size)
        and app.styleSheet() == sheet
        and window.current_page().font().pointSizeF() == pytest.approx(size)
    )


@pytest.fixture
def font_changes(qapp: QApplication) -> Iterator[list[float]]:
    """The text size of each restyle of the whole application, in order."""
    sizes: list[float] = []

    def record(font: QFont) -> None:
        sizes.append(font.pointSizeF())

    qapp.fontChanged.connect(record)
    yield sizes
    qapp.fontChanged.disconnect(record)


@pytest.mark.parametrize("page", PAGES)
def test_four_quick_control_plus_presses_make_the_text_four_steps_bigger_in_one_restyle(
    qtbot: QtBot, make_window: MakeWindow, font_changes: list[float], qapp: QApplication, page: str
) -> None:
    window = make_window()
    PAGES[page](window)
    shown = window.current_page()
    before = len(font_changes)  # the window's own first styling
    with qtbot.waitSignal(qapp.fontChanged, timeout=30_000):
        _press_quickly(window, BIGGER, 4)
    qtbot.wait(10)
    assert _shows_text_at(window, 2.0)
    assert font_changes[before:] == [pytest.approx(BASE_POINT_SIZE * 2.0)]
    assert window.current_page() is shown


@pytest.mark.parametrize("page", PAGES)
def test_quick_presses_past_the_largest_size_stop_at_200_percent_and_minus_counts_each_press(
    qtbot: QtBot, make_window: MakeWindow, qapp: QApplication, page: str
) -> None:
    window = make_window()
    PAGES[page](window)
    with qtbot.waitSignal(qapp.fontChanged, timeout=30_000):
        _press_quickly(window, BIGGER, 7)
    qtbot.waitUntil(lambda: _shows_text_at(window, 2.0), timeout=30_000)
    with qtbot.waitSignal(qapp.fontChanged, timeout=30_000):
        _press_quickly(window, SMALLER, 3)
    qtbot.waitUntil(lambda: _shows_text_at(window, 1.25), timeout=30_000)


@pytest.mark.parametrize("page", PAGES)
def test_control_zero_after_quick_presses_brings_back_the_normal_size(
    qtbot: QtBot, make_window: MakeWindow, font_changes: list[float], page: str
) -> None:
    window = make_window()
    PAGES[page](window)
    before = len(font_changes)  # the window's own first styling
    _press_quickly(window, BIGGER, 3)
    _press_quickly(window, NORMAL, 1)
    _press_quickly(window, BIGGER, 1)
    qtbot.waitUntil(lambda: _shows_text_at(window, 1.25), timeout=30_000)
    qtbot.wait(50)
    assert font_changes[before:] == [pytest.approx(BASE_POINT_SIZE * 1.25)]


def test_a_press_that_comes_while_the_plan_is_being_restyled_is_applied_after_it(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    """A second Ctrl+plus handled from inside the first restyle, as a nested event loop would."""
    _plan(window)
    pressed: list[bool] = []

    def press_once_more() -> None:
        if not pressed:
            pressed.append(True)
            QTest.keyClick(window, BIGGER, CTRL)

    qapp.fontChanged.connect(press_once_more)
    QTest.keyClick(window, BIGGER, CTRL)
    qtbot.waitUntil(lambda: bool(pressed), timeout=30_000)
    qapp.fontChanged.disconnect(press_once_more)
    qtbot.waitUntil(lambda: _shows_text_at(window, 1.5), timeout=30_000)
