"""Make the window's other pages while the person reads, never while they type.

Each step (making a page) can take tens of milliseconds. Run between two keystrokes, a step
would hold up the second one, so a step waits until there has been no key, mouse or touch
input for ``QUIET_MS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from send_routes.ui.shell.idle_watch import INPUT_EVENTS

#: How long the person must have paused before the next step runs.
QUIET_MS = 400


class WarmUp(QObject):
    """Runs ``steps`` one at a time in quiet moments, while ``wanted()`` is true."""

    def __init__(
        self,
        steps: Iterator[object],
        wanted: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._steps = steps
        self._wanted = wanted
        self._since_input = QElapsedTimer()  # invalid until the first input: all quiet
        self.finished = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, delay_ms: int) -> None:
        QTimer.singleShot(delay_ms, self, self._step)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._since_input.restart()
        return False

    def _step(self) -> None:
        if self.finished or not self._wanted():
            return
        waited = self._since_input.elapsed() if self._since_input.isValid() else QUIET_MS
        if waited < QUIET_MS:
            QTimer.singleShot(QUIET_MS - waited, self, self._step)
            return
        if next(self._steps, None) is None:
            self._stop()
            return
        QTimer.singleShot(0, self, self._step)

    def _stop(self) -> None:
        self.finished = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
