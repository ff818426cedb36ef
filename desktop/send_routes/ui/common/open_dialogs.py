"""Hide screen from any window, and close every window the app has open before clearing.

A modal dialog (print preview, Print, Save as PDF, Draft letters, a question box) takes the
keyboard: the main window's Ctrl+Shift+H shortcut cannot fire and its "Finish and clear"
button cannot be pressed while one is open. So ``PrivacyKeys`` watches key presses in
every window of the application and hides from any of them, and ``close_all`` closes
every dialog, popup and extra window (rejecting a dialog also ends the event loop of one
shown with ``exec()``, so the code that opened it carries on as if it was cancelled).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

HIDE_KEYS = QKeySequence("Ctrl+Shift+H")
PRESSES = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)


def close_all(window: QWidget) -> None:
    """Close every popup, dialog and other top-level window except ``window`` itself."""
    for _ in range(20):  # popups stack; each close shows the one below
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()


class PrivacyKeys(QObject):
    """Ctrl+Shift+H in any window other than ``window`` calls ``hide`` (the main window's
    own shortcut covers the main window)."""

    def __init__(self, window: QWidget, hide: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.hide = hide
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in PRESSES or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if QKeySequence(event.keyCombination()) != HIDE_KEYS:
            return False
        if watched.window() is self.window:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Qt's own file dialog uses Ctrl+Shift+H for "go to the home folder": claim the
            # keys before any shortcut of the dialog's can, so the key press comes here.
            event.accept()
            return True
        self.hide()
        return True
