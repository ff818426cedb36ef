"""The window makes its other pages in quiet moments, never between two keystrokes."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from send_routes.ui.shell.warm_up import QUIET_MS, WarmUp


def _steps(done: list[int], count: int = 3) -> Iterator[object]:
    for number in range(count):
        done.append(number)
        yield number


def test_steps_run_one_after_another_when_nobody_has_typed(qtbot: QtBot) -> None:
    done: list[int] = []
    warm_up = WarmUp(_steps(done), lambda: True)
    warm_up.start(0)
    qtbot.waitUntil(lambda: warm_up.finished, timeout=QUIET_MS)
    assert done == [0, 1, 2]


def test_no_step_runs_while_the_person_is_typing(qtbot: QtBot) -> None:
    box = QLineEdit()
    qtbot.addWidget(box)
    box.show()
    done: list[int] = []
    warm_up = WarmUp(_steps(done), lambda: True)
    QTest.keyClick(box, Qt.Key.Key_A)
    warm_up.start(0)
    for letter in (Qt.Key.Key_B, Qt.Key.Key_C, Qt.Key.Key_D):
        qtbot.wait(QUIET_MS // 4)
        QTest.keyClick(box, letter)
    assert done == []
    qtbot.waitUntil(lambda: warm_up.finished, timeout=QUIET_MS * 5)
    assert done == [0, 1, 2]
    assert box.text() == "abcd"


def test_steps_stop_when_they_are_no_longer_wanted(qtbot: QtBot) -> None:
    done: list[int] = []
    wanted = [True]

    def steps() -> Iterator[object]:
        for number in range(100):
            done.append(number)
            wanted[0] = number < 1  # the window closes after the second step
            yield number

    warm_up = WarmUp(steps(), lambda: wanted[0])
    warm_up.start(0)
    qtbot.wait(100)
    assert done == [0, 1]
    assert not warm_up.finished
