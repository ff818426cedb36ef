"""The Easy Read switch on the plan page: the plan on screen, in print and saved, in Easy Read.

A small part added to the plan page from outside (the page does not know about it): a
check box above the plan and a reader that shows the Easy Read document in place of the
ordinary plan. When a young person answers for themselves the switch starts on (the issue:
"the default offer when a young person answers for themselves"); once the person sets it,
their choice stays until Finish and clear. Print, preview and save use the Easy Read
document while it is on (``PlanExports`` asks ``print_job`` and ``write``). The window's
Listen reads it in its own order while it is on (``OwnReading``: page 1, then each route,
then the key words), marking the sentence and the word being read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from send_routes.content_store.content import ContentStore
from send_routes.core.easy_read_view import EasyPlanView
from send_routes.export.easy_read_text import easy_read_of
from send_routes.export.plan_context import DocumentOptions
from send_routes.fileio.atomic import write_atomically
from send_routes.ui.common.fonts import BASE_POINT_SIZE
from send_routes.ui.common.widgets import WrappedCheckBox
from send_routes.ui.common.words import marked, tr

if TYPE_CHECKING:
    from send_routes.ui.common import printing
    from send_routes.ui.common.session import Session
    from send_routes.ui.plan.plan_page import PlanPage

SWITCH_TEXT = marked("Easy Read: short lines with pictures")
#: The word being read: dark text on GOV.UK's focus yellow (readable on either theme).
WORD_COLOUR = QColor("#ffdd00")
#: Below this lightness (0 to 255) the theme's background is dark: the pictures turn white.
LIGHT = 128
SWITCH_HINT = marked(
    "Shows, prints and saves your plan in Easy Read: one idea on each line, a picture "
    "beside it, large text."
)


def _selection(cursor: QTextCursor, marked: QTextCharFormat) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = marked
    return selection


class EasyReadReader(QTextBrowser):
    """The Easy Read document on screen, as tall as its text (the page scrolls, not it)."""

    #: The theme or the text size changed: the document is made again to match.
    look_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Your plan in Easy Read"))
        self.setOpenLinks(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        #: The texts read aloud, in order, and where each starts in the document.
        self.texts: list[str] = []
        self._places: list[int] = []
        #: The words highlighted now ("" when none), and the word within them.
        self.marked = self.marked_word = ""
        self._sentence: tuple[QTextCursor, QTextCharFormat] | None = None

    def set_texts(self, texts: list[str]) -> None:
        """The reading order, found in the document (each after the one before)."""
        self.texts = texts
        self._places = []
        cursor = QTextCursor(self.document())
        for text in texts:
            found = self.document().find(text, cursor)
            self._places.append(found.selectionStart() if not found.isNull() else -1)
            if not found.isNull():
                cursor = found

    def sentence_at(self, position: int) -> int:
        """The sentence that ``position`` in the document is in (0 before the first)."""
        found = 0
        for index, place in enumerate(self._places):
            if 0 <= place <= position:
                found = index
        return found

    def highlight(self, index: int) -> None:
        """Mark the sentence being read (index in ``texts``), or nothing (-1)."""
        self.marked = self.marked_word = ""
        if not 0 <= index < len(self.texts) or self._places[index] < 0:
            self.setExtraSelections([])
            return
        start = self._places[index]
        cursor = self._mark(start, start + len(self.texts[index]))
        self._sentence = (cursor, self._format(self.palette().highlight().color(), bold=False))
        self.setExtraSelections([_selection(*self._sentence)])
        self.marked = cursor.selectedText()
        # The text cursor goes to the sentence without selecting it: a real selection would
        # be drawn over the marked word.
        self.setTextCursor(self._mark(start, start))
        self.ensureCursorVisible()

    def highlight_word(self, index: int, start: int, length: int) -> None:
        """Mark the word being read too, where the engine reports words (bold on yellow)."""
        if not 0 <= index < len(self.texts) or self._places[index] < 0 or not self._sentence:
            return
        begin = self._places[index] + start
        word = self._mark(begin, begin + length)
        self.setExtraSelections(
            [_selection(*self._sentence), _selection(word, self._format(WORD_COLOUR, bold=True))]
        )
        self.marked_word = word.selectedText()

    def _mark(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _format(self, background: QColor, bold: bool) -> QTextCharFormat:
        marked = QTextCharFormat()
        marked.setBackground(background)
        text = self.palette().highlightedText().color()
        marked.setForeground(QColor("#0b0c0c") if bold else text)
        if bold:
            marked.setFontWeight(QFont.Weight.Bold)
        return marked

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.look_changed.emit()

    def fit(self) -> None:
        document = self.document()
        document.setTextWidth(self.viewport().width())
        frame = self.frameWidth() * 2
        self.setFixedHeight(int(document.size().height()) + frame + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class EasyReadPlan(QObject):
    """Adds the switch and the reader to ``page``, and makes the Easy Read documents."""

    #: The switch was turned on or off (by the person or by the young-person default).
    switched = Signal(bool)

    def __init__(self, content: ContentStore, page: PlanPage, session: Session) -> None:
        super().__init__(page)
        self.content = content
        self.page = page
        self.session = session
        self.view: EasyPlanView | None = None
        #: The person's own choice, once they make one (None: follow the default).
        self.chosen: bool | None = None
        switch = WrappedCheckBox(tr(SWITCH_TEXT))
        self.switch = switch.box
        self.switch.setAccessibleName(tr("Easy Read"))
        self.switch.setAccessibleDescription(tr(SWITCH_HINT))
        self.switch.setToolTip(tr(SWITCH_HINT))
        self.switch.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reader = EasyReadReader()
        self.reader.hide()
        layout = page.content
        for widget in (switch, self.reader):
            layout.insertWidget(layout.indexOf(page.summary_holder), widget)
        self.reader.look_changed.connect(self._restyle)
        self.switch.clicked.connect(self._clicked)
        self.switch.toggled.connect(self._apply)
        # Connected after the page's own redraw, so this runs once the page has drawn.
        session.plan_changed.connect(self.refresh)
        # Finish and clear, the idle timeout and Start again all clear the session's holders.
        session.register("easy read plan and reading aloud", self)
        self.refresh()

    @property
    def on(self) -> bool:
        return self.switch.isChecked() and self.page.view is not None

    # Read aloud (the window's Listen asks)

    def reading_sentences(self) -> list[str] | None:
        """The Easy Read plan's sentences while it is on screen; None: read the page."""
        return list(self.reader.texts) if self.on and not self.reader.isHidden() else None

    def sentence_at(self, focused: QWidget | None) -> int:
        """From the reader's text cursor when the focus is in it; else from the top."""
        if focused is not self.reader:
            return 0
        return self.reader.sentence_at(self.reader.textCursor().position())

    def highlight(self, index: int) -> None:
        self.reader.highlight(index)
        if index >= 0:
            self._follow()

    def highlight_word(self, index: int, start: int, length: int) -> None:
        self.reader.highlight_word(index, start, length)

    def _follow(self) -> None:
        """Scroll the page so the sentence being read is in view."""
        place = self.reader.viewport().mapTo(self.page.body, self.reader.cursorRect().center())
        self.page.ensureVisible(place.x(), place.y(), 0, self.reader.cursorRect().height() * 3)

    def _clicked(self, checked: bool) -> None:
        self.chosen = checked

    def refresh(self) -> None:
        """Follow the session's plan: the young-person default, then the view on screen."""
        plan = self.page.plan
        if plan is None:
            self.view = None
            return
        if self.chosen is None:
            self.switch.setChecked(plan.answers.role == "young_person")
        self._apply(self.switch.isChecked())

    def _apply(self, checked: bool) -> None:
        page = self.page
        showing = checked and page.plan is not None and page.view is not None
        if showing:
            self._show()
        self.reader.setVisible(showing)
        page.summary_holder.setVisible(not showing)
        page.body_holder.setVisible(not showing)
        self.switched.emit(checked)

    def _restyle(self) -> None:
        """The theme or text size changed: redraw the Easy Read plan if it is on screen. What
        it says is the same, so this is not a switch (reading it aloud goes on)."""
        if not self.reader.isHidden() and self.page.view is not None:
            self._show()

    def _show(self) -> None:
        from send_routes.export.easy_read import BASE_PT, Look, easy_read_document

        plan, view = self.page.plan, self.page.view
        assert plan is not None and view is not None
        self.view = easy_read_of(view, plan, self.content)
        # In the window's theme and text size (100% is 16 point, 200% is 32).
        palette = self.reader.palette()
        look = Look(
            size=round(BASE_PT * self.reader.font().pointSizeF() / BASE_POINT_SIZE),
            colour=palette.text().color().name(),
            light_pictures=palette.base().color().lightness() < LIGHT,
        )
        self.reader.setDocument(easy_read_document(self.view, look))
        self.reader.set_texts(self.view.reading_order())
        self.reader.fit()

    def clear_personal_data(self) -> None:
        self.forget()

    def forget(self) -> None:
        """Finish and clear, or Start again: no view, and back to the default."""
        self.view = None
        self.chosen = None
        self.reader.clear()
        self.reader.set_texts([])
        self.reader.hide()
        self.switch.setChecked(False)

    def print_job(self, options: DocumentOptions) -> printing.PrintJob | None:
        """The Easy Read document to preview or print, or None when the switch is off."""
        from send_routes.ui.common import printing

        if not self.on or self.view is None:
            return None
        from send_routes.export.easy_read import easy_read_document, easy_read_footer, printed

        view = self.view
        return printing.PrintJob(
            view.title,
            options.paper,
            easy_read_footer(),
            lambda: easy_read_document(view, printed(options)),
        )

    def writer(self, kind: str, options: DocumentOptions) -> Callable[[Path], None] | None:
        """What writes the Easy Read plan as ``kind`` to a path, or None when it is off."""
        if not self.on or self.view is None:
            return None
        from send_routes.export.easy_read import easy_read_bytes

        view = self.view
        return lambda path: write_atomically(path, easy_read_bytes(view, options, kind))
