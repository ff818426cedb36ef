"""The adviser's case file, as tabs in the unlocked adviser area, and what its buttons do.

Caseload (made once from the decrypted cases at unlock, and again after a save), case log,
reasons for appeal, wording check and papers. The log and the reasons live in the session
(``Session.case_file``) and are saved with the case; everything shown here is cleared
with the session and when the cases lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import AnswersError
from send_routes.core.case_log import (
    LogEntry,
    apply_entry,
    deadline_origins,
    late_arrival,
    with_entry,
    without_entry,
)
from send_routes.core.caseload import make_caseload
from send_routes.core.deadlines import long_date
from send_routes.core.plan import Plan
from send_routes.core.wording_check import check_lines
from send_routes.export.caseload_calendar import caseload_ics, neutral_reference
from send_routes.fileio.atomic import WriteError, write_atomically
from send_routes.fileio.document_text import DocumentError, document_lines
from send_routes.ui.adviser.adviser_case_log import CaseLogPanel
from send_routes.ui.adviser.adviser_caseload import CaseloadPanel
from send_routes.ui.adviser.adviser_papers import PapersPanel, paper_bytes
from send_routes.ui.adviser.adviser_reasons import ReasonsPanel
from send_routes.ui.adviser.adviser_session import AdviserSession
from send_routes.ui.adviser.adviser_wording import WordingPanel
from send_routes.ui.common.session import Session
from send_routes.ui.common.words import marked, tr

PLAN_FILES = marked("Plans (*.docx *.pdf *.txt);;All files (*)")
WORKING_FILES = marked("OpenDocument text (*.odt);;Word document (*.docx)")


class FittingTabs(QTabWidget):
    """Tabs as tall as the one shown, not as the tallest (the reasons are long)."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def _fitted(self, hint: QSize, inner: QSize) -> QSize:
        return QSize(hint.width(), inner.height() + self.tabBar().sizeHint().height() + 8)

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        hint = super().sizeHint()
        return hint if current is None else self._fitted(hint, current.sizeHint())

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        hint = super().minimumSizeHint()
        return hint if current is None else self._fitted(hint, current.minimumSizeHint())


class CaseFileHost(Protocol):
    """What the case file needs of the adviser page: the store, words and file dialogs."""

    session: AdviserSession

    def say(self, text: str, problem: bool = False) -> None: ...

    def ask_open_path(self, title: str, filters: str) -> Path | None: ...

    def ask_save_path(self, title: str, name: str, filters: str) -> Path | None: ...


class CaseFileArea(QWidget):
    """The tabs; ``open_case`` is called with a case id chosen in the caseload."""

    def __init__(
        self,
        host: CaseFileHost,
        work: Session,
        content: ContentStore,
        open_case: Callable[[str], None],
    ) -> None:
        super().__init__()
        self._host, self._work, self._content = host, work, content
        self._today = work.today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = FittingTabs()
        self.tabs.setAccessibleName(tr("The case file"))
        self.caseload = CaseloadPanel()
        self.log = CaseLogPanel()
        self.reasons = ReasonsPanel()
        self.wording = WordingPanel()
        self.papers = PapersPanel()
        # The reasons are long: they scroll in their tab rather than stretch every tab.
        reasons_scroll = QScrollArea()
        reasons_scroll.setWidgetResizable(True)
        reasons_scroll.setFrameShape(QFrame.Shape.NoFrame)
        reasons_scroll.setWidget(self.reasons)
        reasons_scroll.setMinimumHeight(self.fontMetrics().height() * 24)
        for panel, title in (
            (self.caseload, "Caseload"),
            (self.log, "Case log"),
            (reasons_scroll, "Reasons for appeal"),
            (self.wording, "Wording check"),
            (self.papers, "Papers"),
        ):
            self.tabs.addTab(panel, title)
        layout.addWidget(self.tabs)
        self.log.set_kinds(content.case_file.kinds)
        self.reasons.set_content(content.case_file.reasons)
        self.tabs.updateGeometry()
        self._quiet = False
        self.caseload.open_requested.connect(open_case)
        self.caseload.calendar_requested.connect(self.save_calendar)
        self.log.entry_added.connect(self.add_entry)
        self.log.entry_removed.connect(self.remove_entry)
        self.reasons.changed.connect(self._reasons_typed)
        self.reasons.print_requested.connect(lambda: self.save_paper("reasons"))
        self.wording.check_requested.connect(self.check_wording)
        self.wording.open_requested.connect(self.open_plan_file)
        self.wording.save_requested.connect(lambda: self.save_paper("working"))
        self.papers.save_requested.connect(self.save_paper)
        work.case_file_changed.connect(self.show_case_file)
        work.register("case file", self)

    # The caseload

    def refresh_caseload(self) -> None:
        """Every saved case's next deadline, from the cases decrypted at unlock."""
        store = self._host.session.store
        if store is None or not store.is_unlocked:
            self.caseload.clear()
            return
        cases = [(s.id, s.title, c) for s, c in store.contents()]
        self.caseload.show_caseload(make_caseload(cases, self._content.guidance, self._today()))

    def save_calendar(self, use_titles: bool) -> None:
        store = self._host.session.store
        if store is None or not store.is_unlocked:
            return
        path = self._host.ask_save_path(
            tr("Save every deadline as a calendar"), "caseload.ics", tr("Calendar (*.ics)")
        )
        if path is None:
            return
        cases = [(s.id, s.title, c) for s, c in store.contents()]
        data = caseload_ics(cases, self._content.guidance, self._today(), use_titles)
        self._write(path, data, "the calendar")

    # The log and the reasons

    def show_case_file(self) -> None:
        if self._quiet:
            return
        self.log.show_entries(self._work.case_file.log)
        self.reasons.show_reasons(self._work.case_file.reasons)

    def add_entry(self, entry: object) -> None:
        """Keep ``entry`` in the log; a letter the plan uses fills its date in the answers."""
        if not isinstance(entry, LogEntry):
            return
        kinds = self._content.case_file.kinds
        log = with_entry(self._work.case_file.log, entry)
        kind = self._content.case_file.kind(entry.kind)
        key = kind.answer if kind else ""
        fills = {k: v for k, v in apply_entry({}, log, kinds).items() if k == key}
        self._work.set_case_file(replace(self._work.case_file, log=log), fills)
        words = [f"Added to the log: {kind.label if kind else entry.kind}."]
        if fills and entry.dated:
            label = self._content.guidance.from_labels.get(key, key)
            words.append(f"The answers now have {label}: {long_date(entry.dated)}.")
            words.extend(self._counted_from_it(entry))
        late = late_arrival(entry, self._content.case_file.late)
        if late:
            words.append(late)
        self.log.say(" ".join(words), problem=bool(late))

    def _counted_from_it(self, entry: object) -> list[str]:
        plan = self._plan()
        if plan is None:
            return ["Answer the remaining questions to see the plan's dates."]
        kinds = self._content.case_file.kinds
        origins = deadline_origins(plan.deadlines, self._work.case_file.log, kinds)
        return [
            f"{d.label}: {long_date(d.date)}." for d in plan.deadlines if origins.get(d.id) == entry
        ]

    def remove_entry(self, entry_id: str) -> None:
        log = without_entry(self._work.case_file.log, entry_id)
        self._work.set_case_file(replace(self._work.case_file, log=log))
        self.log.say(tr("Removed from the log. The answers keep their dates: change them there."))

    def _reasons_typed(self) -> None:
        self._quiet = True
        try:
            self._work.set_case_file(replace(self._work.case_file, reasons=self.reasons.reasons()))
        finally:
            self._quiet = False

    # The wording check

    def check_wording(self) -> None:
        findings = check_lines(self.wording.lines(), self._content.case_file.wording)
        self.wording.show_findings(findings)

    def open_plan_file(self) -> None:
        path = self._host.ask_open_path(tr("Open a plan to check"), tr(PLAN_FILES))
        if path is None:
            return
        try:
            lines = document_lines(path)
        except DocumentError as error:
            self.wording.summary.setText(str(error))
            return
        self.wording.text.setPlainText("\n".join(lines))
        self.check_wording()

    # Papers

    def _plan(self) -> Plan | None:
        try:
            return self._work.make_plan()
        except AnswersError:
            return None

    def save_paper(self, which: str) -> None:
        plan = self._plan()
        reference = self._reference()
        made = paper_bytes(which, self._work, self._content, plan, reference, self.wording.lines())
        if isinstance(made, str):
            self._host.say(made, problem=True)
            return
        name, filters, render = made
        path = self._host.ask_save_path(tr("Save"), name, filters)
        if path is not None:
            self._write(path, render(path.suffix.lower().lstrip(".")), "the file")

    def _reference(self) -> str:
        case_id = self._host.session.open_case
        return neutral_reference(case_id) if case_id else ""

    def _write(self, path: Path, data: bytes, what: str) -> None:
        try:
            write_atomically(path, data)
        except WriteError as error:
            self._host.say(str(error), problem=True)
            return
        self._host.say(tr("Saved {what} to {path}.").format(what=what, path=path))

    # Forgetting

    def clear_personal_data(self) -> None:
        for panel in (self.caseload, self.log, self.reasons, self.wording):
            panel.clear()
