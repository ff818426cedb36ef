"""The main window: start page, wizard, check your answers, plan, directory and glossary."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from send_routes.core.answers import Answers, AnswersError, parse_answers
from send_routes.core.plan import Plan
from send_routes.core.planner import make_plan
from send_routes.store.content import ContentStore
from send_routes.ui.check_answers_page import CheckAnswersPage
from send_routes.ui.glossary_text import TermIndex
from send_routes.ui.help_dialog import HelpDialog
from send_routes.ui.plan_exports import PlanExports
from send_routes.ui.plan_page import PlanPage
from send_routes.ui.session_guard import SessionGuard
from send_routes.ui.start_page import StartPage
from send_routes.ui.theme import DEFAULT_THEME, apply_theme
from send_routes.ui.widgets import ScrollingPage
from send_routes.ui.window_menus import build_menus
from send_routes.ui.wizard_view import PREPARE_DELAY_MS, WizardView

if TYPE_CHECKING:
    from send_routes.store.local_contacts import LocalContacts
    from send_routes.ui.adviser_page import AdviserPage

APP_TITLE = "SEND Routes"
SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
SIDE_PAGE_HELP = (
    "<h2>Find a contact</h2><p>Type a name, a service or an area in the search box. "
    "Spelling mistakes are fine. Alt+B goes back to where you were.</p>"
)
GLOSSARY_HELP = (
    "<h2>Glossary</h2><p>Type a word to find what it means. Alt+B goes back to where you were.</p>"
)


class MainWindow(QMainWindow):
    """One window whose pages follow the GOV.UK pattern; ``today`` can be fixed for tests."""

    def __init__(
        self, content: ContentStore, today: dt.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.content = content
        self.today = today
        self.theme = DEFAULT_THEME
        self.scale = 1.0
        self.plan: Plan | None = None
        self.help_dialog: HelpDialog | None = None
        self.terms = TermIndex(content.glossary, content.glossary_aliases)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.start_page = StartPage()
        self.wizard = WizardView(content.questions, self.terms)
        self.check_page = CheckAnswersPage()
        self.plan_page = PlanPage(content.route_texts, self.terms)
        self.plan_exports = PlanExports(content, self.plan_page, self)
        for page in (self.start_page, self.wizard, self.check_page, self.plan_page):
            self.pages.addWidget(page)
        self.directory_page: QWidget | None = None
        self.glossary_page: QWidget | None = None
        self.adviser_page: AdviserPage | None = None
        self.local_contacts: LocalContacts | None = None
        self._came_from: QWidget = self.start_page
        self._connect_pages()
        self.actions_ = build_menus(self, self._handlers(), self.set_theme)
        self.guard = SessionGuard(self)
        QApplication.instance().focusChanged.connect(self._follow_focus)  # type: ignore[union-attr]
        self.resize(960, 760)
        self.apply_look()
        self.show_start()

    def _connect_pages(self) -> None:
        self.start_page.start_clicked.connect(lambda: self.start_wizard())
        self.start_page.adviser_clicked.connect(lambda: self.start_wizard({"role": "adviser"}))
        self.start_page.adviser_area_clicked.connect(self.open_adviser_area)
        self.start_page.contacts_clicked.connect(self.open_directory)
        self.start_page.glossary_clicked.connect(self.open_glossary)
        self.wizard.completed.connect(self.show_check)
        self.wizard.exited.connect(self.show_start)
        self.check_page.back_clicked.connect(self.go_back)
        self.check_page.change_clicked.connect(self.change_answer)
        self.check_page.continue_clicked.connect(self.show_plan)
        self.plan_page.back_clicked.connect(self.show_check)
        self.plan_page.print_clicked.connect(self.print_plan)
        self.plan_page.save_pdf_clicked.connect(self.save_pdf)
        self.plan_page.start_again_clicked.connect(self.start_again)

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

    def _prepare_plan(self) -> None:
        """Lay the plan out while the person reads their answers, so Continue is instant."""
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
        self.plan = make_plan(self.content.guidance, answers, self.today or dt.date.today())
        self.plan_page.show_plan(self.plan)

    def change_answer(self, key: str) -> None:
        self._show(self.wizard, "Questions")
        self.wizard.show_question(key, returning=True)

    def show_plan(self) -> None:
        """Plan from the answers; an answer the contract refuses sends the person back to it."""
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

    def open_directory(self) -> None:
        if self.directory_page is None:
            from send_routes.ui.directory_page import DirectoryPage

            self.directory_page = DirectoryPage(self.content, local=self.local_contacts)
            self.pages.addWidget(self.directory_page)
        self._show(self.directory_page, "Find a contact")
        self.directory_page.focus_search()  # type: ignore[attr-defined]

    def open_adviser_area(self) -> None:
        if self.adviser_page is None:
            from send_routes.ui.adviser_page import AdviserPage

            self.adviser_page = AdviserPage(self)
            self.pages.addWidget(self.adviser_page)
        self._show(self.adviser_page, "Adviser area")
        self.adviser_page.show_page()
        self.adviser_page.focus_first()

    def set_local_contacts(self, local: LocalContacts | None) -> None:
        """Search the adviser's own contacts in Find a contact too (None: stop)."""
        self.local_contacts = local
        self.refresh_directory()

    def refresh_directory(self) -> None:
        if self.directory_page is not None:
            self.directory_page.set_local(self.local_contacts)  # type: ignore[attr-defined]

    def open_glossary(self, term: str = "") -> None:
        if self.glossary_page is None:
            from send_routes.ui.glossary_page import GlossaryPage

            self.glossary_page = GlossaryPage(self.content)
            self.pages.addWidget(self.glossary_page)
        self._show(self.glossary_page, "Glossary")
        if term:
            self.glossary_page.show_term(term)  # type: ignore[attr-defined]
        else:
            self.glossary_page.focus_search()  # type: ignore[attr-defined]

    # Navigation that depends on the page

    def go_back(self) -> None:
        page = self.current_page()
        if page is self.wizard:
            self.wizard.go_back()
        elif page is self.check_page:
            last = self.wizard.flow.to_ask()[-1].key
            self._show(self.wizard, "Questions")
            self.wizard.show_question(last)
        elif page is self.plan_page:
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
        if page is self.wizard:
            self.wizard.go_next()
        elif page is self.check_page:
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

    # Look and help

    def apply_look(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.theme, self.scale)
        # A rich-text label colours its links when its text is set, so set it again
        # (setting the same text is ignored, hence the blank first).
        for label in self.findChildren(QLabel):
            text = label.text()
            if "<a " in text:
                label.setText("")
                label.setText(text)

    def set_text_scale(self, scale: float) -> None:
        self.scale = min(SCALES, key=lambda step: abs(step - scale))
        self.apply_look()
        self.statusBar().showMessage(f"Text size {round(self.scale * 100)}%")

    def set_theme(self, name: str) -> None:
        self.theme = name
        self.actions_.themes[name].setChecked(True)
        self.apply_look()

    def show_help(self) -> None:
        page = self.current_page()
        if page is self.wizard:
            page = self.wizard.current_page() or page
        help_html = getattr(page, "help_html", None)
        if callable(help_html):
            text = help_html()
        else:
            text = SIDE_PAGE_HELP if page is self.directory_page else GLOSSARY_HELP
        self.help_dialog = HelpDialog(text, self)
        self.help_dialog.show()

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the page so the widget with keyboard focus is in view."""
        widget = new
        while widget is not None and new is not None:
            if isinstance(widget, ScrollingPage) and widget.isAncestorOf(new):
                widget.ensureWidgetVisible(new)
                return
            widget = widget.parentWidget()
