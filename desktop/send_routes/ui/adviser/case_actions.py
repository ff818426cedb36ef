"""The saved cases' buttons in the adviser area: save, open, rename, delete, export, import.

A damaged case (one that cannot be decrypted) can only be exported as it is, still
encrypted, or deleted; opening it says so. Every failure is said on the page in words.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from send_routes.core.bidi import isolate
from send_routes.ui.adviser.adviser_session import AdviserSession
from send_routes.ui.adviser.cases_panel import CasesPanel
from send_routes.ui.common.session import Session
from send_routes.ui.common.words import marked, tr
from send_routes.user_store.cases import (
    CaseError,
    CaseFileError,
    CaseStore,
    PassphraseChanged,
    StorageError,
    WrongPassphrase,
)

PROBLEMS = (StorageError, CaseError, CaseFileError, WrongPassphrase, OSError)
CASE_FILTER = marked("SEND Routes case files (*.sendcase)")
RAW_FILTER = marked("Damaged case, still encrypted (*.json)")
DAMAGED_HELP = marked(
    "This case cannot be opened. Every other case is safe. You can export it as it is "
    "(still encrypted, for someone who can examine it) or delete it."
)


class CaseHost(Protocol):
    """What the case buttons need of the page: the user database, words and dialogs."""

    session: AdviserSession

    def say(self, text: str, problem: bool = False) -> None: ...

    def ask_text(
        self, title: str, label: str, text: str = "", secret: bool = False
    ) -> str | None: ...

    def confirm(self, question: str) -> bool: ...

    def ask_new_passphrase(self, text: str, again: Callable[[], None] | None) -> None: ...

    def ask_open_path(self, title: str, filters: str) -> Path | None: ...

    def ask_save_path(self, title: str, name: str, filters: str) -> Path | None: ...


class CaseActions:
    """Carries out the cases panel's buttons on the store, between it and the session.

    ``work`` is the family's session (saved from, and restored into); ``opened`` is called
    once a case has been opened into it.
    """

    def __init__(
        self, host: CaseHost, cases: CasesPanel, work: Session, opened: Callable[[], None]
    ) -> None:
        self._host = host
        self.cases = cases
        self._work = work
        self._opened = opened
        cases.save_new.clicked.connect(self.save_new)
        cases.update_open.clicked.connect(self.update_open)
        cases.searched.connect(lambda _text: self.refresh())
        cases.case_list.itemActivated.connect(lambda _item: self.open_chosen())
        cases.open_button.clicked.connect(self.open_chosen)
        cases.rename_button.clicked.connect(self.rename_chosen)
        cases.delete_button.clicked.connect(self.delete_chosen)
        cases.export_button.clicked.connect(self.export_chosen)
        cases.import_button.clicked.connect(self.import_file)

    def refresh(self) -> None:
        store = self._host.session.store
        if store is None or not store.is_unlocked:
            return
        text = self.cases.search_box.text()
        try:
            found = store.search(text) if text.strip() else store.list_cases()
            problems = store.problems()
        except PROBLEMS as error:
            self._problem(error)
            return
        self.cases.show_cases(found, text, problems)

    def _problem(self, error: Exception, again: Callable[[], None] | None = None) -> None:
        """Say what went wrong; when another copy changed the passphrase, ask for the new
        one and do ``again`` once it is typed (the case on screen is kept until then)."""
        if isinstance(error, PassphraseChanged):
            self._host.ask_new_passphrase(str(error), again)
        else:
            self._host.say(str(error), problem=True)

    def _store_call(
        self, done: str, action: object, *args: object, again: Callable[[], None] | None = None
    ) -> object:
        """Run a case store method; say ``done`` (with ``{}`` as the result) or the problem."""
        try:
            result = action(*args)  # type: ignore[operator]
        except PROBLEMS as error:
            self._problem(error, again)
            return None
        self._host.say(done.format(result))
        self.refresh()
        return result if result is not None else True

    def save_new(self) -> None:
        store = self._host.session.store
        if store is None:
            return
        title = self.cases.title_box.text().strip() or "Untitled case"
        content = self._work.to_case()
        case_id = self._store_call(
            f"Saved as a new case: {isolate(title)}.",
            store.save,
            None,
            content,
            title,
            again=self.save_new,
        )
        if isinstance(case_id, str):
            self._host.session.open_case = case_id
            self.cases.show_open(title)

    def update_open(self) -> None:
        store, case_id = self._host.session.store, self._host.session.open_case
        if store is None or case_id is None:
            return
        content = self._work.to_case()
        title = self.cases.title_box.text().strip() or None
        self._store_call(
            "Saved the changes to the open case.",
            store.save,
            case_id,
            content,
            title,
            again=self.update_open,
        )
        if title:
            self.cases.show_open(title)

    def open_chosen(self) -> None:
        case_id = self.cases.chosen_id()
        if case_id is None:
            return
        if self.cases.chosen_is_damaged():
            self._host.say(tr(DAMAGED_HELP), problem=True)
            return
        self.open_case(case_id)

    def open_case(self, case_id: str) -> None:
        """Open a case into the session by its id (the list's choice, or the caseload's)."""
        store = self._host.session.store
        if store is None:
            return
        try:
            content, summary = store.load(case_id), store.summary(case_id)
        except PROBLEMS as error:
            self._problem(error)
            return
        self._host.session.open_case = case_id
        self.cases.title_box.setText(summary.title)
        self._work.restore(content)
        self.cases.notes.setPlainText(self._work.notes)
        self.cases.show_open(summary.title)
        self._host.say(tr("Opened {value}.").format(value=isolate(summary.title) or "the case"))
        self._opened()

    def _title(self, store: CaseStore, case_id: str) -> str | None:
        """The case's title, or None once the problem is said (or the passphrase asked)."""
        try:
            return store.summary(case_id).title
        except PROBLEMS as error:
            self._problem(error)
            return None

    def rename_chosen(self) -> None:
        store, case_id = self._host.session.store, self.cases.chosen_id()
        if store is None or case_id is None:
            return
        old = self._title(store, case_id)
        if old is None:
            return
        title = self._host.ask_text(tr("Rename the case"), tr("New title"), old)
        if title:
            self._store_call(f"Renamed to {isolate(title)}.", store.rename, case_id, title)
            if case_id == self._host.session.open_case:
                self.cases.show_open(title)

    def delete_chosen(self) -> None:
        store, case_id = self._host.session.store, self.cases.chosen_id()
        if store is None or case_id is None:
            return
        title = (
            "this damaged case" if self.cases.chosen_is_damaged() else self._title(store, case_id)
        )
        if title is None:
            return
        title = isolate(title) or "this untitled case"  # a typed title: see core/bidi.py
        if not self._host.confirm(f"Delete {title}? It cannot be brought back."):
            return
        if self._store_call(f"Deleted {title}.", store.delete, case_id) and (
            case_id == self._host.session.open_case
        ):
            self._host.session.open_case = None
            self.cases.show_open(None)

    def export_chosen(self) -> None:
        store, case_id = self._host.session.store, self.cases.chosen_id()
        if store is None or case_id is None:
            return
        if self.cases.chosen_is_damaged():
            path = self._host.ask_save_path(
                tr("Export the damaged case"), "damaged case.json", tr(RAW_FILTER)
            )
            if path is not None:
                self._store_call(
                    f"Exported the damaged case to {isolate(str(path))}.",
                    store.export_raw,
                    case_id,
                    path,
                )
            return
        secret = self._host.ask_text(
            tr("Export the case"), tr("A passphrase for the exported file"), "", True
        )
        if not secret:
            return
        path = self._host.ask_save_path(tr("Export the case"), "case.sendcase", tr(CASE_FILTER))
        if path is not None:
            self._store_call(
                f"Exported to {isolate(str(path))}.", store.export_case, case_id, path, secret
            )

    def import_file(self) -> None:
        store = self._host.session.store
        path = self._host.ask_open_path(tr("Import a case"), tr(CASE_FILTER))
        if store is None or path is None:
            return
        secret = self._host.ask_text(
            tr("Import a case"), tr("The passphrase of the file"), "", True
        )
        if secret:
            self._store_call(
                f"Imported the case from {isolate(str(path))}.", store.import_case, path, secret
            )
