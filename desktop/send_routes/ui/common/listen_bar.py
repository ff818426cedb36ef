"""The Listen bar: Listen, Pause or Resume, Stop and the speed, for one page's sentences.

The page gives the sentences in reading order (``sentences``) and says how to show the one
being read (``highlight``, called with its index, or -1 when reading stops) and, if it can,
the word (``highlight_word``: sentence index, start and length in it). The bar owns no
text of its own beyond its labels, and says once why read aloud cannot work here, when it
cannot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from send_routes.ui.common.flow_layout import FlowLayout
from send_routes.ui.common.speech import PAUSED, SPEAKING, ReadAloud
from send_routes.ui.common.widgets import button, text_label

LISTEN_KEY = QKeySequence("Ctrl+R")
SPEEDS = (("Slower", -0.4), ("Normal speed", 0.0), ("Faster", 0.4))


class ListenBar(QWidget):
    """Buttons that read a page aloud; the page says what to read and how to highlight."""

    def __init__(
        self,
        voice: ReadAloud,
        sentences: Callable[[], Sequence[str]],
        highlight: Callable[[int], None],
        highlight_word: Callable[[int, int, int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.voice = voice
        self.sentences = sentences
        self.highlight = highlight
        key = LISTEN_KEY.toString(QKeySequence.SequenceFormat.NativeText)
        self.listen = button(f"Listen ({key})", "Listen", f"Reads this page aloud. Shortcut: {key}")
        self.listen.setShortcut(LISTEN_KEY)
        self.pause = button("Pause", "Pause reading", role="secondary")
        self.stop = button("Stop", "Stop reading", role="secondary")
        self.speed = QComboBox()
        for label, rate in SPEEDS:
            self.speed.addItem(label, rate)
        self.speed.setCurrentIndex(1)
        self.speed.setAccessibleName("Reading speed")
        self.message = text_label("", "hint")
        self.message.hide()
        row = FlowLayout(spacing=8)
        for widget in (self.listen, self.pause, self.stop, self.speed):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.listen.clicked.connect(self.start)
        self.pause.clicked.connect(self.pause_or_resume)
        self.stop.clicked.connect(voice.stop)
        self.speed.currentIndexChanged.connect(lambda _: voice.set_rate(self.rate()))
        voice.sentence_started.connect(highlight)
        if highlight_word is not None:
            voice.word_started.connect(highlight_word)
        voice.state_changed.connect(self._state)
        voice.unavailable.connect(self._unavailable)
        self._state(voice.state)

    def rate(self) -> float:
        return float(self.speed.currentData())

    def start(self) -> None:
        self.voice.set_rate(self.rate())
        self.voice.read(self.sentences())

    def pause_or_resume(self) -> None:
        if self.voice.state == PAUSED:
            self.voice.resume()
        else:
            self.voice.pause()

    def _state(self, state: str) -> None:
        reading = state in (SPEAKING, PAUSED)
        self.pause.setEnabled(reading)
        self.stop.setEnabled(reading)
        self.pause.setText("Resume" if state == PAUSED else "Pause")
        self.pause.setAccessibleName("Resume reading" if state == PAUSED else "Pause reading")
        if not reading:
            self.highlight(-1)

    def _unavailable(self, why: str) -> None:
        self.message.setText(why)
        self.message.show()
        self.listen.setEnabled(False)
