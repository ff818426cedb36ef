"""The Listen bar on every page: Listen (with its key), Pause or Resume, Stop and the speed.

The bar owns no text to read: ``listen`` (given by the window) starts reading the page on
screen. With no engine or no voice the voice says why once (``ReadAloud.unavailable``): the
bar shows it in a message the person closes, and from then on Listen's description and
``say`` (the status bar) repeat it, so the button is never a silent dead end.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QMainWindow, QMessageBox, QToolBar, QWidget

from send_routes.ui.common.speech import ACTIVE, PAUSED, SPEAKING, STARTING, ReadAloud
from send_routes.ui.common.widgets import button
from send_routes.ui.common.words import marked, tr

LISTEN_KEY = QKeySequence("Ctrl+R")
SPEEDS = ((marked("Slower"), -0.4), (marked("Normal speed"), 0.0), (marked("Faster"), 0.4))
STARTING_MESSAGE = marked("Getting the computer's voice ready. This can take a few seconds.")
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
        #: The messages shown about languages with no voice (each shown in a box once).
        self._language_messages: set[str] = set()
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
        voice.language_unavailable.connect(self._no_language_voice)
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
        self.pause.setEnabled(state in (SPEAKING, PAUSED))
        self.stop.setEnabled(state in ACTIVE)
        if state == STARTING and self.voice.speech is None:
            self._say(tr(STARTING_MESSAGE))  # the first Listen can take a few seconds
        self.pause.setText(tr("Resume") if state == PAUSED else tr("Pause"))
        self.pause.setAccessibleName(
            tr("Resume reading") if state == PAUSED else tr("Pause reading")
        )

    def _unavailable(self, why: str) -> None:
        """Say why once, in a message a screen reader reads out; Listen describes it after."""
        self.why_not = why
        self._say(why)  # in place of "getting the voice ready"
        self.listen.setAccessibleDescription(why)
        self.listen.setToolTip(why)
        self._show_box(why)

    def _no_language_voice(self, why: str) -> None:
        """Say why this language is not read; in a message box the first time only."""
        self._say(why)
        if why not in self._language_messages and self.message is None:
            self._language_messages.add(why)
            self._show_box(why)

    def _show_box(self, why: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, tr("Read aloud"), why, parent=self.window())
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._message_closed)
        box.open()
        self.message = box

    def _message_closed(self) -> None:
        self.message = None


class OwnRowWhenNarrow(QObject):
    """Puts ``bar`` on a row of its own when it and the other bars at the top do not fit
    side by side (200% text, or a narrow window). Sharing a row, Qt folds away what does not
    fit, and Hide screen is folded first: it must always show. At 100% they share one row,
    which leaves the page more height."""

    def __init__(self, window: QMainWindow, bar: QToolBar) -> None:
        super().__init__(bar)
        self.window, self.bar = window, bar
        # After the relayout a resize or a new text size brings, and once for many events.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        window.installEventFilter(self)
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._later.start()
        return False

    def fit(self) -> None:
        window = self.window
        top = [
            each
            for each in window.findChildren(QToolBar)
            if window.toolBarArea(each) == Qt.ToolBarArea.TopToolBarArea and not each.isHidden()
        ]
        needed = sum(each.sizeHint().width() for each in top)
        own_row = needed > window.width()
        if own_row != window.toolBarBreak(self.bar):
            if own_row:
                window.insertToolBarBreak(self.bar)
            else:
                window.removeToolBarBreak(self.bar)
