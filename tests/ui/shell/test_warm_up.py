"""The window makes its other pages in quiet moments, never between two keystrokes."""

from __future__ import annotations

from collections.abc import Iterator

from pytestqt.qtbot import QtBot

from send_routes.ui.shell.warm_up import QUIET_MS, WarmUp

QUIET = QUIET_MS * 10


def _steps(done: list[int], count: int = 3) -> Iterator[object]:
    for number in range(count):
        done.append(number)
        yield number


def test_steps_run_one_after_another_when_nobody_has_typed(qtbot: QtBot) -> None:
    done: list[int] = []
    warm_up = WarmUp(_steps(done), lambda: True, lambda: QUIET)
    with qtbot.waitSignal(warm_up.done, timeout=QUIET_MS) as finished:
        warm_up.start(0)
    assert finished.args == [True]
    assert done == [0, 1, 2]


def test_no_step_runs_while_the_person_is_typing(qtbot: QtBot) -> None:
    """Each look at the clock finds a key pressed just now, four times; then a pause."""
    done: list[int] = []
    typing = [0, 0, 0, 0]
    looks: list[list[int]] = []

    def since_input() -> int:
        looks.append(list(done))
        return typing.pop() if typing else QUIET

    warm_up = WarmUp(_steps(done), lambda: True, since_input)
    with qtbot.waitSignal(warm_up.done, timeout=QUIET_MS * 10):
        warm_up.start(0)
    assert looks[:5] == [[], [], [], [], []]  # nothing ran while the keys came
    assert done == [0, 1, 2]


def test_steps_stop_when_they_are_no_longer_wanted(qtbot: QtBot) -> None:
    done: list[int] = []
    wanted = [True]

    def steps() -> Iterator[object]:
        for number in range(100):
            done.append(number)
            wanted[0] = number < 1  # the window closes after the second step
            yield number

    warm_up = WarmUp(steps(), lambda: wanted[0], lambda: QUIET)
    with qtbot.waitSignal(warm_up.done, timeout=1000) as stopped:
        warm_up.start(0)
    assert stopped.args == [False]
    assert done == [0, 1]
    assert not warm_up.finished
