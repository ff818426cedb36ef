"""While Check your answers is read, the plan is made and painted off screen, never shown."""

from __future__ import annotations

import pytest
from privacy_helpers import ANSWERS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from wizard_keys import press

from send_routes.ui.common.draw_ahead import draw_ahead
from send_routes.ui.shell import window_pages
from send_routes.ui.shell.main_window import MainWindow


def test_the_plan_is_drawn_ahead_while_check_your_answers_is_on_screen(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[tuple[QWidget, QWidget, bool]] = []

    def watched(page: QWidget) -> bool:
        done = draw_ahead(page)
        drawn.append((page, window.current_page(), done))
        return done

    monkeypatch.setattr(window_pages, "draw_ahead", watched)
    window.open_answers(ANSWERS)
    qtbot.waitUntil(lambda: bool(drawn), timeout=10_000)
    page, on_screen, done = drawn[0]
    assert page is window.plan_page and on_screen is window.check_page and done
    assert not window.plan_page.isVisible()
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_page() is window.plan_page


def test_a_plan_not_yet_drawn_is_given_up_once_the_person_has_moved_on(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[QWidget] = []
    monkeypatch.setattr(window_pages, "draw_ahead", drawn.append)
    window.open_answers(ANSWERS)
    press(qtbot, Qt.Key.Key_Return)  # Continue before the pause the drawing waits for
    assert window.current_page() is window.plan_page
    qtbot.wait(window_pages.QUIET_MS * 3)
    assert drawn == []
