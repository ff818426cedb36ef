"""Keep the main window, frame and all, inside the screen's available area at every text size.

Older library screens are 1024x768 or 1280x720 and the taskbar takes part of that. The window
asks for 960x760 but opens at most as big as the available area (less the frame), in the
middle of it. Whenever it is resized (bigger text makes Qt grow it on Windows, pushing the
status bar and the lowest buttons off screen), it is brought back inside; a move the person
makes is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(960, 760)
#: The frame before Windows has drawn it (title bar and edges at 100%), so the first size fits.
FRAME_GUESS = QSize(16, 40)


def available_area(window: QWidget) -> QRect | None:
    """The screen area the window may use (the taskbar left out), or None without a screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def frame_extra(window: QWidget) -> QSize:
    """How much bigger the frame is than the window's inside (a guess until it is shown)."""
    extra = window.frameGeometry().size() - window.geometry().size()
    return extra if window.isVisible() and not extra.isEmpty() else FRAME_GUESS


def fitted(window: QWidget, area: QRect, size: QSize) -> QRect:
    """Where the window's inside goes for ``size``: within ``area`` with its frame, the top
    left kept when it already fits, else centred."""
    extra = frame_extra(window)
    width = max(min(size.width(), area.width() - extra.width()), window.minimumWidth())
    height = max(min(size.height(), area.height() - extra.height()), window.minimumHeight())
    inside_x = window.geometry().x() - window.frameGeometry().x()
    inside_y = window.geometry().y() - window.frameGeometry().y()
    frame = QRect(window.frameGeometry().topLeft(), QSize(width, height) + extra)
    if not area.contains(frame):
        frame.moveTopLeft(
            area.topLeft()
            + QRect(0, 0, area.width() - frame.width(), area.height() - frame.height()).center()
        )
        frame.moveLeft(max(frame.left(), area.left()))
        frame.moveTop(max(frame.top(), area.top()))
    return QRect(frame.left() + inside_x, frame.top() + inside_y, width, height)


def fit(window: QWidget, size: QSize | None = None) -> None:
    """Size and place ``window`` (its inside ``size``, else its current size) to fit the area."""
    area = available_area(window)
    if area is None or area.isEmpty():
        window.resize(size or window.size())
        return
    window.setGeometry(fitted(window, area, size or window.size()))


class ScreenFit(QObject):
    """Brings ``window`` back inside the available area after it is shown or resized."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._fitting = False
        fit(window, PREFERRED)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize) and not self._fitting:
            area = available_area(self._window)
            if area is not None and not area.isEmpty():
                inside = fitted(self._window, area, self._window.size())
                if inside != self._window.geometry():
                    self._fitting = True
                    try:
                        self._window.setGeometry(inside)
                    finally:
                        self._fitting = False
        return False
