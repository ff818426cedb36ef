"""Where read-aloud is on a page: the sentence at the focused item, the widget saying one.

A page says what it reads (``Page.reading_order``, text only); these find the widgets behind
that text through the same walk (``page.spoken_parts``), so reading can start from the item
the person moved to, follow the focus, and frame the widget being read. A text said twice
on a page (two "Change" links) is told apart by which time it comes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QScrollArea, QWidget

from send_routes.ui.common.page import spoken_parts
from send_routes.ui.common.speech import said

if TYPE_CHECKING:
    from send_routes.ui.common.reading_word import ReadingWord, WordPlace

#: GOV.UK's focus colours: a yellow frame with a black line inside reads on either theme.
FRAME_YELLOW, FRAME_BLACK = QColor("#ffdd00"), QColor("#0b0c0c")


class OwnReading(Protocol):
    """A part of a page that reads in its own way (the Easy Read plan): its sentences, where
    the focus is in them, and how it marks the sentence and word being read."""

    def reading_sentences(self) -> list[str] | None:
        """The sentences to read, or None to read the page's own reading order."""
        ...

    def sentence_at(self, focused: QWidget | None) -> int:
        """The sentence at ``focused`` (0 when it is not in this part)."""
        ...

    def highlight(self, index: int) -> None:
        """Mark sentence ``index``, or nothing (-1)."""
        ...

    def highlight_word(self, index: int, start: int, length: int) -> None: ...


def _said(text: str) -> str:
    return " ".join(text.split())


def _nth(texts: Sequence[str], text: str, occurrence: int) -> int:
    """Where ``text`` comes for the ``occurrence``-th time (from 0) in ``texts``; -1 if not."""
    seen = -1
    for index, each in enumerate(texts):
        if each == text:
            seen += 1
            if seen == occurrence:
                return index
    return -1


def sentence_at_focus(root: QWidget, sentences: Sequence[str], focused: QWidget | None) -> int:
    """The index in ``sentences`` (as ``said`` gives them) of the first text at or after
    ``focused`` in ``root``'s reading order; -1 when the focus is not in ``root`` or its
    text is not among the sentences."""
    if focused is None or not (focused is root or root.isAncestorOf(focused)):
        return -1
    parts = [(widget, _said(text)) for widget, text in spoken_parts(root)]
    places = {id(widget): index for index, (widget, _text) in enumerate(parts)}
    widget: QWidget | None = focused
    while widget is not None and id(widget) not in places:
        widget = widget.parentWidget()
    if widget is None:
        return -1
    texts = [text for _widget, text in parts]
    for index in range(places[id(widget)], len(parts)):
        text = texts[index]
        if text:
            return _nth(said(sentences), text, texts[:index].count(text))
    return -1


def widget_saying(root: QWidget, sentences: Sequence[str], index: int) -> QWidget | None:
    """The widget under ``root`` showing sentence ``index`` (None if no widget shows it)."""
    read = said(sentences)
    if not 0 <= index < len(read):
        return None
    text = read[index]
    parts = [(widget, _said(shown)) for widget, shown in spoken_parts(root) if shown.strip()]
    found = _nth([shown for _widget, shown in parts], text, read[:index].count(text))
    return parts[found][0] if found >= 0 else None


class _Frame(QWidget):
    """The frame itself: drawn over its widget, letting the mouse through to it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(widget.rect())
        widget.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(FRAME_YELLOW, 4))
        painter.drawRect(self.rect().adjusted(2, 2, -2, -2))
        painter.setPen(QPen(FRAME_BLACK, 1))
        painter.drawRect(self.rect().adjusted(4, 4, -5, -5))


class ReadingFrame:
    """Frames the widget being read on an ordinary page, scrolls it into view, and marks
    the word being read in it (where the engine reports words and the widget shows it)."""

    def __init__(self) -> None:
        self._frame: _Frame | None = None
        #: The widget framed now (None when nothing is being read).
        self.framed: QWidget | None = None
        self._word: ReadingWord | None = None

    def mark(self, widget: QWidget | None) -> None:
        self.unmark()
        if widget is None:
            return
        self._frame = _Frame(widget)
        self.framed = widget
        area = _scroll_area_of(widget)
        if area is not None:
            area.ensureWidgetVisible(widget, 0, 24)

    def mark_word(self, sentence: str, start: int, length: int) -> None:
        """Mark the word at ``start`` in ``sentence``, the framed widget's (as ``said``)."""
        if self._word is None:
            # Loaded on the first word, not at start-up (its Qt classes take a while).
            from send_routes.ui.common.reading_word import ReadingWord

            self._word = ReadingWord()
        self._word.mark_word(self.framed, sentence, start, length)

    @property
    def marked_word(self) -> WordPlace | None:
        """Where the word marked now is (None when none is)."""
        return self._word.place if self._word is not None else None

    def unmark(self) -> None:
        if self._word is not None:
            self._word.unmark()
        frame, self._frame, self.framed = self._frame, None, None
        if frame is None:
            return
        try:
            frame.hide()
            frame.deleteLater()
        except RuntimeError:  # its widget (a redrawn plan's) has gone, and the frame with it
            pass


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent
