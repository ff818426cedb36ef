"""Listen on every page: the window's one voice reads the page on screen in reading order.

What is read is the page's own reading order (``Page.reading_order``): on a question, the
question, its hint and its options; on the plan, page 1 first, then the routes (or the Easy
Read plan, which reads in its own way: ``OwnReading``); on Find a contact, the chosen
contact after the search. Reading starts at the top, or at the item the person has moved
the focus to; if they move the focus while it reads, it goes on from there. The widget
being read is framed on screen, and the word being read marked in it (``reading_word``).

Moving to another page or question stops the voice; so do Hide screen, Finish and clear and
the idle timeout (``stop_with_session``). The speech module loads on the first Listen only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from send_routes.ui.common.listen_bar import ListenBar, OwnRowWhenNarrow
from send_routes.ui.common.page import Page, as_widget
from send_routes.ui.common.reading_place import (
    OwnReading,
    ReadingFrame,
    sentence_at_focus,
    widget_saying,
)
from send_routes.ui.common.speech import ACTIVE, ReadAloud
from send_routes.ui.common.speech_stops import stop_with_session

if TYPE_CHECKING:
    from send_routes.ui.common.session import Session
    from send_routes.ui.shell.navigator import Navigator


class PageReading(QObject):
    """The Listen bar and what it reads: the navigator's current page, from the focus."""

    def __init__(
        self,
        window: QMainWindow,
        navigator: Navigator,
        session: Session,
        cover: QWidget,
        spoken_words: Callable[[], Mapping[str, str]],
    ) -> None:
        super().__init__(window)
        self._window, self._navigator = window, navigator
        self._spoken_words = spoken_words
        self.voice = ReadAloud(parent=self)
        self.bar = ListenBar(self.voice, self.listen, window.statusBar().showMessage)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar_row = OwnRowWhenNarrow(window, self.bar)
        self.frame = ReadingFrame()
        self._own: list[tuple[Page, OwnReading]] = []
        #: What is being read: the page, its own reading (None: the page's order), the text.
        self.page: Page | None = None
        self._reading_own: OwnReading | None = None
        self.sentences: list[str] = []
        #: Where the page put the focus when it was shown: reading from there starts at the top
        #: (noted once the page has placed it: until then, ``_arriving``).
        self._arrival: QWidget | None = None
        self._arriving = False
        self.voice.sentence_started.connect(self._highlight)
        self.voice.word_started.connect(self._highlight_word)
        self.voice.state_changed.connect(self._state)
        stop_with_session(self.voice, session, cover)
        navigator.shown.connect(lambda _page: self.page_changed())
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)

    def read_with(self, page: Page, own: OwnReading) -> None:
        """On ``page``, read ``own``'s sentences whenever it has some."""
        self._own.append((page, own))

    # Listening

    def listen(self) -> None:
        """Read the page on screen from the top, or from where the person moved the focus."""
        page = self._navigator.current()
        own = self._own_reading(page)
        sentences = own.reading_sentences() if own is not None else None
        if sentences is None:
            own, sentences = None, page.reading_order()
        self.page, self._reading_own, self.sentences = page, own, sentences
        if not self.voice.spoken_words:
            self.voice.spoken_words = dict(self._spoken_words())
        self.voice.read(sentences, max(0, self._start(self._focused(page))))

    def _own_reading(self, page: Page) -> OwnReading | None:
        for each, own in self._own:
            if each is page:
                return own
        return None

    def _focused(self, page: Page) -> QWidget | None:
        """The focus, or the last item focused on the page (when Listen itself took it)."""
        root = as_widget(page)
        focused = QApplication.focusWidget()
        if focused is not None and root.isAncestorOf(focused):
            return focused
        last = root.focusWidget()
        return last if last is not None and last.isVisible() else None

    def _start(self, focused: QWidget | None) -> int:
        if self.page is None or focused is None or self._arriving:
            return 0
        if self._reading_own is not None:
            return self._reading_own.sentence_at(focused)
        if focused is self._arrival:
            return 0
        return sentence_at_focus(as_widget(self.page), self.sentences, focused)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Reading follows the focus: moved to another item on the page, it reads from there."""
        page = self.page
        if self.voice.state not in ACTIVE or page is None or new is None:
            return
        if page is not self._navigator.current() or not as_widget(page).isAncestorOf(new):
            return
        start = self._start(new)
        if start >= 0 and start != self.voice.current:
            self.voice.read(self.sentences, start)

    # Where the person is

    def page_changed(self) -> None:
        """Another page or question is on screen: stop, and note where its focus starts."""
        self.stop()
        self._arriving = True
        QTimer.singleShot(0, self, self._note_arrival)

    def _note_arrival(self) -> None:
        self._arriving = False
        self._arrival = QApplication.focusWidget()

    def stop(self) -> None:
        self.voice.stop()

    def page_redrawn(self, page: Page) -> None:
        """What ``page`` shows has changed (the Easy Read switch): stop if it is being read."""
        if self.page is page:
            self.stop()

    # Showing what is read

    def _highlight(self, index: int) -> None:
        if self._reading_own is not None:
            self._reading_own.highlight(index)
        elif self.page is not None:
            self.frame.mark(widget_saying(as_widget(self.page), self.sentences, index))

    def _highlight_word(self, index: int, start: int, length: int) -> None:
        if self._reading_own is not None:
            self._reading_own.highlight_word(index, start, length)
        elif 0 <= index < len(self.voice.sentences):
            self.frame.mark_word(self.voice.sentences[index], start, length)

    def _state(self, state: str) -> None:
        if state not in ACTIVE:
            self.frame.unmark()
            if self._reading_own is not None:
                self._reading_own.highlight(-1)
