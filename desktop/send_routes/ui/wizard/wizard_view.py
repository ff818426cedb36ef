"""The wizard: one question page at a time, Back and Continue, and honest progress."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from send_routes.core.question_flow import QuestionFlow
from send_routes.ui.common.draw_ahead import PREPARE_DELAY_MS, draw_ahead
from send_routes.ui.common.glossary_text import TermIndex
from send_routes.ui.common.page import spoken_text
from send_routes.ui.common.session import Session
from send_routes.ui.common.words import tr
from send_routes.ui.wizard.choice_fields import FieldError
from send_routes.ui.wizard.question_page import QuestionPage


class WizardView(QStackedWidget):
    """Asks the questions worth asking, one per page, keeping every answer given."""

    completed = Signal()
    #: The last question is on screen: a good moment to get "Check your answers" ready.
    last_question_shown = Signal()
    exited = Signal()

    def __init__(self, session: Session, terms: TermIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._terms = terms
        self.pages: dict[str, QuestionPage] = {}
        self._returning = False
        session.register("question pages", self)
        # Pages show the answers they were made with: answers replaced wholesale (a case
        # opened, a new start) need new pages.
        session.answers_replaced.connect(self.clear_personal_data)

    @property
    def flow(self) -> QuestionFlow:
        return self._session.flow

    def reset(self, preset: dict[str, Any] | None = None) -> None:
        """Forget every answer and page (the answers become ``preset``, or none)."""
        self._session.set_answers(preset)

    def clear_personal_data(self) -> None:
        """Forget every page, and with it every choice and date shown on one."""
        for page in self.pages.values():
            self.removeWidget(page)
            page.deleteLater()
        self.pages.clear()

    def start(self, preset: dict[str, Any] | None = None) -> None:
        """Forget every answer and page, then ask the first question."""
        self.reset(preset)
        self.show_question(self.flow.first_key())

    def page_for(self, key: str) -> QuestionPage:
        """The page for ``key``, made again when earlier answers change how it reads."""
        shown = self.flow.shown(key)
        page = self.pages.get(key)
        if page is not None and page.question != shown:
            self.removeWidget(page)
            page.deleteLater()
            page = None
        if page is None:
            page = QuestionPage(shown, self._terms)
            page.set_answer(self.flow.raw.get(key))
            page.back_clicked.connect(self.go_back)
            page.next_clicked.connect(self.go_next)
            self.addWidget(page)
            self.pages[key] = page
        return page

    def page_title(self) -> str:
        return tr("Questions")

    def focus_first(self) -> None:
        """Focus starts in the question's answer (its first choice, or its box)."""
        page = self.current_page()
        if page is not None:
            page.focus_field()

    def help_html(self) -> str:
        page = self.current_page()
        return page.help_html() if page is not None else ""

    def reading_order(self) -> list[str]:
        page = self.current_page()
        return spoken_text(page) if page is not None else []

    def current_page(self) -> QuestionPage | None:
        page = self.currentWidget()
        return page if isinstance(page, QuestionPage) else None

    def show_question(self, key: str, returning: bool = False) -> None:
        """Show the question for ``key``; with ``returning``, Continue goes back to the check."""
        self._returning = returning
        page = self.page_for(key)
        number, total = self.flow.progress(key)
        page.set_progress(number, total, self.flow.raw.get("role") == "adviser")
        page.clear_error()
        self.setCurrentWidget(page)
        page.verticalScrollBar().setValue(0)
        page.focus_field()
        QTimer.singleShot(PREPARE_DELAY_MS, self, lambda: self._prepare_after(key))

    def _prepare_after(self, key: str) -> None:
        """Build the next question's page while the person reads this one, so Next is instant."""
        if key not in self.pages:
            return
        following = self.flow.next_key(key)
        if following is None:
            self.last_question_shown.emit()
        elif following not in self.pages:
            page = self.page_for(following)
            page.ensurePolished()
            # Painted once now, the page's first showing is a repaint (a question page
            # takes a few milliseconds to draw ahead; its first showing took up to 40 ms more).
            draw_ahead(page)

    def _commit(self, page: QuestionPage) -> bool:
        """Record the page's answer; on a problem, show it and return False."""
        try:
            self._session.record(page.question.key, page.answer())
        except FieldError as error:
            page.show_error(str(error))
            return False
        page.clear_error()
        return True

    def go_next(self) -> None:
        page = self.current_page()
        if page is None or not self._commit(page):
            return
        key = page.question.key
        following = self.flow.next_key(key)
        if self._returning:
            unseen = self._unseen_after(key)
            missing = self.flow.first_missing_required()
            following = missing or unseen
        if following is None:
            self.completed.emit()
        else:
            self.show_question(following, self._returning)

    def _unseen_after(self, key: str) -> str | None:
        """A question the changed answer now makes worth asking, which was never shown."""
        keys = [question.key for question in self.flow.to_ask()]
        later = keys[keys.index(key) + 1 :] if key in keys else []
        return next((other for other in later if other not in self.pages), None)

    def go_back(self) -> None:
        """Go to the previous question, keeping this page's answer if it is usable."""
        page = self.current_page()
        if page is None:
            return
        # The page keeps what was typed; nothing half-valid is recorded.
        with contextlib.suppress(FieldError):
            self._session.record(page.question.key, page.answer())
        if self._returning:
            self.completed.emit()
            return
        previous = self.flow.previous_key(page.question.key)
        if previous is None:
            self.exited.emit()
        else:
            self.show_question(previous)
