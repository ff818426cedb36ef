"""A plan made from an adviser's case says, in every format, which logged letter a date came
from; the same answers without a log (a family's plan) name no letter."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.case_log import LogEntry, apply_entry, new_entry
from send_routes.core.plan_view import PlanView
from send_routes.core.planner import make_plan
from send_routes.export.documents import save_plan_view
from send_routes.export.plan_context import DocumentOptions, plan_view
from send_routes.export.text import view_to_text

pytestmark = pytest.mark.usefixtures("qapp")
TODAY = dt.date(2026, 11, 22)
ANSWERS = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "plan",
    "disagree_with": ["local_authority"],
    "issues": ["plan_content"],
}
SAID = (
    "Counted from the case log: Decision letter from the council, dated Tuesday 3 November "
    "2026 (it arrived on 5 November 2026)."
)


def _view(content: ContentStore, from_case: bool) -> PlanView:
    """The plan for a decision letter dated 3 November: from a case's log, or typed in."""
    letter = new_entry("decision_letter", dt.date(2026, 11, 3), dt.date(2026, 11, 5))
    answers = parse_answers(apply_entry(ANSWERS, [letter], content.case_file.kinds))
    plan = make_plan(content.guidance, answers, TODAY)
    log: list[LogEntry] = [letter, new_entry("call", None)] if from_case else []
    return plan_view(plan, content, log)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_text_says_which_letter_beside_the_date(content: ContentStore) -> None:
    view = _view(content, from_case=True)
    appeal = next(d for d in view.dates if d.id == "appeal")
    assert appeal.from_letter == SAID
    text = _flat(view_to_text(view))
    assert f"{appeal.when}: {appeal.label}." in text and SAID in text
    assert SAID not in _flat(view_to_text(_view(content, from_case=False)))


def test_the_pdf_and_odt_say_which_letter(tmp_path: Path, content: ContentStore) -> None:
    view = _view(content, from_case=True)
    pdf, odt = tmp_path / "plan.pdf", tmp_path / "plan.odt"
    save_plan_view(view, DocumentOptions(), pdf, "pdf")
    save_plan_view(view, DocumentOptions(), odt, "odt")
    pages = _flat(" ".join(page.extract_text() or "" for page in PdfReader(pdf).pages))
    assert SAID in pages
    with zipfile.ZipFile(odt) as archive:
        body = _flat(re.sub(r"<[^>]+>", " ", archive.read("content.xml").decode("utf-8")))
    assert SAID in body
    plain_pdf = tmp_path / "family.pdf"
    save_plan_view(_view(content, from_case=False), DocumentOptions(), plain_pdf, "pdf")
    family = _flat(" ".join(page.extract_text() or "" for page in PdfReader(plain_pdf).pages))
    assert "case log" not in family
