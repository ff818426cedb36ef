"""The main window: start page, wizard, check your answers, plan, directory and glossary.

The window composes the pages; the ``Navigator`` moves between them, the ``Session`` owns
what the person gives, the ``SessionGuard`` forgets it, ``SidePages`` makes the pages
opened from anywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from send_routes.ui.common.draw_ahead import PREPARE_DELAY_MS
from send_routes.ui.common.page import Page
from send_routes.ui.common.screen_fit import ScreenFit
from send_routes.ui.common.session import Session
from send_routes.ui.common.words import tr
from send_routes.ui.shell.input_watch import input_watch
from send_routes.ui.shell.language_choice import (
    ChosenLanguage,
    LanguagePicker,
    add_language_choice,
)
from send_routes.ui.shell.navigator import APP_TITLE, Navigator, PageStack
from send_routes.ui.shell.page_reading import PageReading
from send_routes.ui.shell.session_guard import SessionGuard
from send_routes.ui.shell.side_pages import SidePages
from send_routes.ui.shell.start_page import StartPage
from send_routes.ui.shell.warm_up import WarmUp
from send_routes.ui.shell.window_language import WindowLanguage
from send_routes.ui.shell.window_look import WindowLook, scroll_to_focus
from send_routes.ui.shell.window_menus import build_menus
from send_routes.ui.shell.window_pages import WindowPages

if TYPE_CHECKING:
    from send_routes.content_store.content import ContentStore
    from send_routes.core.answers import Answers
    from send_routes.core.plan import Plan
    from send_routes.ui.adviser.adviser_page import AdviserPage
    from send_routes.ui.common.help_dialog import HelpDialog
    from send_routes.ui.plan.plan_exports import PlanExports
    from send_routes.ui.plan.plan_page import PlanPage
    from send_routes.ui.wizard.check_answers_page import CheckAnswersPage
    from send_routes.ui.wizard.wizard_view import WizardView

__all__ = ["APP_TITLE", "MainWindow"]


def family_content_label(content: ContentStore) -> str:
    """The content's release and review date, without the build hash (that is in About)."""
    if not content.reviewed_on:
        return f"{content.release}, not reviewed"
    from send_routes.core.deadlines import long_date

    reviewed = long_date(dt.date.fromisoformat(content.reviewed_on))
    return f"{content.release}, reviewed on {reviewed}"


class MainWindow(QMainWindow):
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
        self.session = Session(lambda: self.content.questions, self._plan_from, self._today, self)
        self.help_dialog: HelpDialog | None = None
        self.pages = PageStack()
        self.setCentralWidget(self.pages)
        self.start_page = StartPage()
        self.navigator = Navigator(self.pages, self, self.start_page)
        self.navigator.add(self.start_page, next=lambda: self.start_wizard())
        self.parts = WindowPages(self.navigator, lambda: self.content, self.session, self)
        self.side = SidePages(
            self.navigator, lambda: self.content, self.session, self._adviser_made
        )
        self._connect_start_page()
        self.look = WindowLook(self.statusBar().showMessage, self._theme_chosen, self)
        self.session.register("text size and colours", self.look)
        self.language = ChosenLanguage(self, lambda code: self.content.language(code))
        self.session.register("language chosen", self.language)
        self.parts.language_of = lambda: self.language.language  # the plan prints in it
        self.actions_ = build_menus(self, self._handlers(), self.set_theme)
        watch = input_watch()
        self.guard = SessionGuard(self.session, self, self.navigator, watch, self._busy)
        self.guard.start_requested.connect(self.show_start)
        self.reading = PageReading(
            self, self.navigator, self.session, self.guard.blank_page, self._spoken_words
        )
        self.language_picker: LanguagePicker | None = None
        self.window_language = WindowLanguage(self, lambda: self.language_picker)
        QApplication.instance().focusChanged.connect(scroll_to_focus)  # type: ignore[union-attr]
        self.screen_fit = ScreenFit(self)  # 960x760 or the available screen, whichever is less
        self.look.apply()
        self.show_start()
        self.warm_up = WarmUp(self._warm_up_steps(), self.isVisible, watch.ms_since_input, self)
        self.warm_up.start(PREPARE_DELAY_MS)

    def _connect_start_page(self) -> None:
        self.start_page.start_clicked.connect(lambda: self.start_wizard())
        self.start_page.adviser_clicked.connect(lambda: self.start_wizard({"role": "adviser"}))
        self.start_page.adviser_area_clicked.connect(self.open_adviser_area)
        self.start_page.contacts_clicked.connect(self.open_directory)
        self.start_page.glossary_clicked.connect(self.open_glossary)
        self.parts.wizard_made.connect(self._connect_wizard)
        self.parts.check_made.connect(self._connect_check)
        self.parts.plan_made.connect(self._connect_plan)

    def _connect_wizard(self, wizard: WizardView) -> None:
        wizard.completed.connect(self.show_check)
        wizard.last_question_shown.connect(self.parts.prepare_check)
        wizard.exited.connect(self.show_start)
        wizard.currentChanged.connect(lambda _index: self.reading.page_changed())

    def _connect_check(self, page: CheckAnswersPage) -> None:
        page.back_clicked.connect(self.go_back)
        page.change_clicked.connect(self.change_answer)
        page.continue_clicked.connect(self.show_plan)

    def _connect_plan(self, page: PlanPage) -> None:
        page.back_clicked.connect(self.show_check)
        page.print_clicked.connect(lambda: self.parts.print_plan(self.statusBar().showMessage))
        page.save_pdf_clicked.connect(lambda: self.parts.save_pdf(self.statusBar().showMessage))
        page.start_again_clicked.connect(self.start_again)
        easy_read = self.parts.plan_exports.easy_read
        if easy_read is not None:
            self.reading.read_with(page, easy_read)
            easy_read.switched.connect(lambda _on: self.reading.page_redrawn(page))

    def _adviser_made(self, page: AdviserPage) -> None:
        page.back_clicked.connect(self.show_start)
        page.questions_clicked.connect(lambda: self.start_wizard({"role": "adviser"}))
        page.case_opened.connect(self.parts.show_opened_case)

    def _warm_up_steps(self) -> Iterator[object]:
        # The planner (and the rule engine it brings) is imported after the first paint.
        from send_routes.core.planner import standing_note

        yield self.content
        self.start_page.show_content_version(family_content_label(self.content))
        self.start_page.show_notice(standing_note(self.content.guidance, "reforms_not_law"))
        choices = self.content.languages()
        self.language_picker = add_language_choice(
            self.start_page.content, choices, self.language, self.content.language
        )
        yield self.wizard
        yield self.check_page
        yield self.plan_page
        yield self.side.directory()

    # Parts made on first use

    @property
    def content(self) -> ContentStore:
        if self._content is None:
            source = self._content_source
            assert callable(source)
            self._content = source()
        return self._content

    def _spoken_words(self) -> dict[str, str]:
        """How abbreviations are said aloud ("EHC" as "E H C"): content, read on first Listen."""
        from send_routes.export.easy_read_text import easy_content

        return dict(easy_content(self.content).spoken_words)

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def _plan_from(self, answers: Answers, today: dt.date) -> Plan:
        from send_routes.core.planner import make_plan

        return make_plan(self.content.guidance, answers, today)

    @property
    def wizard(self) -> WizardView:
        return self.parts.wizard

    @property
    def check_page(self) -> CheckAnswersPage:
        return self.parts.check_page

    @property
    def plan_page(self) -> PlanPage:
        return self.parts.plan_page

    @property
    def plan_exports(self) -> PlanExports:
        return self.parts.plan_exports

    def _handlers(self) -> dict[str, Any]:
        return {
            "print": lambda: self.parts.print_plan(self.statusBar().showMessage),
            "save_pdf": lambda: self.parts.save_pdf(self.statusBar().showMessage),
            "start_again": self.start_again,
            "back": self.go_back,
            "next": self.go_next,
            "start_page": self.show_start,
            "find_contact": self.open_directory,
            "glossary": self.open_glossary,
            "bigger": lambda: self.look.step_text_scale(1),
            "smaller": lambda: self.look.step_text_scale(-1),
            "normal_size": self.look.reset_text_scale,
            "help": self.show_help,
            "about": self.show_about,
            "quit": self.close,
            "finish_clear": lambda: self.guard.finish_and_clear(),
            "hide_screen": lambda: self.guard.hide_screen(),
            "adviser_area": self.open_adviser_area,
            "open_answers": self.choose_answers_file,
            "lock_cases": lambda: self.side.adviser_page.lock() if self.side.adviser_page else None,
        }

    # Look and help

    def set_text_scale(self, scale: float) -> None:
        self.look.set_text_scale(scale)

    def set_theme(self, name: str) -> None:
        self.look.set_theme(name)

    def _theme_chosen(self, name: str) -> None:
        self.actions_.themes[name].setChecked(True)

    def show_about(self) -> None:
        """Help > About: the app's version and the exact content build (its hash)."""
        from PySide6.QtWidgets import QMessageBox

        from send_routes import __version__

        QMessageBox.about(
            self,
            tr("About {app_title}").format(app_title=APP_TITLE),
            tr("{app_title} version {version}.\nContent version {version_label}.").format(
                app_title=APP_TITLE, version=__version__, version_label=self.content.version_label
            ),
        )

    def show_help(self) -> None:
        from send_routes.ui.common.help_dialog import HelpDialog

        self.help_dialog = HelpDialog(self.navigator.current().help_html(), self)
        self.help_dialog.show()

    # Pages

    def current_page(self) -> Page:
        return self.navigator.current()

    def _busy(self) -> bool:
        """Anything worth a warning before the idle time clears it."""
        unlocked = self.side.adviser_page is not None and self.side.adviser_page.is_unlocked()
        hidden = self.guard.is_hidden() and bool(self.session.answers)
        return (
            unlocked
            or hidden
            or self.current_page() not in (self.start_page, self.guard.blank_page)
        )

    def show_start(self) -> None:
        self.navigator.show(self.start_page)

    def open_directory(self) -> None:
        self.side.open_directory()

    def open_glossary(self, term: str = "") -> None:
        self.side.open_glossary(term)

    def open_adviser_area(self) -> None:
        self.side.open_adviser_area()

    def start_wizard(self, preset: dict[str, Any] | None = None) -> None:
        self.navigator.show(self.wizard, focus=False)
        self.wizard.start(preset)

    def show_check(self) -> None:
        self.parts.show_check()

    def show_plan(self) -> None:
        self.parts.show_plan()

    def change_answer(self, key: str) -> None:
        self.parts.change_answer(key)

    def open_answers(self, answers: Mapping[str, Any]) -> None:
        self.parts.open_answers(answers)

    def choose_answers_file(self) -> None:
        self.parts.choose_answers_file()

    def start_again(self) -> None:
        """Ask first, as Finish and clear does; then forget the answers and the plan."""
        asked = "Forget your answers and your plan, and go back to the start?"
        if self.session.answers and not self.guard.ask(
            tr("Start again"), asked, tr("&Start again")
        ):
            return
        self.plan_exports.start_again()
        self.session.set_answers({})
        self.session.set_plan(None)
        self.show_start()

    # Back and Next: what they do depends on the page (the navigator knows)

    def go_back(self) -> None:
        self.navigator.back()

    def go_next(self) -> None:
        self.navigator.next()
