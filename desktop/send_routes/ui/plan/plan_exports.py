"""What the plan page's buttons do: preview, print, save as PDF or ODT, calendar, letters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from send_routes.content_store.content import ContentStore
from send_routes.core.bidi import isolate
from send_routes.core.letters import Letter, LetterTemplate, fill_letter, letter_values, suggested
from send_routes.core.plan import Plan
from send_routes.core.translation import Language
from send_routes.export.calendar import deadlines_ics
from send_routes.export.documents import (
    plan_document,
    plan_footer,
    plan_title,
    save_letter,
    save_plan_view,
)
from send_routes.export.plan_context import plan_view
from send_routes.fileio.atomic import WriteError, write_atomically
from send_routes.ui.common.save_dialogs import ask_save_path, warn
from send_routes.ui.common.words import marked, tr
from send_routes.ui.plan.plan_page import PlanPage

if TYPE_CHECKING:
    from send_routes.ui.common import printing
    from send_routes.ui.plan.easy_read_plan import EasyReadPlan
    from send_routes.ui.plan.letters_page import LettersDialog


KIND_NAMES = {"pdf": "a PDF", "odt": "a document (ODT)", "txt": "a text file"}
NO_PLAN = marked("Answer the questions first; then you can print or save the plan.")


class PlanExports(QObject):
    """Carries out the plan page's print and save buttons; nothing is kept but in memory."""

    def __init__(self, content: ContentStore, page: PlanPage, window: QWidget) -> None:
        super().__init__(window)
        self.content = content
        self.page = page
        self.window = window
        self.letters: LettersDialog | None = None
        self.preview: printing.PreviewDialog | None = None
        #: The Easy Read switch: while on, print and save use the Easy Read plan.
        self.easy_read: EasyReadPlan | None = None
        #: The session's language for the printed and saved plan (None: English).
        self.language_of: Callable[[], Language | None] = lambda: None
        # The page shows, and this prints, one view built with the whole content.
        page.set_view_maker(lambda plan, log: plan_view(plan, content, log))
        page.preview_clicked.connect(self.show_preview)
        page.save_odt_clicked.connect(lambda: self.save_plan("odt"))
        page.letters_clicked.connect(self.open_letters)
        page.calendar_clicked.connect(self.save_calendar)

    def plan_job(self) -> printing.PrintJob | None:
        from send_routes.ui.common import printing  # Qt print support: loaded on first use

        view, options = self.page.view, self.page.document_options()
        if view is None:
            return None
        if self.easy_read is not None and (easy := self.easy_read.print_job(options)):
            return easy
        options = replace(options, language=self.language_of())
        return printing.PrintJob(
            plan_title(options),
            options.paper,
            plan_footer(options),
            lambda: plan_document(view, options),
        )

    def show_preview(self) -> None:
        from send_routes.ui.common import printing  # Qt print support: loaded on first use

        job = self.plan_job()
        if job is None:
            return
        self.preview = printing.PreviewDialog(job, self.window)
        self.preview.open()

    def print_plan(self) -> bool:
        """Print the plan (False when there is none yet or the person cancels)."""
        from send_routes.ui.common import printing  # Qt print support: loaded on first use

        job = self.plan_job()
        if job is None:
            self.page.show_saved(tr(NO_PLAN), problem=True)
            return False
        return printing.print_job(job, self.window, lambda: self.save_plan("pdf"))

    def save_plan(self, kind: str) -> None:
        view = self.page.view
        if view is None:
            self.page.show_saved(tr(NO_PLAN), problem=True)
            return
        options = self.page.document_options()
        easy = self.easy_read.writer(kind, options) if self.easy_read is not None else None
        options = replace(options, language=self.language_of())
        self._save(
            f"Save your plan as {KIND_NAMES[kind]}",
            f"plan-easy-read.{kind}" if easy else f"plan.{kind}",
            easy or (lambda path: save_plan_view(view, options, path, kind)),
            "Your plan was",
            self.page.show_saved,
        )

    def save_calendar(self, ids: list[str] | None = None) -> None:
        plan = self.page.plan
        if plan is None or not plan.deadlines:
            return
        name = "deadlines.ics" if ids is None else f"deadline-{ids[0]}.ics"
        what = "The dates were" if ids is None else "The date was"
        self._save(
            "Save the dates as a calendar file",
            name,
            lambda path: write_atomically(path, deadlines_ics(plan, ids)),
            what,
            self.page.show_saved,
            "\nOpen that file to add the dates to your calendar.",
        )

    def _save(
        self,
        title: str,
        file_name: str,
        write: Callable[[Path], None],
        what: str,
        report: Callable[[str, bool], None],
        after: str = "",
        parent: QWidget | None = None,
    ) -> bool:
        """Ask where, write, then say where it went or, in plain words, why it did not."""
        parent = parent or self.window
        path = ask_save_path(parent, title, file_name)
        if path is None:
            return False
        try:
            write(path)
        except (WriteError, OSError) as error:
            message = f"{what} not saved. {error}"
            report(message, True)
            warn(parent, "Not saved", message)
            return False
        report(f"{what} saved as {isolate(str(path))}{after}", False)  # a typed file name
        return True

    # Letters

    def open_letters(self) -> None:
        """Show the letters for this plan; edits made earlier are still there."""
        plan = self.page.plan
        if plan is None:
            return
        if self.letters is None:
            from send_routes.ui.plan.letters_page import LettersDialog

            self.letters = LettersDialog(self.window)
            self.letters.page.print_clicked.connect(self.print_letter)
            self.letters.page.save_clicked.connect(self.save_letter)
        ids = [template.id for template in suggested(self.content.letters, plan.answers)]
        self.letters.page.show_letters(self.content.letters, ids, self._letter_maker(plan))
        self.letters.show()
        self.letters.raise_()
        self.letters.activateWindow()
        self.letters.page.focus_first()

    def _letter_maker(self, plan: Plan) -> Callable[[LetterTemplate, str], Letter]:
        phrases = self.content.guidance.phrases
        issues = self.content.option_labels("issues")

        def make(template: LetterTemplate, your_name: str) -> Letter:
            names = {"your_name": your_name, "child_name": self.page.options.first_name()}
            values = letter_values(plan.answers, phrases, issues, plan.today, names)
            return fill_letter(template, values)

        return make

    def print_letter(self) -> bool:
        from send_routes.ui.common import printing  # Qt print support: loaded on first use

        if self.letters is None or self.letters.page.letter is None:
            return False
        page = self.letters.page
        assert page.letter is not None
        job = printing.letter_job(page.letter, page.text(), self.page.document_options().paper)
        return printing.print_job(job, self.letters, lambda: self.save_letter("pdf"))

    def save_letter(self, kind: str) -> None:
        if self.letters is None or self.letters.page.letter is None:
            return
        page = self.letters.page
        letter, body = page.letter, page.text()
        assert letter is not None
        paper = self.page.document_options().paper
        self._save(
            f"Save the letter as {KIND_NAMES[kind]}",
            f"letter-{letter.id}.{kind}",
            lambda path: save_letter(letter, path, kind, body=body, paper=paper),
            "Your letter was",
            page.show_status,
            parent=self.letters,
        )

    # Forgetting

    def start_again(self) -> None:
        """Forget the letters and their edits, the names and the messages.

        Called on Start again, and (as a holder registered with the session) on every clear.
        """
        if self.letters is not None:
            self.letters.close()
            self.letters.deleteLater()
            self.letters = None
        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
            self.preview = None
        self.page.options.clear()
        self.page.saved.hide()
        if self.easy_read is not None:
            self.easy_read.forget()
