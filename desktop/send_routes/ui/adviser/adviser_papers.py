"""The papers tab: the chronology, appeal checklist, handover sheet; what each file holds.

``paper_bytes`` says what a paper needs (a plan, an appeal) or how to make its bytes for
the file type chosen, so the tab's buttons and the reasons' and wording check's own
buttons save the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from send_routes.content_store.content import ContentStore
from send_routes.core.case_log import deadline_origins
from send_routes.core.case_papers import appeal_checklist, chronology, reason_sections
from send_routes.core.deadlines import long_date
from send_routes.core.handover import handover
from send_routes.core.plan import Plan
from send_routes.export.case_documents import (
    checklist_paper,
    chronology_csv,
    chronology_paper,
    handover_paper,
    reasons_paper,
    working_document_paper,
)
from send_routes.export.docx_writer import working_document_docx
from send_routes.ui.common.session import Session
from send_routes.ui.common.widgets import button, text_label
from send_routes.ui.common.words import marked, tr

DOCUMENTS = marked("PDF (*.pdf);;OpenDocument text (*.odt)")
Made = tuple[str, str, Callable[[str], bytes]]
NEEDS_PLAN = marked("Answer the questions first: this paper is made from the plan.")


class PapersPanel(QWidget):
    """``save_requested`` carries which paper: chronology, checklist, handover."""

    save_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text_label(tr("Papers for this case"), "subheading"))
        layout.addWidget(
            text_label(
                tr(
                    "Saved or printed only: nothing is sent anywhere. Papers name the case by a "
                    "neutral reference, never by the case title."
                ),
                "hint",
            )
        )
        for which, text, name in (
            ("chronology", "Save the chronology…", "Save the chronology (ODT, PDF or CSV)"),
            ("checklist", "Save the appeal checklist…", "Save the appeal checklist"),
            ("handover", "Save a handover sheet…", "Save a one-page handover sheet"),
        ):
            widget = button(text, name)
            widget.clicked.connect(
                lambda _checked=False, paper=which: self.save_requested.emit(paper)
            )
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignLeft)

    def clear(self) -> None:
        """Nothing personal is shown here."""


def paper_bytes(
    which: str,
    work: Session,
    content: ContentStore,
    plan: Plan | None,
    reference: str,
    wording_lines: Sequence[str],
) -> str | Made:
    """``(file name, filters, make bytes for a kind)``, or why the paper cannot be made."""
    case_file = content.case_file
    log = work.case_file.log
    if which == "chronology":
        origins = deadline_origins(plan.deadlines, log, case_file.kinds) if plan else {}
        rows = chronology(log, case_file, plan, origins)

        def chronology_file(kind: str) -> bytes:
            if kind == "csv":
                return chronology_csv(rows)
            return chronology_paper(rows, reference).to_bytes(kind if kind == "odt" else "pdf")

        return ("chronology.pdf", f"{DOCUMENTS};;CSV spreadsheet (*.csv)", chronology_file)
    if which == "working":
        if not any(line.strip() for line in wording_lines):
            return "Paste section F into the wording check first."

        def working_file(kind: str) -> bytes:
            if kind == "docx":
                return working_document_docx(wording_lines, case_file)
            return working_document_paper(wording_lines, case_file).to_bytes("odt")

        return ("working document.odt", "OpenDocument text (*.odt);;Word (*.docx)", working_file)
    if plan is None:
        return tr(NEEDS_PLAN)
    if which == "checklist":
        checklist = appeal_checklist(plan.answers, log, case_file, plan)
        if checklist is None:
            return "These answers are not about an appeal to the Tribunal."
        paper = checklist_paper(checklist)
        return ("appeal checklist.pdf", DOCUMENTS, lambda kind: paper.to_bytes(_kind(kind)))
    if which == "reasons":
        sections = reason_sections(plan.answers)
        paper = reasons_paper(work.case_file.reasons, case_file, sections)
        return ("reasons (draft).pdf", DOCUMENTS, lambda kind: paper.to_bytes(_kind(kind)))
    tried = content.option_labels("tried")
    sheet = handover(plan, log, case_file, tried)
    paper = handover_paper(sheet, long_date(plan.today), reference)
    return ("handover sheet.pdf", DOCUMENTS, lambda kind: paper.to_bytes(_kind(kind)))


def _kind(suffix: str) -> str:
    return "odt" if suffix == "odt" else "pdf"
