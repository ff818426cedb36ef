"""The wizard, Check your answers and the plan: made on first use, shown from the session.

The navigator puts a page on screen with its title; everything between the last question
and the plan (checking, planning, refusals, answers files) is here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from send_routes.ui.common import file_dialogs
from send_routes.ui.common.draw_ahead import PREPARE_DELAY_MS, draw_ahead
from send_routes.ui.common.save_dialogs import warn
from send_routes.ui.common.session import Session
from send_routes.ui.common.words import marked, tr
from send_routes.ui.shell.input_watch import input_watch
from send_routes.ui.shell.navigator import Navigator
from send_routes.ui.shell.warm_up import QUIET_MS

ANSWERS_FILTER = marked("Answers files (*.json)")

if TYPE_CHECKING:
    from send_routes.content_store.content import ContentStore
    from send_routes.core.translation import Language
    from send_routes.ui.plan.plan_exports import PlanExports
    from send_routes.ui.plan.plan_page import PlanPage
    from send_routes.ui.wizard.check_answers_page import CheckAnswersPage
    from send_routes.ui.wizard.wizard_view import WizardView


class ClearedBy:
    """Registers a page's own clearing method with the session."""

    def __init__(self, clear: Callable[[], object]) -> None:
        self._clear = clear

    def clear_personal_data(self) -> None:
        self._clear()


class WindowPages(QObject):
    """Makes the main pages when first wanted and adds them to the navigator with what Back
    and Next do on them; each ``*_made`` signal hands one over."""

    wizard_made = Signal(object)
    check_made = Signal(object)
    plan_made = Signal(object)

    def __init__(
        self,
        navigator: Navigator,
        content: Callable[[], ContentStore],
        session: Session,
        window: QWidget,
    ) -> None:
        super().__init__(navigator)
        self._navigator, self._content, self._session, self._window = (
            navigator,
            content,
            session,
            window,
        )
        self.made_wizard: WizardView | None = None
        self.made_check: CheckAnswersPage | None = None
        self.made_plan: PlanPage | None = None
        self._exports: PlanExports | None = None
        #: The session's language, for the printed and saved plan (the window sets it).
        self.language_of: Callable[[], Language | None] = lambda: None

    @property
    def wizard(self) -> WizardView:
        if self.made_wizard is None:
            from send_routes.ui.wizard.wizard_view import WizardView

            wizard = self.made_wizard = WizardView(self._session, self._content().terms)
            self._navigator.add(wizard, back=wizard.go_back, next=wizard.go_next)
            self.wizard_made.emit(self.made_wizard)
        return self.made_wizard

    @property
    def check_page(self) -> CheckAnswersPage:
        if self.made_check is None:
            from send_routes.ui.wizard.check_answers_page import CheckAnswersPage

            page = self.made_check = CheckAnswersPage()
            self._navigator.add(page, back=self.back_to_questions, next=self.show_plan)
            self._session.register("check your answers", page)
            self.check_made.emit(page)
        return self.made_check

    @property
    def plan_page(self) -> PlanPage:
        return self._plan_parts()[0]

    @property
    def plan_exports(self) -> PlanExports:
        return self._plan_parts()[1]

    def _plan_parts(self) -> tuple[PlanPage, PlanExports]:
        """The plan page and what its print, save and letters buttons do: made together."""
        if self.made_plan is None or self._exports is None:
            from send_routes.ui.plan.plan_exports import PlanExports
            from send_routes.ui.plan.plan_page import PlanPage

            content, session = self._content(), self._session
            page = self.made_plan = PlanPage(content.route_texts, content.terms, session)
            self._navigator.add(page, back=self.show_check)
            page.ticks_changed.connect(lambda: session.set_ticks(page.ticks()))
            page.options.child_name.textChanged.connect(session.set_child_name)
            # Draws the session's plan, if there is one yet, with the whole content.
            self._exports = PlanExports(content, page, self._window)
            self._exports.language_of = lambda: self.language_of()
            session.register("letters, names and messages", ClearedBy(self._exports.start_again))
            from send_routes.ui.plan.easy_read_plan import EasyReadPlan

            self._exports.easy_read = EasyReadPlan(content, page, session)
            self.plan_made.emit(page)
        return self.made_plan, self._exports

    def forget_pages(self) -> None:
        """Delete the wizard, Check your answers and the plan, to be made again on first use
        in the language chosen now (the session keeps the answers and the plan)."""
        pages = (self.made_wizard, self.made_check, self.made_plan)
        for name in ("question pages", "check your answers", "plan page"):
            self._session.unregister(name)
        for name in ("easy read plan and reading aloud", "letters, names and messages"):
            self._session.unregister(name)
        for page in pages:
            if page is not None:
                self._navigator.remove(page)
                page.deleteLater()
        self.made_wizard = self.made_check = self.made_plan = None
        self._exports = None

    def show_check(self) -> None:
        self.prepare_check()
        self._navigator.show(self.check_page)
        QTimer.singleShot(PREPARE_DELAY_MS, self, self._prepare_plan)

    def prepare_check(self) -> None:
        """Lay out "Check your answers" while the last question is read, so Next is instant."""
        flow = self._session.flow
        self.check_page.show_answers(flow.read_back(), flow.raw)
        self.check_page.ensurePolished()

    def _prepare_plan(self) -> None:
        """Lay the plan out while the person reads their answers, so Continue is instant."""
        from send_routes.core.answers import AnswersError

        if self._navigator.current() is self.check_page:
            try:
                self._session.make_plan()
            except AnswersError:
                return
            self.plan_page.ensurePolished()
            self._draw_plan_ahead()

    def _draw_plan_ahead(self) -> None:
        """Paint the plan once off screen while Check your answers is still on screen.

        It holds the window up for a moment (a few hundred milliseconds on a slow machine),
        so it waits for a pause in typing, as the warm-up does, and is given up if the person
        has moved on: Continue then shows the plan as it would have anyway.
        """
        if self._navigator.current() is not self.check_page or self.made_plan is None:
            return
        watch = input_watch()
        waited = watch.ms_since_input()
        if waited < QUIET_MS:
            QTimer.singleShot(QUIET_MS - waited, self, self._draw_plan_ahead)
            return
        with watch.paused():  # painting sends no input, only paint and layout events
            draw_ahead(self.made_plan)

    def open_answers(self, answers: Mapping[str, Any]) -> None:
        """Show an answers file at Check your answers, with Continue (the plan) focused."""
        self._session.set_answers(answers)
        self.show_check()
        self.check_page.go.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_answers_file(self) -> None:
        """File > Open answers: a bad file gets the command line's message."""
        from send_routes.core.answers_file import AnswersFileError, read_answers_file

        path = file_dialogs.ask_open_path(self._window, tr("Open answers"), tr(ANSWERS_FILTER))
        if path is None:
            return
        try:
            answers = read_answers_file(path)
        except AnswersFileError as error:
            warn(self._window, "Cannot open these answers", str(error))
            return
        self.open_answers(answers)

    def change_answer(self, key: str) -> None:
        self._navigator.show(self.wizard, focus=False)
        self.wizard.show_question(key, returning=True)

    def back_to_questions(self) -> None:
        """Back from Check your answers: the last question asked."""
        self._navigator.show(self.wizard, focus=False)
        self.wizard.show_question(self._session.flow.to_ask()[-1].key)

    def show_plan(self) -> None:
        """Plan from the answers; an answer the contract refuses sends the person back to it."""
        from send_routes.core.answers import AnswersError

        try:
            self._session.make_plan()
        except AnswersError as error:
            self._show_refused(error.key, str(error))
            return
        self._navigator.show(self.plan_page)

    def show_opened_case(self) -> None:
        """The opened case's plan, or Check your answers when an answer needs changing."""
        from send_routes.core.answers import AnswersError

        try:
            self._session.parse()
        except AnswersError:
            self.show_check()
            return
        self.show_plan()

    def _show_refused(self, key: str | None, message: str) -> None:
        flow = self._session.flow
        keys = [question.key for question in flow.to_ask()]
        self.change_answer(key if key in keys else flow.first_key())
        page = self.wizard.current_page()
        if page is not None:
            page.show_error(message)

    def print_plan(self, say: Callable[[str], object]) -> None:
        if self._session.plan is None:
            say(tr("Answer the questions first; then you can print the plan."))
        elif self.plan_exports.print_plan():
            say(tr("Your plan was sent to the printer."))

    def save_pdf(self, say: Callable[[str], object]) -> None:
        if self._session.plan is None:
            say(tr("Answer the questions first; then you can save the plan."))
        else:
            self.plan_exports.save_plan("pdf")
