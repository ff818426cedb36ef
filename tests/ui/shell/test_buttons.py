"""Buttons answer Enter as they answer Space, and show the access keys that work on them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from wizard_keys import ALT, press

from send_routes.ui.shell.main_window import MainWindow


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_and_keypad_enter_press_the_focused_button(
    qtbot: QtBot, window: MainWindow, key: Qt.Key
) -> None:
    window.start_page.start.setFocus()
    with qtbot.waitSignal(window.start_page.start.clicked, timeout=2000):
        press(qtbot, key)


def test_back_and_continue_show_their_access_keys_which_work(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.start_wizard()
    page = window.wizard.current_page()
    assert page is not None
    assert page.back.text() == "&Back" and page.next.text() == "Co&ntinue"
    first = page.question.key
    page.field.buttons()[0].setFocus()  # type: ignore[union-attr]
    page.field.buttons()[0].click()  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_N, ALT)
    assert window.wizard.current_page() is not page
    press(qtbot, Qt.Key.Key_B, ALT)
    assert window.wizard.current_page().question.key == first  # type: ignore[union-attr]


def test_the_glossary_has_a_back_link_to_where_the_person_was(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.start_wizard()
    question = window.wizard.current_page()
    window.open_glossary()
    assert window.side.glossary_page is not None
    window.side.glossary_page.back.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() is window.wizard)
    assert window.wizard.current_page() is question
