"""Text size and theme changes never end the process, on any page, however many there are."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from privacy_helpers import ANSWERS
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from wizard_keys import MakeWindow

from send_routes.ui.shell.main_window import MainWindow

CHANGES = 30
PAGES = ("start", "question", "check your answers", "plan", "directory", "glossary", "adviser area")


def test_a_qt_call_that_returns_nothing_keeps_its_reference_to_none(qapp: QApplication) -> None:
    """PySide6 6.12.0 lost one reference to None per such call; Python 3.11 then aborts."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("a")
    assert sys.getrefcount(None) >= before - 10


def _pages(window: MainWindow) -> dict[str, Callable[[], object]]:
    def plan() -> None:
        window.start_wizard(dict(ANSWERS))
        window.show_check()
        window.show_plan()

    return {
        "start": window.show_start,
        "question": lambda: (window.start_wizard(), window.wizard.show_question("issues")),
        "check your answers": window.show_check,
        "plan": plan,
        "directory": window.open_directory,
        "glossary": window.open_glossary,
        "adviser area": window.open_adviser_area,
    }


def _change_look_many_times(qtbot: QtBot, window: MainWindow, changes: int = CHANGES) -> None:
    for step in range(changes):
        window.set_text_scale(1.0 + (step % 5) * 0.25)
        window.set_theme("high_contrast" if step % 2 == 0 else "default")
        qtbot.wait(1)  # let the queued recolouring run, as it does between key presses


@pytest.mark.parametrize("page", PAGES)
def test_text_size_and_theme_change_thirty_times_on_each_page_in_one_process(
    qtbot: QtBot, make_window: MakeWindow, data_dir: object, page: str
) -> None:
    window = make_window()
    before = sys.getrefcount(None)
    _pages(window)[page]()
    shown = window.current_page()
    _change_look_many_times(qtbot, window)
    assert window.current_page() is shown
    # The references lost would have been thousands per change; a few may come and go.
    assert sys.getrefcount(None) >= before - 500


def test_the_plan_links_take_the_new_theme_colour_after_several_changes(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtGui import QColor

    from send_routes.ui.common.glossary_text import TermLabel
    from send_routes.ui.common.theme import THEMES

    _pages(window)["plan"]()
    _change_look_many_times(qtbot, window, changes=3)
    window.set_theme("high_contrast")
    label = next(
        label
        for label in window.plan_page.findChildren(TermLabel)
        if "<a " in label.text() and label.isVisible()
    )

    def colours() -> set[str]:
        image = label.grab().toImage()
        return {
            QColor(image.pixel(x, y)).name()
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        }

    qtbot.waitUntil(lambda: THEMES["high_contrast"].link in colours(), timeout=2000)
