"""The wizard makes and paints the next question's page while the person reads this one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from send_routes.ui.common.draw_ahead import draw_ahead
from send_routes.ui.shell.main_window import MainWindow
from send_routes.ui.wizard import wizard_view
from send_routes.ui.wizard.question_page import QuestionPage


def test_the_next_question_page_is_drawn_ahead_off_screen(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[tuple[QWidget, bool, bool]] = []

    def watched(page: QWidget) -> bool:
        done = draw_ahead(page)
        drawn.append((page, page.isVisible(), done))
        return done

    monkeypatch.setattr(wizard_view, "draw_ahead", watched)
    window.start_wizard()
    qtbot.waitUntil(lambda: bool(drawn), timeout=5_000)
    page, visible, done = drawn[0]
    shown = window.wizard.current_page()
    assert isinstance(page, QuestionPage) and shown is not None
    assert page is not shown and not visible and done
    assert page.question.key == window.wizard.flow.next_key(shown.question.key)
