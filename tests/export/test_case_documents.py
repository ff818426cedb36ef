"""The adviser's papers: the chronology in three formats, the appeal checklist, the reasons,
the handover sheet on one A4 page, and the working document."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import AnswersError, parse_answers
from send_routes.core.case_file import Evidence, Reasons, SectionReasons
from send_routes.core.case_log import LogEntry, apply_entry, deadline_origins, new_entry
from send_routes.core.case_papers import appeal_checklist, chronology
from send_routes.core.handover import handover
from send_routes.core.planner import make_plan
from send_routes.export.case_documents import (
    checklist_paper,
    chronology_csv,
    chronology_paper,
    handover_paper,
    reasons_paper,
    working_document_paper,
)
from send_routes.export.docx_writer import working_document_docx
from send_routes.fileio.document_text import docx_lines

TODAY = dt.date(2026, 11, 22)
DATA = Path(__file__).resolve().parents[1] / "data"
PLAN = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "plan",
    "disagree_with": ["local_authority"],
    "issues": ["plan_content", "placement"],
}
ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def _log() -> list[LogEntry]:
    return [
        new_entry(
            "decision_letter",
            dt.date(2026, 10, 1),
            dt.date(2026, 10, 20),
            "Kent County Council",
            '=HYPERLINK("http://x")',
        ),
        new_entry("call", dt.date(2026, 10, 22), None, "Ms Odwallop (SENCO)", "Said to wait"),
        new_entry("report", dt.date(2026, 9, 1), None, "Speech therapist", "Weekly therapy"),
    ]


def _chronology(content: ContentStore) -> list[Any]:
    log = sorted(_log(), key=lambda e: e.sort_key)
    answers = apply_entry(PLAN, log, content.case_file.kinds)
    plan = make_plan(content.guidance, parse_answers(answers), TODAY)
    labels = content.guidance.from_labels
    origins = deadline_origins(plan.deadlines, labels, log, content.case_file.kinds)
    return chronology(log, content.case_file, plan, origins)


def test_the_chronology_says_what_each_letter_means(content: ContentStore) -> None:
    rows = _chronology(content)
    assert rows[0].date == "Tuesday 1 September 2026"
    decision = rows[1]
    assert decision.sender == "Kent County Council"
    assert "arrived Tuesday 20 October 2026" in decision.what
    assert "appeal" in decision.means.lower() and "section 5" in decision.means


def test_the_chronology_as_csv_is_neutralised_against_formulas(content: ContentStore) -> None:
    data = chronology_csv(_chronology(content))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Date", "From", "What", "What it means"]
    assert rows[2][2].startswith("Decision letter") and len(rows) == 4
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_the_chronology_as_pdf_has_every_row(content: ContentStore, qapp: object) -> None:
    pdf = chronology_paper(_chronology(content), "Case 3f9a2c").to_bytes("pdf")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    for expected in (
        "Chronology",
        "Kent County Council",
        "Ms Odwallop (SENCO)",
        "Speech therapist",
    ):
        assert expected in text


def test_the_chronology_as_odt_is_valid_opendocument_with_a_table(
    content: ContentStore, qapp: object
) -> None:
    odt = chronology_paper(_chronology(content)).to_bytes("odt")
    with zipfile.ZipFile(io.BytesIO(odt)) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        manifest = ElementTree.fromstring(archive.read("META-INF/manifest.xml"))
        assert manifest.tag.endswith("manifest")
        root = ElementTree.fromstring(archive.read("content.xml"))
    rows = list(root.iter(f"{ODF_TABLE}table-row"))
    assert len(rows) == 4  # the headings and three entries
    text = "".join(root.itertext())
    assert "Ms Odwallop (SENCO)" in text and "What it means" in text


def test_the_checklist_uses_send35a_for_a_refused_assessment_and_ticks_the_log(
    content: ContentStore,
) -> None:
    refused = {**PLAN, "stage": "assessment_requested", "issues": ["refused_assessment"]}
    log = _log()
    answers = parse_answers(apply_entry(refused, log, content.case_file.kinds))
    plan = make_plan(content.guidance, answers, TODAY)
    checklist = appeal_checklist(answers, log, content.case_file, plan)
    assert checklist is not None and checklist.form.id == "SEND35a"
    assert checklist.form.attachments_section == "8"
    held = {item.text: item.held is not None for item in checklist.items}
    assert held["The council's decision letter"] and held["The reports you rely on"]
    assert not held["The completed appeal form, signed"]
    assert any("no mediation certificate" in reason for reason in checklist.section_5_because)


def test_the_checklist_for_a_plan_appeal_is_send35_and_says_when_section_5_is_needed(
    content: ContentStore,
) -> None:
    log = [*_log(), new_entry("mediation_certificate", dt.date(2026, 8, 1), None, "Mediator")]
    late = {**PLAN, "decision_date": "2026-06-01"}
    answers = parse_answers(apply_entry(late, [log[-1]], content.case_file.kinds))
    plan = make_plan(content.guidance, answers, TODAY)
    checklist = appeal_checklist(answers, log, content.case_file, plan)
    assert checklist is not None and checklist.form.id == "SEND35"
    assert checklist.form.attachments_section == "10"
    assert checklist.reason_sections == ("B", "F", "I")
    (reason,) = checklist.section_5_because
    assert "has passed" in reason
    html = checklist_paper(checklist).html
    assert "[x] The mediation certificate" in html and "Section 5 is needed" in html


def test_the_reasons_print_as_a_draft_with_their_evidence(content: ContentStore) -> None:
    reasons = Reasons("The plan leaves out therapy.").with_section(
        "F",
        SectionReasons("Therapy is missing.", (Evidence("SALT report", "p4", "weekly", "none"),)),
    )
    html = reasons_paper(reasons, content.case_file, ("B", "F")).html
    assert "I am bringing the appeal because" in html and "SALT report" in html
    assert "What the plan says instead: none" in html and "Section I" not in html


SHARED = json.loads((DATA / "scenarios_shared.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("scenario", SHARED, ids=[s["name"] for s in SHARED])
def test_the_handover_sheet_fits_one_a4_page(
    content: ContentStore, scenario: dict[str, Any], tmp_path: Path, qapp: object
) -> None:
    try:
        answers = parse_answers(scenario["answers"])
    except AnswersError:
        pytest.skip("these answers are invalid on purpose: no plan, so no sheet")
    today = dt.date.fromisoformat(scenario.get("today", TODAY.isoformat()))
    plan = make_plan(content.guidance, answers, today)
    log = [
        *_log(),
        *(new_entry("letter_received", dt.date(2026, 11, n), None, "Council") for n in range(1, 6)),
    ]
    sheet = handover(
        plan,
        log,
        content.case_file,
        content.guidance.from_labels,
        content.option_labels("tried"),
    )
    pdf = tmp_path / "handover.pdf"
    pdf.write_bytes(handover_paper(sheet, "22 November 2026", "Case 3f9a2c").to_bytes("pdf"))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    assert pages.split()[1] == "1", scenario["name"]
    assert "A4" in info.stdout


def test_the_working_document_has_the_key_as_docx_and_odt(
    content: ContentStore, qapp: object
) -> None:
    lines = ["Sam will receive regular support.", "", "Sam will have access to therapy."]
    data = working_document_docx(lines, content.case_file)
    read = docx_lines(data, "working.docx")
    assert "Sam will receive regular support." in read and "Key" in read
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
    assert "<w:b/><w:strike/>" in xml and "<w:i/><w:strike/>" in xml and "w:u" in xml
    odt = working_document_paper(lines, content.case_file).to_bytes("odt")
    with zipfile.ZipFile(io.BytesIO(odt)) as archive:
        text = "".join(ElementTree.fromstring(archive.read("content.xml")).itertext())
    assert "Bold and struck through" in text and "Sam will have access to therapy." in text
