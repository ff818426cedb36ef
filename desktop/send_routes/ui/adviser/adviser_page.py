"""The adviser area: a passphrase, saved cases (encrypted), and the centre's own contacts.

Nothing is opened or written until the adviser uses this page. The user database is
``paths.user_db_file()``; the page shows its folder. Every failure (a wrong passphrase, a
read-only or full folder, a damaged file) is said on the page in plain words.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from send_routes.content_store.content import ContentStore
from send_routes.ui.adviser.adviser_case_file import CaseFileArea
from send_routes.ui.adviser.adviser_session import AdviserSession
from send_routes.ui.adviser.case_actions import PROBLEMS, CaseActions
from send_routes.ui.adviser.cases_panel import CasesPanel
from send_routes.ui.adviser.content_pack_panel import ContentPackPanel
from send_routes.ui.adviser.local_contacts_panel import LocalContactsPanel
from send_routes.ui.adviser.passphrase_panels import SetUpPanel, UnlockPanel
from send_routes.ui.common import file_dialogs
from send_routes.ui.common.page import spoken_text
from send_routes.ui.common.session import Session
from send_routes.ui.common.widgets import ScrollingPage, button, text_label
from send_routes.ui.common.words import tr
from send_routes.ui.directory.contact_details import area_names
from send_routes.user_store.cases import StorageError, WrongPassphrase
from send_routes.user_store.crypto import KdfParams


class AdviserPage(ScrollingPage):
    """Saved cases and own contacts for advisers; ``ask_*`` and ``confirm`` are dialogs."""

    back_clicked = Signal()
    #: The adviser asked to start the questions for a family.
    questions_clicked = Signal()
    #: A saved case was opened into the session.
    case_opened = Signal()
    #: The adviser's own contacts were opened or closed (a LocalContacts, or None).
    local_contacts_changed = Signal(object)

    def __init__(self, session: Session, content: ContentStore, kdf: KdfParams | None = None):
        super().__init__()
        self.session = AdviserSession(area_names(content), kdf)
        add = self.content.addWidget
        self.back = button(tr("Back"), tr("Back to the start page"), role="link")
        self.back.clicked.connect(self.back_clicked)
        add(self.back, alignment=Qt.AlignmentFlag.AlignLeft)
        add(text_label(tr("Adviser area"), "heading"))
        add(
            text_label(
                tr(
                    "Save the cases of the families you help, encrypted with a passphrase, "
                    "and add your own area's contacts to the directory."
                )
            )
        )
        self.folder = text_label("", "hint")
        add(self.folder)
        self.questions = button(
            tr("Start the questions for a family"),
            tr("Start the questions for a family"),
            tr("The questions, asked of someone helping a family"),
        )
        self.questions.clicked.connect(self.questions_clicked)
        add(self.questions, alignment=Qt.AlignmentFlag.AlignLeft)
        self.message = text_label("", "hint")
        self.message.setAccessibleName(tr("Message"))
        add(self.message)
        #: What to do again once the new passphrase is typed (another copy changed it).
        self._again: Callable[[], None] | None = None
        self.set_up, self.unlock_panel, self.cases = SetUpPanel(), UnlockPanel(), CasesPanel()
        self.contacts = LocalContactsPanel(self)
        self.packs = ContentPackPanel()
        for panel in (self.set_up, self.unlock_panel, self.cases, self.contacts, self.packs):
            add(panel)
        self.finish()
        self.case_actions = CaseActions(self, self.cases, session, self.case_opened.emit)
        self.case_file = CaseFileArea(self, session, content, self.case_actions.open_case)
        self.content.insertWidget(self.content.indexOf(self.cases) + 1, self.case_file)
        cases = self.cases
        for changed in (
            cases.save_new,
            cases.update_open,
            cases.delete_button,
            cases.import_button,
        ):
            changed.clicked.connect(self.case_file.refresh_caseload)
        self._connect()
        session.register("adviser area", self)
        self.contacts.contacts_changed.connect(
            lambda: self.local_contacts_changed.emit(self.session.local)
        )
        self.cases.notes.textChanged.connect(
            lambda: session.set_notes(self.cases.notes.toPlainText())
        )

    def _connect(self) -> None:
        self.set_up.chosen.connect(self.set_passphrase)
        self.unlock_panel.entered.connect(self.unlock)
        self.cases.lock_button.clicked.connect(self.lock)

    # What the page shows

    def say(self, text: str, problem: bool = False) -> None:
        self.message.setProperty("role", "error" if problem else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def show_page(self) -> None:
        """Open the user database if there is one, then show the right panel."""
        self.folder.setText(
            tr("Saved data folder: {parent}").format(parent=self.session.db_path().parent)
        )
        if self.session.store is None and self.session.has_saved_data():
            self._open_store()
        self.update_panels()

    def _open_store(self) -> bool:
        try:
            recovery = self.session.open()
        except StorageError as error:
            self.say(str(error), problem=True)
            return False
        if recovery:
            self.say(recovery, problem=True)
        self.local_contacts_changed.emit(self.session.local)
        return True

    def update_panels(self) -> None:
        store = self.session.store
        set_up = store is not None and store.is_set_up()
        unlocked = self.session.is_unlocked
        self.set_up.setVisible(not set_up)
        self.unlock_panel.setVisible(set_up and not unlocked)
        self.cases.setVisible(unlocked)
        self.case_file.setVisible(unlocked)
        self.contacts.setVisible(unlocked)
        self.case_file.refresh_caseload()
        if unlocked:
            self.refresh_cases()
            self.contacts.refresh()

    def page_title(self) -> str:
        return tr("Adviser area")

    def reading_order(self) -> list[str]:
        return spoken_text(self)

    def focus_first(self) -> None:
        target = self.unlock_panel.box if self.unlock_panel.isVisible() else self.back
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_unlocked(self) -> bool:
        return self.session.is_unlocked

    def refresh_cases(self) -> None:
        """List the saved cases again (those matching the search, if any)."""
        self.case_actions.refresh()

    # Passphrase

    def set_passphrase(self, passphrase: str) -> None:
        problem = self.set_up.problem()
        if problem:
            self.say(problem, problem=True)
            return
        if not self._open_store() or self.session.store is None:
            return
        try:
            self.session.store.set_passphrase(passphrase)
        except PROBLEMS as error:
            self.say(str(error), problem=True)
            return
        self.set_up.clear()
        self.say(tr("Passphrase set. Cases you save are encrypted with it."))
        self.update_panels()
        self._focus_unlocked()

    def unlock(self, passphrase: str) -> None:
        store = self.session.store
        if store is None:
            return
        try:
            store.unlock(passphrase)
        except WrongPassphrase:
            self.say(tr("That passphrase is not right. Nothing has changed: try again."), True)
            self.unlock_panel.box.selectAll()
            return
        self.unlock_panel.clear()
        self.say(tr("Saved cases unlocked."))
        self.update_panels()
        self._focus_unlocked()
        again, self._again = self._again, None
        if again is not None:
            again()

    def ask_new_passphrase(self, text: str, again: Callable[[], None] | None) -> None:
        """Another copy changed the passphrase: show the unlock box, keeping the case on
        screen (title, notes, the open case) to save with ``again`` once it is typed."""
        self._again = again
        self.say(text, problem=True)
        self.update_panels()
        self.unlock_panel.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_unlocked(self) -> None:
        """Leave the passphrase boxes (now hidden) for the first thing an adviser can do."""
        self.cases.lock_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def lock(self) -> None:
        self._again = None
        self.session.lock()
        self.cases.clear()
        self.unlock_panel.clear()
        self.say(tr("Saved cases locked."))
        self.update_panels()

    def clear_personal_data(self) -> None:
        """Lock, and forget the open case, its notes and every search (Finish and clear)."""
        self.lock()
        self.set_up.clear()
        self.say("")

    # Dialogs (tests replace these)

    def ask_text(self, title: str, label: str, text: str = "", secret: bool = False) -> str | None:
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        value, ok = QInputDialog.getText(self, title, label, mode, text)
        return value if ok else None

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, tr("Are you sure?"), question)
        return answer == QMessageBox.StandardButton.Yes

    def ask_save_path(self, title: str, name: str, filters: str) -> Path | None:
        return file_dialogs.ask_save_path(self, title, name, filters)

    def ask_open_path(self, title: str, filters: str) -> Path | None:
        return file_dialogs.ask_open_path(self, title, filters)

    def help_html(self) -> str:
        return tr(
            "<h2>Adviser area</h2><p>Choose a passphrase once; it encrypts every saved case. "
            "There is no way to recover a forgotten passphrase. Unlock to save the session "
            "as a case, open, rename, delete, export or import cases, and to add your own "
            "area's contacts. Lock (Control+L) when you step away; the cases also lock when "
            "nobody has used the app for a while.</p>"
        )
