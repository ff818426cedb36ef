"""The word being read, marked inside the widget framed on an ordinary page.

``ReadAloud.word_started`` gives the word's place in the sentence as shown, and only for
words the shown sentence has: nothing for the words said for a date, a phone number or
"EHC" (``core.spoken_places``). The sentence is the widget's text with its spaces tidied
(``said``), so a place in it is found in the widget's own text by walking both together;
when the widget shows other words (a button named "Back to the previous page" that shows
"Back") nothing is marked rather than a wrong word.

The word's rectangle comes from a text layout made like the widget's own (``text_places``):
a label's text as QLabel lays it out, a button's one line where its style draws it. The mark
is drawn over the widget, as the reading frame is: the word again in black on GOV.UK's focus
yellow with a black line under it, which reads on every theme (high contrast too).

Right-to-left text (Urdu, Arabic) is not marked: the engine's places are in the order the
letters are stored, and where a line mixes directions (an English name in Urdu) a word's
letters are not where a left-to-right walk puts them. Marking nothing is better than a wrong
word, and the sentence stays framed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLabel, QWidget

from send_routes.ui.common.text_places import range_rect, text_layout

#: GOV.UK's focus colours: black words on yellow.
WORD_YELLOW, WORD_BLACK = QColor("#ffdd00"), QColor("#0b0c0c")
#: Room either side of the word, so the yellow shows beside its first and last letter.
PAD = 2


@dataclass
class WordPlace:
    """Where a word is drawn: in ``widget``, the text ``document`` placed at ``origin``,
    the word from ``start`` to ``end`` in it, and its rectangle in the widget."""

    widget: QWidget
    document: QTextDocument
    origin: QPointF
    start: int
    end: int
    rect: QRect


def _right_to_left(widget: QWidget, text: str) -> bool:
    if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return True
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def _place_in(shown: str, sentence: str, start: int) -> int:
    """Where ``start`` in ``sentence`` (``shown`` with its spaces tidied) is in ``shown``;
    -1 when ``shown`` does not say ``sentence``."""
    places: list[int] = []
    tidied: list[str] = []
    space = False
    for index, char in enumerate(shown):
        if char.isspace():
            space = bool(tidied)
            continue
        if space:
            tidied.append(" ")
            places.append(index - 1)
            space = False
        tidied.append(char)
        places.append(index)
    if "".join(tidied) != sentence or not 0 <= start < len(places):
        return -1
    return places[start]


def _buddy_label(widget: QWidget) -> list[QLabel]:
    """The labels naming ``widget`` (an option's words beside its radio button)."""
    parent = widget.parentWidget()
    if parent is None:
        return []
    return [label for label in parent.findChildren(QLabel) if label.buddy() is widget]


def word_place(widget: QWidget, sentence: str, start: int, length: int) -> WordPlace | None:
    """Where the word at ``start`` (``length`` letters) of ``sentence`` is shown in
    ``widget`` (or in the label beside it that names it); None where it is not shown."""
    if length <= 0 or _right_to_left(widget, sentence):
        return None
    for shown in [widget, *_buddy_label(widget)]:
        if shown.isHidden() or _right_to_left(shown, sentence):
            continue
        laid = text_layout(shown)
        if laid is None:
            continue
        document, origin = laid
        place = _place_in(document.toPlainText(), sentence, start)
        end = place + length
        if place < 0 or document.toPlainText()[place:end] != sentence[start : start + length]:
            continue
        rect = range_rect(document, place, end)
        if rect is not None:
            return WordPlace(shown, document, origin, place, end, rect.translated(origin).toRect())
    return None


class WordMark(QWidget):
    """The mark itself, over its widget: the word again, black on yellow, underlined."""

    def __init__(self, place: WordPlace) -> None:
        super().__init__(place.widget)
        self.place = place
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Within the line (its widget would cut off anything below its last line).
        self.setGeometry(place.rect.adjusted(-PAD, 0, PAD, 0))
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), WORD_YELLOW)
        place = self.place
        painter.save()
        painter.translate(place.origin - QPointF(self.pos()))
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Text, WORD_BLACK)
        context.palette = palette
        cursor = QTextCursor(place.document)
        cursor.setPosition(place.start)
        cursor.setPosition(place.end, QTextCursor.MoveMode.KeepAnchor)
        marked = QTextCharFormat()
        marked.setForeground(WORD_BLACK)
        marked.setBackground(WORD_YELLOW)
        selection = QAbstractTextDocumentLayout.Selection()
        selection.cursor, selection.format = cursor, marked
        context.selections = [selection]
        context.clip = QRectF(self.rect()).translated(QPointF(self.pos()) - place.origin)
        painter.setClipRect(context.clip)
        place.document.documentLayout().draw(painter, context)
        painter.restore()
        # Under the word, over the yellow the text drew: thicker with larger text.
        line = max(PAD, self.height() // 10)
        painter.fillRect(0, self.height() - line, self.width(), line, WORD_BLACK)


class ReadingWord(QObject):
    """Marks the word being read in a widget; a new word, a new sentence or stopping
    takes the mark away."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mark: WordMark | None = None
        #: What is marked now: the word's place (None when nothing is).
        self.place: WordPlace | None = None

    def mark_word(self, widget: QWidget | None, sentence: str, start: int, length: int) -> None:
        self.unmark()
        try:
            place = word_place(widget, sentence, start, length) if widget is not None else None
        except RuntimeError:  # the widget has gone (a plan redrawn while it was read)
            place = None
        if place is None:
            return
        self.place, self.mark = place, WordMark(place)
        place.widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = event.type() in (QEvent.Type.Resize, QEvent.Type.Hide)
        if resized and self.place is not None and watched is self.place.widget:
            self.unmark()  # laid out again: the next word is placed afresh
        return False

    def unmark(self) -> None:
        mark, place, self.mark, self.place = self.mark, self.place, None, None
        if mark is None or place is None:
            return
        try:
            place.widget.removeEventFilter(self)
            mark.hide()
            mark.deleteLater()
        except RuntimeError:  # its widget (a redrawn plan's) has gone, and the mark with it
            pass
