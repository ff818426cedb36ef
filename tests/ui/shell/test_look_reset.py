"""On a shared computer the next person starts from the standard look: Finish and clear and
the idle time put the colours and the text size back; Start again (the same person) does not."""

from __future__ import annotations

import pytest
from plan_exports_helpers import WITH_DATES, show_plan
from privacy_helpers import press_in_next_dialog
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from send_routes.ui.common.fonts import BASE_POINT_SIZE
from send_routes.ui.common.theme import DEFAULT_THEME, THEMES, apply_theme
from send_routes.ui.shell import window_look
from send_routes.ui.shell.main_window import MainWindow
from send_routes.ui.shell.session_guard import CLEARED


def enlarged_in_high_contrast(window: MainWindow) -> None:
    show_plan(window, WITH_DATES)
    window.set_theme("high_contrast")
    window.set_text_scale(2.0)
    assert QApplication.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 2)


def shows_the_standard_look(window: MainWindow) -> bool:
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window).name()
    return (
        window.look.theme == DEFAULT_THEME
        and window.look.scale == window.look.requested_scale == 1.0
        and QApplication.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE)
        and window_colour == THEMES[DEFAULT_THEME].background
        and window.actions_.themes[DEFAULT_THEME].isChecked()
    )


def test_finish_and_clear_puts_the_standard_colours_and_size_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    enlarged_in_high_contrast(window)
    window.guard.clear_and_start(CLEARED)
    qtbot.waitUntil(lambda: shows_the_standard_look(window))


def test_the_restyle_after_clearing_waits_until_the_old_plan_is_deleted(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Restyling the old plan's hundreds of labels just before they go cost most of Finish
    and clear's time under Wine (62 CPU seconds against the bare window's 0.7)."""
    enlarged_in_high_contrast(window)
    with_plan = len(QApplication.allWidgets())
    restyled_with: list[int] = []

    def counting(*args: object, **kwargs: object) -> None:
        restyled_with.append(len(QApplication.allWidgets()))
        apply_theme(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(window_look, "apply_theme", counting)
    window.guard.clear_and_start(CLEARED)
    qtbot.waitUntil(lambda: shows_the_standard_look(window))
    assert restyled_with and max(restyled_with) < with_plan - 100, (with_plan, restyled_with)


def test_clearing_after_the_idle_time_puts_them_back_too(qtbot: QtBot, window: MainWindow) -> None:
    enlarged_in_high_contrast(window)
    window.guard.countdown_seconds = 0.05
    window.guard.watcher.went_idle.emit()
    qtbot.waitUntil(lambda: window.current_page() is window.start_page)
    qtbot.waitUntil(lambda: shows_the_standard_look(window))


def test_start_again_keeps_the_look_the_person_chose(qtbot: QtBot, window: MainWindow) -> None:
    enlarged_in_high_contrast(window)
    press_in_next_dialog(qtbot, Qt.Key.Key_Return)  # Start again asks first
    window.start_again()
    assert window.current_page() is window.start_page
    assert window.look.theme == "high_contrast" and window.look.scale == 2.0
