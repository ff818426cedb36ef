"""Notice when nobody has used the app for a while, and warn before clearing the session.

The idle time is ``[privacy] idle_minutes`` in an optional ``send-routes.ini`` in the install
folder (set by an administrator), or the ``SEND_ROUTES_IDLE_MINUTES`` environment variable
(for tests), else 10 minutes. A value that is not a positive number is ignored.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from send_routes import paths
from send_routes.ui.common.widgets import button, text_label
from send_routes.ui.common.words import tr
from send_routes.ui.shell.input_watch import InputWatch

DEFAULT_IDLE_MINUTES = 10.0
IDLE_VARIABLE = "SEND_ROUTES_IDLE_MINUTES"
SETTINGS_NAME = "send-routes.ini"
COUNTDOWN_SECONDS = 60


def _positive(value: str | None) -> float | None:
    try:
        number = float(value or "")
    except ValueError:
        return None
    return number if 0 < number < 10_000 else None


def settings_files() -> list[Path]:
    """Where an administrator may put ``send-routes.ini``: the install folder."""
    return [folder / SETTINGS_NAME for folder in paths.install_folders()]


def idle_minutes() -> float:
    """The idle time before the warning: environment, then ``send-routes.ini``, then 10."""
    from_environment = _positive(os.environ.get(IDLE_VARIABLE))
    if from_environment is not None:
        return from_environment
    for file in settings_files():
        parser = configparser.ConfigParser()
        try:
            parser.read(file, encoding="utf-8")
        except (OSError, UnicodeDecodeError, configparser.Error):
            continue
        configured = _positive(parser.get("privacy", "idle_minutes", fallback=None))
        if configured is not None:
            return configured
    return DEFAULT_IDLE_MINUTES


class IdleWatcher(QObject):
    """Emits ``went_idle`` after ``minutes`` with no key, mouse or touch input anywhere.

    Nothing runs per event: when the timer ends it asks the input watch how long ago the
    last input was, and waits the rest of the idle time if someone used the app since.
    """

    went_idle = Signal()

    def __init__(self, minutes: float, watch: InputWatch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watch = watch
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._check)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self._interval = max(1, round(minutes * 60_000))
        self.restart()

    def restart(self) -> None:
        self.timer.start(self._interval)

    def pause(self) -> None:
        self.timer.stop()

    def _check(self) -> None:
        quiet = self._watch.ms_since_input()
        # Input since the timer started: wait until the idle time after that input.
        if quiet < self._interval:
            self.timer.start(self._interval - quiet)
            return
        self.went_idle.emit()


class IdleWarningDialog(QDialog):
    """'Are you still there?' counting down; ``expired`` when it reaches nought."""

    expired = Signal()

    def __init__(self, seconds: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Are you still there?"))
        self.setAccessibleName(tr("Are you still there?"))
        self.setModal(True)
        self.left = max(1, round(seconds))
        self.tick = QTimer(self)
        self.tick.setInterval(max(1, round(seconds * 1000 / self.left)))
        self.tick.timeout.connect(self._count_down)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(tr("Are you still there?"), "heading"))
        self.message = text_label("")
        self.message.setAccessibleName(tr("Time left"))
        layout.addWidget(self.message)
        self.keep_going = button(
            tr("Keep going"), tr("Keep going"), tr("Stay on this page and keep your answers")
        )
        self.keep_going.setDefault(True)
        self.keep_going.clicked.connect(self.accept)
        layout.addWidget(self.keep_going, alignment=Qt.AlignmentFlag.AlignLeft)
        self._show_left(announce=True)

    def start(self) -> None:
        self.show()
        self.keep_going.setFocus(Qt.FocusReason.OtherFocusReason)
        self.tick.start()

    def _show_left(self, announce: bool) -> None:
        self.message.setText(
            tr(
                "Nobody has used SEND Routes for a while. In {left} seconds everything typed "
                "will be cleared, to keep it private. Choose Keep going to carry on."
            ).format(left=self.left)
        )
        if announce:
            from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # when needed

            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, self.message.text()))

    def _count_down(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.tick.stop()
            self.expired.emit()
            return
        self._show_left(announce=self.left in (30, 10, 5))

    def done(self, result: int) -> None:
        self.tick.stop()
        super().done(result)
