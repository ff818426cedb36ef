"""Hide screen from any window, and close every window the app has open before clearing.

A modal dialog (print preview, Print, Save as PDF, Draft letters, a question box) takes the
keyboard: the main window's Ctrl+Shift+H shortcut cannot fire and its "Finish and clear"
button cannot be pressed while one is open. So the shell's input watch hides on
``HIDE_KEYS`` in any window (``shell/hide_keys.py``), and ``close_all`` closes
every dialog, popup and extra window (rejecting a dialog also ends the event loop of one
shown with ``exec()``, so the code that opened it carries on as if it was cancelled).
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

HIDE_KEYS = QKeySequence("Ctrl+Shift+H")


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
