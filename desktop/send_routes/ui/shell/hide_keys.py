"""The keys that hide the screen from anywhere, as listeners on the one input watch.

Shift pressed three times in a row hides the screen, as GOV.UK's "Exit this page" does.
Ctrl+Shift+H is a menu shortcut in the main window; a modal dialog (print preview, Print,
Save as PDF, Draft letters, a question box) takes the keyboard, so in any other window the
watch's listener hides instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from send_routes.ui.common.open_dialogs import HIDE_KEYS

PRESSES = 3
#: The presses must come within this many seconds of the first.
WITHIN_SECONDS = 5.0


class TripleShift(QObject):
    """Emits ``pressed`` when Shift alone is pressed three times with no other key between.

    Shift held with Ctrl or Alt is part of another key (Ctrl+plus is Ctrl+Shift+= on most
    keyboards) and starts the count again, so text size keys never hide the plan.
    """

    pressed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._times: list[float] = []

    def listen(self, _focus: QObject, event: QKeyEvent) -> bool:
        self.count(event.key(), event.isAutoRepeat(), event.modifiers())
        return False

    def count(
        self,
        key: int,
        repeat: bool = False,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.ShiftModifier,
    ) -> None:
        alone = modifiers & ~Qt.KeyboardModifier.KeypadModifier
        if key != Qt.Key.Key_Shift or alone != Qt.KeyboardModifier.ShiftModifier:
            self._times.clear()
            return
        if repeat:
            return
        now = time.monotonic()
        self._times = [t for t in self._times if now - t <= WITHIN_SECONDS] + [now]
        if len(self._times) >= PRESSES:
            self._times.clear()
            self.pressed.emit()


def hide_keys_elsewhere(
    window: QWidget, hide: Callable[[], None]
) -> Callable[[QObject, QKeyEvent], bool]:
    """A key listener: Ctrl+Shift+H in a window other than ``window`` calls ``hide``.

    It acts on the key's ``ShortcutOverride`` and takes it, before any shortcut of the other
    window's can (Qt's own file dialog uses Ctrl+Shift+H for "go to the home folder").
    """

    def listen(focus: QObject, event: QKeyEvent) -> bool:
        if QKeySequence(event.keyCombination()) != HIDE_KEYS:
            return False
        if not isinstance(focus, QWidget) or focus.window() is window:
            return False
        event.accept()
        hide()
        return True

    return listen
