"""The main window: start page, wizard, check your answers, plan, directory and glossary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from send_routes.ui.session_guard import SessionGuard
from send_routes.ui.start_page import StartPage
from send_routes.ui.theme import DEFAULT_THEME
from send_routes.ui.window_look import WindowLookMixin
from send_routes.ui.window_menus import build_menus
from send_routes.ui.window_side_pages import SidePagesMixin

if TYPE_CHECKING:
    from send_routes.content_store.content import ContentStore
    from send_routes.core.answers import Answers
    from send_routes.core.plan import Plan
    from send_routes.core.terms import TermIndex
    from send_routes.ui.adviser_page import AdviserPage
    from send_routes.ui.check_answers_page import CheckAnswersPage
    from send_routes.ui.directory_page import DirectoryPage
    from send_routes.ui.glossary_page import GlossaryPage
    from send_routes.ui.help_dialog import HelpDialog
    from send_routes.ui.plan_exports import PlanExports
    from send_routes.ui.plan_page import PlanPage
    from send_routes.ui.wizard_view import WizardView
    from send_routes.user_store.local_contacts import LocalContacts

#: Work for the next page waits until this page has been drawn (see wizard_view).
PREPARE_DELAY_MS = 50

APP_TITLE = "SEND Routes"


class MainWindow(SidePagesMixin, WindowLookMixin, QMainWindow):
    """One window whose pages follow the GOV.UK pattern; ``today`` can be fixed for tests.

    Only the start page is built before the window is first shown. ``content`` may be a
    function that opens the content database; it and the other pages are made while the
    person reads the start page (or on first use, whichever comes first).
    """

    def __init__(
        self,
        content: ContentStore | Callable[[], ContentStore],
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._content_source = content
        self._content: ContentStore | None = None if callable(content) else content
        self.today = today
        self.theme = DEFAULT_THEME
        self.scale = 1.0
        self.plan: Plan | None = None
        self.help_dialog: HelpDialog | None = None
        self._wizard: WizardView | None = None
        self._check_page: CheckAnswersPage | None = None
        self._plan_page: PlanPage | None = None
        self._plan_exports: PlanExports | None = None
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.start_page = StartPage()
        self.pages.addWidget(self.start_page)
        self.directory_page: DirectoryPage | None = None
        self.glossary_page: GlossaryPage | None = None
        self.adviser_page: AdviserPage | None = None
        self.local_contacts: LocalContacts | None = None
        self._came_from: QWidget = self.start_page
        self._connect_start_page()
        self.actions_ = build_menus(self, self._handlers(), self.set_theme)
        self.guard = SessionGuard(self)
        QApplication.instance().focusChanged.connect(self._follow_focus)  # type: ignore[union-attr]
        self.resize(960, 760)
        self.apply_look()
        self.show_start()
        self._warming = self._warm_up_steps()
        QTimer.singleShot(PREPARE_DELAY_MS, self, self._warm_up)

    def _connect_start_page(self) -> None:
        self.start_page.start_clicked.connect(lambda: self.start_wizard())
        self.start_page.adviser_clicked.connect(lambda: self.start_wizard({"role": "adviser"}))
        self.start_page.adviser_area_clicked.connect(self.open_adviser_area)
        self.start_page.contacts_clicked.connect(self.open_directory)
        self.start_page.glossary_clicked.connect(self.open_glossary)

    def _warm_up_steps(self) -> Iterator[object]:
        yield self.content
        self.start_page.show_content_version(self.content.version_label)
        yield self.wizard
        yield self.check_page
        yield self.plan_page
        yield self.directory()

    def _warm_up(self) -> None:
        """Make one more page, then let the event loop breathe before the next.

        Only for a window on screen: one already closed has nobody to get ready for.
        """
        if self.isVisible() and next(self._warming, None) is not None:
            QTimer.singleShot(0, self, self._warm_up)

    # Parts made on first use

    @property
    def content(self) -> ContentStore:
        if self._content is None:
            source = self._content_source
            assert callable(source)
            self._content = source()
        return self._content

    @property
    def terms(self) -> TermIndex:
        return self.content.terms

    @property
    def wizard(self) -> WizardView:
        if self._wizard is None:
            from send_routes.ui.wizard_view import WizardView

            self._wizard = WizardView(self.content.questions, self.terms)
            self.pages.addWidget(self._wizard)
            self._wizard.completed.connect(self.show_check)
            self._wizard.last_question_shown.connect(self._prepare_check)
            self._wizard.exited.connect(self.show_start)
        return self._wizard

    @property
    def check_page(self) -> CheckAnswersPage:
        if self._check_page is None:
            from send_routes.ui.check_answers_page import CheckAnswersPage

            self._check_page = CheckAnswersPage()
            self.pages.addWidget(self._check_page)
            self._check_page.back_clicked.connect(self.go_back)
            self._check_page.change_clicked.connect(self.change_answer)
            self._check_page.continue_clicked.connect(self.show_plan)
        return self._check_page

    @property
    def plan_page(self) -> PlanPage:
        return self._plan_parts()[0]

    @property
    def plan_exports(self) -> PlanExports:
        return self._plan_parts()[1]

    def _plan_parts(self) -> tuple[PlanPage, PlanExports]:
        """The plan page and what its print, save and letters buttons do: made together."""
        if self._plan_page is None or self._plan_exports is None:
            from send_routes.ui.plan_exports import PlanExports
            from send_routes.ui.plan_page import PlanPage

            page = self._plan_page = PlanPage(self.content.route_texts, self.terms)
            self.pages.addWidget(page)
            page.back_clicked.connect(self.show_check)
            page.print_clicked.connect(self.print_plan)
            page.save_pdf_clicked.connect(self.save_pdf)
            page.start_again_clicked.connect(self.start_again)
            self._plan_exports = PlanExports(self.content, page, self)
        return self._plan_page, self._plan_exports

    def _handlers(self) -> dict[str, Any]:
        return {
            "print": self.print_plan,
            "save_pdf": self.save_pdf,
            "start_again": self.start_again,
            "back": self.go_back,
            "next": self.go_next,
            "start_page": self.show_start,
            "find_contact": self.open_directory,
            "glossary": self.open_glossary,
            "bigger": lambda: self.set_text_scale(self.scale + 0.25),
            "smaller": lambda: self.set_text_scale(self.scale - 0.25),
            "normal_size": lambda: self.set_text_scale(1.0),
            "help": self.show_help,
            "quit": self.close,
            "finish_clear": lambda: self.guard.finish_and_clear(),
            "hide_screen": lambda: self.guard.hide_screen(),
            "adviser_area": self.open_adviser_area,
            "lock_cases": lambda: self.adviser_page.lock() if self.adviser_page else None,
        }

    def family_area(self) -> str | None:
        """The council area the family gave, if any, for Find a contact to start with."""
        value = self._wizard.flow.raw.get("local_authority") if self._wizard else None
        return value if isinstance(value, str) else None

    # Pages

    def current_page(self) -> QWidget:
        page = self.pages.currentWidget()
        return page if page is not None else self.start_page

    def _show(self, page: QWidget, title: str) -> None:
        if page not in (self.directory_page, self.glossary_page):
            self._came_from = page
        self.pages.setCurrentWidget(page)
        self.setWindowTitle(f"{title} – {APP_TITLE}")

    def show_start(self) -> None:
        self._show(self.start_page, "Start")
        self.start_page.focus_first()

    def start_wizard(self, preset: dict[str, Any] | None = None) -> None:
        self._show(self.wizard, "Questions")
        self.wizard.start(preset)

    def show_check(self) -> None:
        flow = self.wizard.flow
        self.check_page.show_answers(flow.to_ask(), flow.raw)
        self._show(self.check_page, "Check your answers")
        self.check_page.focus_first()
        QTimer.singleShot(PREPARE_DELAY_MS, self, self._prepare_plan)

    def _prepare_check(self) -> None:
        """Lay out "Check your answers" while the last question is read, so Next is instant."""
        flow = self.wizard.flow
        self.check_page.show_answers(flow.to_ask(), flow.raw)
        self.check_page.ensurePolished()

    def _prepare_plan(self) -> None:
        """Lay the plan out while the person reads their answers, so Continue is instant."""
        from send_routes.core.answers import AnswersError, parse_answers

        if self.pages.currentWidget() is not self.check_page:
            return
        try:
            answers = parse_answers(self.wizard.flow.planning_answers())
        except AnswersError:
            return
        if not self._plan_is_for(answers):
            self._make_plan(answers)
            self.plan_page.ensurePolished()

    def _plan_is_for(self, answers: Answers) -> bool:
        today = self.today or dt.date.today()
        return self.plan is not None and self.plan.answers == answers and self.plan.today == today

    def _make_plan(self, answers: Answers) -> None:
        from send_routes.core.planner import make_plan

        self.plan = make_plan(self.content.guidance, answers, self.today or dt.date.today())
        self.plan_page.show_plan(self.plan)

    def change_answer(self, key: str) -> None:
        self._show(self.wizard, "Questions")
        self.wizard.show_question(key, returning=True)

    def show_plan(self) -> None:
        """Plan from the answers; an answer the contract refuses sends the person back to it."""
        from send_routes.core.answers import AnswersError, parse_answers

        try:
            answers = parse_answers(self.wizard.flow.planning_answers())
        except AnswersError as error:
            keys = [question.key for question in self.wizard.flow.to_ask()]
            key = error.key if error.key in keys else self.wizard.flow.first_key()
            self.change_answer(key)
            page = self.wizard.current_page()
            if page is not None:
                page.show_error(str(error))
            return
        if not self._plan_is_for(answers):
            self._make_plan(answers)
        self._show(self.plan_page, "Your plan")
        self.plan_page.focus_first()

    def start_again(self) -> None:
        self.plan = None
        self.plan_exports.start_again()
        self.wizard.flow.raw.clear()
        self.show_start()

    # Navigation that depends on the page

    def go_back(self) -> None:
        page = self.current_page()
        if page is None or page is self.start_page:
            return
        if page is self._wizard:
            self.wizard.go_back()
        elif page is self._check_page:
            last = self.wizard.flow.to_ask()[-1].key
            self._show(self.wizard, "Questions")
            self.wizard.show_question(last)
        elif page is self._plan_page:
            self.show_check()
        elif page in (self.directory_page, self.glossary_page):
            self._return_from_side_page()

    def _return_from_side_page(self) -> None:
        target = self._came_from
        self.pages.setCurrentWidget(target)
        focus = getattr(target, "focus_first", None) or getattr(target, "focus_current", None)
        if target is self.wizard and self.wizard.current_page() is not None:
            self.wizard.current_page().focus_field()  # type: ignore[union-attr]
        elif callable(focus):
            focus()

    def go_next(self) -> None:
        page = self.current_page()
        if page is self._wizard:
            self.wizard.go_next()
        elif page is self._check_page:
            self.show_plan()
        elif page is self.start_page:
            self.start_wizard()

    # Printing and saving

    def print_plan(self) -> None:
        if self.plan is None:
            self.statusBar().showMessage("Answer the questions first; then you can print the plan.")
            return
        if self.plan_exports.print_plan():
            self.statusBar().showMessage("Your plan was sent to the printer.")

    def save_pdf(self) -> None:
        if self.plan is None:
            self.statusBar().showMessage("Answer the questions first; then you can save the plan.")
            return
        self.plan_exports.save_plan("pdf")
