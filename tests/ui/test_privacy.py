"""Shared-computer privacy: Finish and clear, Hide screen and the idle timeout forget it all."""

from __future__ import annotations

from pathlib import Path

import pytest
from privacy_helpers import fill_session, leftovers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from wizard_keys import CTRL, press

from send_routes.ui import file_dialogs, idle_watch
from send_routes.ui.main_window import MainWindow

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_finish_and_clear_empties_every_field_and_returns_to_the_start(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_session(qtbot, window)
    assert leftovers(window)
    assert window.guard.finish_button is not None
    qtbot.mouseClick(window.guard.finish_button, Qt.MouseButton.LeftButton)
    assert leftovers(window) == []
    assert window.current_page() is window.start_page


def test_the_hide_screen_shortcut_blanks_the_window_at_once_and_clears_the_session(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_session(qtbot, window)
    window.plan_page.print_button.setFocus()
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
    assert window.current_page() is window.guard.blank_page
    assert window.windowTitle() == "SEND Routes"
    assert leftovers(window) == []
    qtbot.mouseClick(window.guard.blank_page.start, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.start_page


def test_the_hide_screen_button_shows_its_shortcut(window: MainWindow) -> None:
    assert window.guard.hide_button is not None
    assert "Ctrl+Shift+H" in window.guard.hide_button.text().replace("Control", "Ctrl")


def test_after_the_idle_time_a_countdown_warns_then_clears_the_session(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_session(qtbot, window)
    window.guard.countdown_seconds = 0.2
    window.guard.watcher.set_minutes(0.001)
    qtbot.waitUntil(lambda: window.guard.warning is not None, timeout=2000)
    assert "seconds" in window.guard.warning.message.text()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.current_page() is window.start_page, timeout=3000)
    assert leftovers(window) == []
    assert "cleared" in window.statusBar().currentMessage()


def test_keep_going_cancels_the_countdown_and_keeps_the_answers(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_session(qtbot, window)
    window.guard.countdown_seconds = 1.0
    window.guard.watcher.set_minutes(0.001)
    qtbot.waitUntil(lambda: window.guard.warning is not None, timeout=2000)
    window.guard.watcher.set_minutes(10)
    qtbot.mouseClick(window.guard.warning.keep_going, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    qtbot.wait(1300)
    assert window.current_page() is window.plan_page
    assert window.wizard.flow.raw


def test_any_key_restarts_the_idle_timer(qtbot: QtBot, window: MainWindow) -> None:
    window.guard.watcher.set_minutes(10)
    timer = window.guard.watcher.timer
    qtbot.wait(150)
    before = timer.remainingTime()
    qtbot.keyClick(window.start_page.start, Qt.Key.Key_Shift)
    assert timer.remainingTime() > before


@pytest.mark.parametrize(
    ("environment", "ini", "expected"),
    [
        ("0.05", None, 0.05),
        (None, "[privacy]\nidle_minutes = 3\n", 3.0),
        ("nonsense", "[privacy]\nidle_minutes = -4\n", 10.0),
        (None, "not an ini file [[[", 10.0),
        (None, None, 10.0),
    ],
)
def test_the_idle_time_comes_from_the_environment_or_the_install_folders_ini(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    environment: str | None,
    ini: str | None,
    expected: float,
) -> None:
    if environment is None:
        monkeypatch.delenv(idle_watch.IDLE_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(idle_watch.IDLE_VARIABLE, environment)
    if ini is not None:
        (tmp_path / idle_watch.SETTINGS_NAME).write_text(ini, encoding="utf-8")
    monkeypatch.setattr(idle_watch.paths, "install_folders", lambda: [tmp_path])
    assert idle_watch.idle_minutes() == expected


def test_clearing_forgets_the_last_folder_used(window: MainWindow, tmp_path: Path) -> None:
    file_dialogs.remember_folder(tmp_path / "plan.pdf")
    assert file_dialogs.last_folder() == tmp_path
    window.guard.finish_and_clear()
    assert file_dialogs.last_folder() != tmp_path


def test_qt_is_kept_from_writing_file_dialog_history(window: MainWindow) -> None:
    from PySide6.QtCore import QSettings

    assert QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert settings.fileName().startswith(str(file_dialogs.nowhere()))
