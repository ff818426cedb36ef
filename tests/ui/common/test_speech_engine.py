"""The speech engine starts and closes away from the window, each within a time limit.

A speech service that never answers is played by an engine thread that hangs before it can
start anything (as speech-dispatcher can with no sound device); a slow one by Qt's mock
engine asked to start late ("delayedInitialization"). Tests only: the mock is never shipped.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from send_routes.ui.common import speech_engine
from send_routes.ui.common.speech import SPEAKING, STARTING, STOPPED, ReadAloud
from send_routes.ui.common.speech_engine import (
    NOT_STARTED,
    START_LIMIT_MS,
    STOP_LIMIT_S,
    EngineThread,
)

pytest.importorskip("PySide6.QtTextToSpeech", reason="read aloud needs PySide6-Addons")
pytestmark = pytest.mark.qt_log_ignore("pipewire", "This plugin does not support")

#: Released at the end of each test, so the hung thread can end.
RELEASE = threading.Event()


class HungThread(EngineThread):
    """An engine thread stuck before it runs anything asked of it."""

    def _run(self, started: threading.Event) -> None:
        from PySide6.QtCore import QEventLoop, QThread

        self.qthread = QThread.currentThread()
        self._loop = QEventLoop()
        started.set()
        RELEASE.wait()  # hung: the engine is never created
        self._loop.exec()


@pytest.fixture
def hung(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    RELEASE.clear()
    monkeypatch.setattr(speech_engine, "EngineThread", HungThread)
    yield
    RELEASE.set()


def test_a_speech_service_that_never_answers_is_said_once_and_the_window_carries_on(
    qtbot: QtBot, hung: None
) -> None:
    voice = ReadAloud(engine="mock")
    voice.start.limit_ms = 300
    told: list[str] = []
    voice.unavailable.connect(told.append)
    with qtbot.waitSignal(voice.unavailable, timeout=5_000):
        began = time.monotonic()
        assert voice.read(["Hello."])
        assert time.monotonic() - began < 1  # the window did not wait for the engine
        assert voice.state == STARTING
    assert told == [NOT_STARTED] and voice.state == STOPPED
    assert "not available on this computer" in NOT_STARTED and "speech-dispatcher" in NOT_STARTED
    assert f"within {START_LIMIT_MS // 1000} seconds" in NOT_STARTED  # says the real limit
    assert voice.read(["Hello again."]) is False
    assert told == [NOT_STARTED]  # once
    began = time.monotonic()
    voice.close()  # the engine's thread is still stuck: closing does not wait for ever
    assert time.monotonic() - began < STOP_LIMIT_S + 1


def test_an_engine_slow_to_start_is_waited_for_then_reads(qtbot: QtBot) -> None:
    voice = ReadAloud(engine="mock", engine_parameters={"delayedInitialization": True})
    with qtbot.waitSignal(
        voice.state_changed, timeout=10_000, check_params_cb=lambda s: s == SPEAKING
    ):
        assert voice.read(["One two three."])
        assert voice.state == STARTING and voice.speech is None
    assert voice.speech is not None
    voice.close()


def test_closing_ends_the_engine_and_its_thread(qtbot: QtBot) -> None:
    voice = ReadAloud(engine="mock")
    with qtbot.waitSignal(voice.start.ready):
        voice.prepare()
    thread = voice.start.engine_thread
    assert thread is not None
    voice.close()
    assert voice.start.engine_thread is None and not thread._thread.is_alive()


def test_the_app_exits_at_once_even_with_a_speech_service_stuck() -> None:
    """Quitting while the engine's thread hangs: no freeze, and no crash on the way out."""
    code = (
        "import threading, time\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from send_routes.ui.common import speech_engine\n"
        "from send_routes.ui.common.speech import ReadAloud\n"
        "class Hung(speech_engine.EngineThread):\n"
        "    def _run(self, started):\n"
        "        from PySide6.QtCore import QThread\n"
        "        self.qthread = QThread.currentThread()\n"
        "        started.set()\n"
        "        threading.Event().wait()\n"
        "speech_engine.EngineThread = Hung\n"
        "voice = ReadAloud(engine='mock')\n"
        "voice.read(['Hello.'])\n"
        "quit = []\n"
        "QTimer.singleShot(100, lambda: (quit.append(time.monotonic()), app.quit()))\n"
        "app.exec()\n"
        "print(quit[0], time.monotonic())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    ended = time.monotonic()
    assert result.returncode == 0, result.stderr
    quit_at, closed_at = map(float, result.stdout.split()[-2:])
    # Closing waits for the stuck engine once, a short time (clocks: system-wide monotonic).
    assert closed_at - quit_at < STOP_LIMIT_S + 1
    assert ended - closed_at < 10  # and Python exits without it
