"""Shared-computer privacy: Finish and clear, Hide screen and the idle timeout forget it all."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from privacy_helpers import (
    NAME,
    TRACES,
    fill_session,
    leftovers,
    press_in_next_dialog,
    traces_on_pages,
)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from wizard_keys import CTRL, press

from send_routes.core.case_file import CaseFile
from send_routes.core.case_log import new_entry
from send_routes.ui.common import file_dialogs
from send_routes.ui.shell import idle_watch
from send_routes.ui.shell.main_window import MainWindow

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_finish_and_clear_asks_first_and_enter_clears_everything(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_session(qtbot, window)
    assert leftovers(window)
    press_in_next_dialog(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(window.guard.finish_button, Qt.MouseButton.LeftButton)
    assert leftovers(window) == []
    assert window.current_page() is window.start_page
    assert "cleared" in window.statusBar().currentMessage()


def test_escape_at_the_question_keeps_everything(qtbot: QtBot, window: MainWindow) -> None:
    fill_session(qtbot, window)
    press_in_next_dialog(qtbot, Qt.Key.Key_Escape)
    qtbot.mouseClick(window.guard.finish_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.plan_page
    assert window.session.plan is not None
    assert window.session.child_name == NAME


def test_hide_screen_covers_the_window_at_once_and_keeps_the_session_until_continue(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_session(qtbot, window)
    window.plan_page.print_button.setFocus()
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
    assert window.current_page() is window.guard.blank_page
    assert window.windowTitle() == "SEND Routes"
    assert window.guard.blank_page.start.hasFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_page() is window.plan_page
    assert window.session.plan is not None


def test_shift_pressed_three_times_hides_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    fill_session(qtbot, window)
    window.plan_page.print_button.setFocus()
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Shift)
    assert window.current_page() is window.guard.blank_page


def test_shift_twice_then_another_key_does_not_hide_the_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.start_page.start.setFocus()
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_Shift, Qt.Key.Key_Tab, Qt.Key.Key_Shift):
        press(qtbot, key)
    assert window.current_page() is not window.guard.blank_page


def test_after_hide_screen_the_idle_time_clears_everything(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_session(qtbot, window)
    window.guard.hide_screen()
    window.guard.countdown_seconds = 0.2
    window.guard.watcher.set_minutes(0.001)
    qtbot.waitUntil(lambda: window.current_page() is window.start_page, timeout=3000)
    assert leftovers(window) == []


def test_hide_screen_then_finish_and_clear_leaves_nothing(qtbot: QtBot, window: MainWindow) -> None:
    fill_session(qtbot, window)
    window.guard.hide_screen()
    press_in_next_dialog(qtbot, Qt.Key.Key_C)
    window.guard.finish_and_clear()
    assert leftovers(window) == []


def test_every_holder_of_personal_data_is_registered_with_the_session(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_session(qtbot, window)
    window.open_adviser_area()
    assert set(window.session.holders()) >= {
        "question pages",
        "check your answers",
        "plan page",
        "contacts and glossary searches",
        "adviser area",
        "last folder used",
    }


def test_the_hide_screen_button_shows_its_shortcut(window: MainWindow) -> None:
    assert window.guard.hide_button is not None
    assert "Ctrl+Shift+H" in window.guard.hide_button.text()


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


def test_a_key_pressed_during_the_idle_time_puts_the_warning_off(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The idle time counts from the last key, not from when the timer started."""
    watcher = window.guard.watcher
    pressed: list[float] = []

    def press_key() -> None:
        qtbot.keyClick(window.start_page.start, Qt.Key.Key_Shift)
        pressed.append(time.monotonic())

    QTimer.singleShot(150, press_key)  # half way through the idle time
    with qtbot.waitSignal(watcher.went_idle, timeout=3000):
        watcher.set_minutes(0.005)  # 300 ms
    assert pressed, "went idle before the key was pressed"
    assert time.monotonic() - pressed[0] >= 0.29


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


@pytest.mark.parametrize("how", ["finish and clear", "idle time", "hide screen then clear"])
def test_every_way_of_clearing_empties_every_field_the_session_holds(
    qtbot: QtBot, window: MainWindow, how: str
) -> None:
    fill_session(qtbot, window)
    window.session.set_notes("Tribunal papers sent")
    called = new_entry("other", dt.date(2026, 10, 1), note="Called the council")
    window.session.set_case_file(CaseFile((called,)))
    assert window.session.child_name == NAME and window.session.ticks
    assert len(traces_on_pages(window)) >= len(TRACES)  # the check below can fail
    if how == "idle time":
        window.guard.countdown_seconds = 0.2
        with qtbot.waitSignal(window.guard.start_requested, timeout=5000):
            window.guard.watcher.set_minutes(0.001)
    else:
        if how == "hide screen then clear":
            press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
            assert window.guard.is_hidden() and window.guard.finish_button.isVisible()
        press_in_next_dialog(qtbot, Qt.Key.Key_Return)
        with qtbot.waitSignal(window.guard.start_requested, timeout=5000):
            qtbot.mouseClick(window.guard.finish_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.start_page
    session = window.session
    assert (session.answers, session.plan, session.child_name) == ({}, None, "")
    assert (session.ticks, session.notes) == ([], "")
    assert session.case_file.is_empty
    assert leftovers(window) == []
    assert traces_on_pages(window) == []
