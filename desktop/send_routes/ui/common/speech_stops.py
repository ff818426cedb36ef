"""Stopping the voice with the session: Hide screen, Finish and clear and the idle timeout
stop it at once, and so does leaving the page being read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from send_routes.ui.common.speech import ReadAloud

if TYPE_CHECKING:
    from send_routes.ui.common.session import Session


class _StopOn(QObject):
    """Stops the voice when the widget it watches gets ``event`` (shown, or hidden)."""

    def __init__(self, voice: ReadAloud, watched: QWidget, event: QEvent.Type) -> None:
        super().__init__(watched)
        self.voice = voice
        self.watched_event = event
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self.watched_event:
            self.voice.stop()
        return False


class _StopsOnClear:
    """Registered with the session: clearing it stops the voice."""

    def __init__(self, voice: ReadAloud) -> None:
        self.voice = voice

    def clear_personal_data(self) -> None:
        self.voice.stop()


def stop_with_session(voice: ReadAloud, session: Session, cover: QWidget) -> None:
    """Stop ``voice`` at once when the session is cleared (Finish and clear, the idle
    timeout) and when ``cover`` (the Hide screen page) is shown."""
    session.register(f"reading aloud {id(voice)}", _StopsOnClear(voice))
    _StopOn(voice, cover, QEvent.Type.Show)


def stop_when_hidden(voice: ReadAloud, page: QWidget) -> None:
    """Stop ``voice`` when ``page`` is hidden: Hide screen, or moving to another page."""
    _StopOn(voice, page, QEvent.Type.Hide)
