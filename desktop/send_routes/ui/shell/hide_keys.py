"""Shift pressed three times in a row hides the screen, as GOV.UK's "Exit this page" does."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

PRESSES = 3
#: The presses must come within this many seconds of the first.
WITHIN_SECONDS = 5.0


class TripleShift(QObject):
    """Emits ``pressed`` when Shift alone is pressed three times with no other key between."""

    pressed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._times: list[float] = []
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only the event the focused widget gets counts (the application sees it too).
        focus = QApplication.focusWidget()
        target = watched is focus or (focus is None and isinstance(watched, QWidget))
        if event.type() == QEvent.Type.KeyPress and target:
            assert isinstance(event, QKeyEvent)
            self.count(event.key(), event.isAutoRepeat())
        return False

    def count(self, key: int, repeat: bool = False) -> None:
        if key != Qt.Key.Key_Shift:
            self._times.clear()
            return
        if repeat:
            return
        now = time.monotonic()
        self._times = [t for t in self._times if now - t <= WITHIN_SECONDS] + [now]
        if len(self._times) >= PRESSES:
            self._times.clear()
            self.pressed.emit()
