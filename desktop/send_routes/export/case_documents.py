"""The adviser's papers as files: chronology (ODT, PDF, CSV), appeal checklist, reasons,
handover sheet (ODT, PDF) and the working document (ODT, .docx).

Each is one HTML template laid out by ``export.pages``, so the PDF, the ODT and a printout
are the same document. The CSV is neutralised against spreadsheet formulas like the
contacts export, since a note or a sender's name is typed text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from send_routes.core.bidi import isolate
from send_routes.core.case_content import CaseFileContent
from send_routes.core.case_file import EVIDENCE_FIELDS, Reasons
from send_routes.core.case_papers import AppealChecklist, ChronologyRow
from send_routes.core.deadlines import long_date
from send_routes.core.handover import Handover
from send_routes.export.pages import Footer, make_document, odt_bytes, pdf_bytes
from send_routes.export.templates import render
from send_routes.user_store.contacts_csv import neutralise
from send_routes.wording import NOT_LEGAL_ADVICE

CHRONOLOGY_HEADINGS = ("Date", "From", "What", "What it means")
KINDS = ("pdf", "odt")


@dataclass(frozen=True)
class Paper:
    """One paper ready to save: its HTML, its title and the base text size."""

    html: str
    title: str
    size: int = 11

    def to_bytes(self, kind: str, paper: str = "a4") -> bytes:
        document = make_document(self.html, self.size)
        if kind == "pdf":
            footer = Footer(f"{self.title}   ·   {NOT_LEGAL_ADVICE}")
            return pdf_bytes(document, paper, footer, self.title)
        return odt_bytes(document)


def chronology_paper(rows: Sequence[ChronologyRow], reference: str = "") -> Paper:
    context = {
        "title": "Chronology",
        "reference": reference,
        "headings": CHRONOLOGY_HEADINGS,
        "rows": rows,
        "size": 10,
        "disclaimer": NOT_LEGAL_ADVICE,
    }
    return Paper(render("chronology.html", context), "Chronology", 10)


def chronology_csv(rows: Sequence[ChronologyRow]) -> bytes:
    """The chronology as CSV (UTF-8 with a byte order mark, formula-like cells quoted)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(CHRONOLOGY_HEADINGS)
    for row in rows:
        writer.writerow([neutralise(cell) for cell in (row.date, row.sender, row.what, row.means)])
    return out.getvalue().encode("utf-8-sig")


def checklist_paper(checklist: AppealChecklist) -> Paper:
    items = [
        {
            "text": item.text,
            "held": item.held is not None,
            "held_text": _held(item.held.dated) if item.held else "",
        }
        for item in checklist.items
    ]
    context = {
        "checklist": _Checklist(checklist, items),
        "size": 11,
        "disclaimer": NOT_LEGAL_ADVICE,
    }
    return Paper(render("appeal_checklist.html", context), "Appeal checklist")


def _held(dated: Any) -> str:
    return f"dated {long_date(dated)}" if dated else "no date given"


class _Checklist:
    """The checklist with its items as the template shows them."""

    def __init__(self, checklist: AppealChecklist, items: list[dict[str, Any]]) -> None:
        self.form = checklist.form
        self.items = items
        self.sections = checklist.sections
        self.section_5_because = checklist.section_5_because
        self.missing_text = checklist.missing_text
        self.reason_sections = checklist.reason_sections


def reasons_paper(reasons: Reasons, content: CaseFileContent, sections: Sequence[str]) -> Paper:
    labels = dict(content.reasons.evidence)
    shown = []
    for section in content.reasons.sections:
        if section.id not in sections:
            continue
        given = reasons.section(section.id)
        evidence = [
            # typed values share a line with the next label: isolated (core/bidi.py)
            [(labels.get(name, name), isolate(item.to_dict()[name])) for name in EVIDENCE_FIELDS]
            for item in given.evidence
        ]
        shown.append({"title": section.title, "text": given.text, "evidence": evidence})
    context = {
        "opening_label": content.reasons.opening_label,
        "reasons": reasons,
        "sections": shown,
        "size": 11,
        "disclaimer": NOT_LEGAL_ADVICE,
    }
    return Paper(render("reasons.html", context), "Reasons for appeal (draft)")


def handover_paper(sheet: Handover, today: str, reference: str = "") -> Paper:
    context = {
        "sheet": sheet,
        "today": today,
        "reference": reference,
        "size": 10,
        "disclaimer": NOT_LEGAL_ADVICE,
    }
    return Paper(render("handover.html", context), "Handover sheet", 10)


def working_document_paper(lines: Sequence[str], content: CaseFileContent) -> Paper:
    context = {
        "intro": content.working_intro,
        "key": content.working_key,
        "lines": [line for line in lines if line.strip()],
        "size": 11,
    }
    return Paper(render("working_document.html", context), "Working document")
