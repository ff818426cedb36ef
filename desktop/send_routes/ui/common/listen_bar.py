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

from send_routes.ui.common.speech import PAUSED, SPEAKING, ReadAloud
from send_routes.ui.common.widgets import button
from send_routes.ui.common.words import marked, tr

LISTEN_KEY = QKeySequence("Ctrl+R")
SPEEDS = ((marked("Slower"), -0.4), (marked("Normal speed"), 0.0), (marked("Faster"), 0.4))
LISTEN_DESCRIPTION = marked("Reads this page aloud, from the part you moved to. Shortcut: {key}")


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
        self.listen = button("", "")
        self.pause = button("", "", role="secondary")
        self.stop = button("", "", role="secondary")
        self.speed = QComboBox()
        for label, rate in SPEEDS:
            self.speed.addItem(label, rate)
        self.speed.setCurrentIndex(1)
        self.retranslate()
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

    def retranslate(self) -> None:
        """Say the bar's words in the language chosen now."""
        key = LISTEN_KEY.toString(QKeySequence.SequenceFormat.NativeText)
        self.setWindowTitle(tr("Reading aloud"))
        self.listen.setText(tr("Listen ({key})").format(key=key))
        self.listen.setShortcut(LISTEN_KEY)  # after the text: setText sets its own shortcut
        self.listen.setAccessibleName(tr("Listen"))
        if not self.why_not:
            self.listen.setAccessibleDescription(tr(LISTEN_DESCRIPTION).format(key=key))
        self.stop.setText(tr("Stop"))
        self.stop.setAccessibleName(tr("Stop reading"))
        for index, (label, _rate) in enumerate(SPEEDS):
            self.speed.setItemText(index, tr(label))
        self.speed.setAccessibleName(tr("Reading speed"))
        self._state(self.voice.state)

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
        reading = state in (SPEAKING, PAUSED)
        self.pause.setEnabled(reading)
        self.stop.setEnabled(reading)
        self.pause.setText(tr("Resume") if state == PAUSED else tr("Pause"))
        self.pause.setAccessibleName(
            tr("Resume reading") if state == PAUSED else tr("Pause reading")
        )

    def _unavailable(self, why: str) -> None:
        """Say why once, in a message a screen reader reads out; Listen describes it after."""
        self.why_not = why
        self.listen.setAccessibleDescription(why)
        self.listen.setToolTip(why)
        box = QMessageBox(QMessageBox.Icon.Information, tr("Read aloud"), why, parent=self.window())
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._message_closed)
        box.open()
        self.message = box

    def _message_closed(self) -> None:
        self.message = None
