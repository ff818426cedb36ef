"""An adviser's answers file opens at Check your answers, with the plan one key away."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from privacy_helpers import ANSWERS
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from wizard_keys import press

from send_routes import cli
from send_routes.ui.common import file_dialogs
from send_routes.ui.shell import window_pages
from send_routes.ui.shell.main_window import MainWindow


def test_open_answers_shows_check_your_answers_and_enter_shows_the_plan(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_answers(ANSWERS)
    assert window.current_page() is window.check_page
    assert window.check_page.go.hasFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_page() is window.plan_page
    assert window.session.plan is not None


def test_file_open_answers_gives_a_bad_file_the_command_lines_message(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "answers.json"
    bad.write_text(json.dumps({**ANSWERS, "stage": "on the moon"}), encoding="utf-8")
    said: list[str] = []
    monkeypatch.setattr(file_dialogs, "ask_open_path", lambda *args: bad)
    monkeypatch.setattr(window_pages, "warn", lambda _parent, _title, text: said.append(text))
    window.choose_answers_file()
    assert cli.main(["open", str(bad)]) == 2
    printed = capsys.readouterr().err.strip()
    assert said and printed == f"send-routes: {said[0]}"
    assert cli.main(["plan", "--answers", str(bad)]) == 2
    assert capsys.readouterr().err.strip() == printed
    assert window.current_page() is window.start_page


def test_file_open_answers_opens_a_good_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "answers.json"
    good.write_text(json.dumps(ANSWERS), encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "ask_open_path", lambda *args: good)
    window.choose_answers_file()
    assert window.current_page() is window.check_page
    assert window.session.answers == ANSWERS


@pytest.mark.parametrize("kind", ["fifo", "device", "huge-value"])
def test_file_open_refuses_a_fifo_a_device_or_a_huge_value_at_once_in_a_short_message(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    chosen = tmp_path / "answers.json"
    if kind == "fifo":
        os.mkfifo(chosen)
    elif kind == "device":
        chosen = Path("/dev/zero")
    else:
        chosen.write_text(json.dumps({**ANSWERS, "stage": "x" * 200_000}), encoding="utf-8")
    said: list[str] = []
    monkeypatch.setattr(file_dialogs, "ask_open_path", lambda *args: chosen)
    monkeypatch.setattr(window_pages, "warn", lambda _parent, _title, text: said.append(text))
    started = time.perf_counter()
    window.choose_answers_file()
    assert time.perf_counter() - started < 1
    [message] = said
    assert len(message) < 400
    assert ("not an ordinary file" in message) == (kind != "huge-value"), message
    assert window.current_page() is window.start_page
