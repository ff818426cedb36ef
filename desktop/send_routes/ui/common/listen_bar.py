"""The Listen bar on every page: Listen (with its key), Pause or Resume, Stop and the speed.

The bar owns no text to read: ``listen`` (given by the window) starts reading the page on
screen. With no engine or no voice the voice says why once (``ReadAloud.unavailable``): the
bar shows it in a message the person closes, and from then on Listen's description and
``say`` (the status bar) repeat it, so the button is never a silent dead end.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QMessageBox, QToolBar, QWidget

from send_routes.ui.common.speech import ACTIVE, PAUSED, SPEAKING, STARTING, ReadAloud
from send_routes.ui.common.widgets import button

LISTEN_KEY = QKeySequence("Ctrl+R")
SPEEDS = (("Slower", -0.4), ("Normal speed", 0.0), ("Faster", 0.4))
STARTING_MESSAGE = "Getting the computer's voice ready. This can take a few seconds."
LISTEN_DESCRIPTION = "Reads this page aloud, from the part you moved to. Shortcut: {key}"


class ListenBar(QToolBar):
    """Buttons that read the page aloud; ``listen`` says what to read and from where."""

    def __init__(
        self,
        voice: ReadAloud,
        listen: Callable[[], None],
        say: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Reading aloud", parent)
        self.setObjectName("listenBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.voice = voice
        self._listen = listen
        self._say = say
        #: Why reading aloud cannot work here, once the voice has said so ("" until then).
        self.why_not = ""
        self.message: QMessageBox | None = None
        key = LISTEN_KEY.toString(QKeySequence.SequenceFormat.NativeText)
        self.listen = button(f"Listen ({key})", "Listen", LISTEN_DESCRIPTION.format(key=key))
        self.listen.setShortcut(LISTEN_KEY)
        self.pause = button("Pause", "Pause reading", role="secondary")
        self.stop = button("Stop", "Stop reading", role="secondary")
        self.speed = QComboBox()
        for label, rate in SPEEDS:
            self.speed.addItem(label, rate)
        self.speed.setCurrentIndex(1)
        self.speed.setAccessibleName("Reading speed")
        for widget in (self.listen, self.pause, self.stop, self.speed):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.addWidget(widget)
        self.listen.clicked.connect(self.start)
        self.pause.clicked.connect(self.pause_or_resume)
        self.stop.clicked.connect(voice.stop)
        self.speed.currentIndexChanged.connect(lambda _: voice.set_rate(self.rate()))
        voice.state_changed.connect(self._state)
        voice.unavailable.connect(self._unavailable)
        self._state(voice.state)

    def rate(self) -> float:
        return float(self.speed.currentData())

    def start(self) -> None:
        """Listen: read the page (the voice loads on this first use), or say why it cannot."""
        self.voice.set_rate(self.rate())
        self._listen()
        if self.why_not and self.message is None:
            self._say(self.why_not)

    def pause_or_resume(self) -> None:
        if self.voice.state == PAUSED:
            self.voice.resume()
        else:
            self.voice.pause()

    def _state(self, state: str) -> None:
        self.pause.setEnabled(state in (SPEAKING, PAUSED))
        self.stop.setEnabled(state in ACTIVE)
        if state == STARTING and self.voice.speech is None:
            self._say(STARTING_MESSAGE)  # the first Listen can take a few seconds
        self.pause.setText("Resume" if state == PAUSED else "Pause")
        self.pause.setAccessibleName("Resume reading" if state == PAUSED else "Pause reading")

    def _unavailable(self, why: str) -> None:
        """Say why once, in a message a screen reader reads out; Listen describes it after."""
        self.why_not = why
        self._say(why)  # in place of "getting the voice ready"
        self.listen.setAccessibleDescription(why)
        self.listen.setToolTip(why)
        box = QMessageBox(QMessageBox.Icon.Information, "Read aloud", why, parent=self.window())
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._message_closed)
        box.open()
        self.message = box

    def _message_closed(self) -> None:
        self.message = None
