"""Make the window's other pages while the person reads, never while they type.

Each step (making a page) can take tens of milliseconds. Run between two keystrokes, a step
would hold up the second one, so a step waits until there has been no key, mouse or touch
input for ``QUIET_MS`` (the input watch keeps the time of the last one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer, Signal

#: How long the person must have paused before the next step runs.
QUIET_MS = 400


class WarmUp(QObject):
    """Runs ``steps`` one at a time in quiet moments, while ``wanted()`` is true.

    ``since_input()`` says how many milliseconds ago the last input was. ``done`` is
    emitted once: True when every step ran, False when they were no longer wanted.
    """

    done = Signal(bool)

    def __init__(
        self,
        steps: Iterator[object],
        wanted: Callable[[], bool],
        since_input: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._steps = steps
        self._wanted = wanted
        self._since_input = since_input
        self.finished = False
        self.stopped = False

    def start(self, delay_ms: int) -> None:
        QTimer.singleShot(delay_ms, self, self._step)

    def _step(self) -> None:
        if self.finished or self.stopped:
            return
        if not self._wanted():
            self.stopped = True
            self.done.emit(False)
            return
        waited = self._since_input()
        if waited < QUIET_MS:
            QTimer.singleShot(QUIET_MS - waited, self, self._step)
            return
        if next(self._steps, None) is None:
            self.finished = True
            self.done.emit(True)
            return
        QTimer.singleShot(0, self, self._step)
