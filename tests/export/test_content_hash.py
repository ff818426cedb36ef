"""The content build's hash is for reporting a mistake: Help > About and the full guide say
it; the plan's pages, their footers, the text and the Easy Read plan do not."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from sample_answers import REFUSED
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.plan import Plan
from send_routes.core.planner import make_plan
from send_routes.export.documents import plan_bytes
from send_routes.export.easy_read import easy_read_bytes
from send_routes.export.easy_read_text import easy_read_text, easy_read_view
from send_routes.export.plan_context import DocumentOptions, plan_view
from send_routes.export.text import view_to_text


@pytest.fixture(scope="module")
def plan(content: ContentStore) -> Plan:
    return make_plan(content.guidance, parse_answers(REFUSED), dt.date(2026, 11, 22))


def _pdf_text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pages))


@pytest.mark.usefixtures("qapp")
def test_the_printed_plan_and_its_footers_leave_the_hash_out(
    plan: Plan, content: ContentStore
) -> None:
    text = _pdf_text(plan_bytes(plan_view(plan, content), DocumentOptions(), "pdf"))
    assert "Your plan" in text and "not legal advice" in text  # the pages and footers read
    assert content.content_version not in text


@pytest.mark.usefixtures("qapp")
def test_the_full_guide_gives_the_hash_once_with_the_sources(
    plan: Plan, content: ContentStore
) -> None:
    options = DocumentOptions(full_guide=True)
    text = _pdf_text(plan_bytes(plan_view(plan, content), options, "pdf"))
    assert text.count(content.content_version) == 1
    sources = text.index("Where this information comes from")
    assert text.index(content.content_version) > sources


def test_the_plan_as_text_leaves_the_hash_out(plan: Plan, content: ContentStore) -> None:
    text = view_to_text(plan_view(plan, content))
    assert "YOUR PLAN" in text
    assert content.content_version not in text


@pytest.mark.usefixtures("qapp")
def test_the_easy_read_plan_leaves_the_hash_out(plan: Plan, content: ContentStore) -> None:
    view = easy_read_view(plan, content)
    assert content.content_version not in easy_read_text(view)
    printed = _pdf_text(easy_read_bytes(view, DocumentOptions(), "pdf"))
    assert "legal advice" in printed
    assert content.content_version not in printed
