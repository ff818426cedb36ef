"""Each public scenario's printed plan: short, page 1 an action sheet, and no internal ids."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.deadlines import long_date
from send_routes.core.plan import Plan
from send_routes.core.planner import make_plan
from send_routes.export.documents import plan_bytes, plan_html
from send_routes.export.plan_context import DocumentOptions, plan_view

pytestmark = pytest.mark.usefixtures("qapp")
SHARED = Path(__file__).resolve().parents[1] / "data" / "scenarios_shared.json"
PUBLIC = [
    s for s in json.loads(SHARED.read_text(encoding="utf-8")) if "error_mentions" not in s["expect"]
]
#: How internal source ids look: seeds, checked facts, timescales and references.
INTERNAL_ID = re.compile(r"seed-\d+|\b[FSTG]\d+\b")


def plan_for(content: ContentStore, scenario: dict[str, Any]) -> Plan:
    today = dt.date.fromisoformat(scenario.get("today", "2026-11-22"))
    return make_plan(content.guidance, parse_answers(scenario["answers"]), today)


def pages(plan: Plan, content: ContentStore, options: DocumentOptions) -> list[str]:
    data = plan_bytes(plan_view(plan, content), options, "pdf")
    reader = PdfReader(io.BytesIO(data))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


@pytest.fixture(scope="module", params=PUBLIC, ids=lambda s: s["name"][:50])
def printed(request: pytest.FixtureRequest, content: ContentStore) -> tuple[Plan, list[str]]:
    plan = plan_for(content, request.param)
    return plan, pages(plan, content, DocumentOptions())


def test_the_plan_prints_on_at_most_4_a4_pages(printed: tuple[Plan, list[str]]) -> None:
    _, text = printed
    assert len(text) <= 4


def test_page_1_holds_the_urgent_date_when_there_is_one(printed: tuple[Plan, list[str]]) -> None:
    plan, text = printed
    if plan.urgent is not None:
        assert long_date(plan.urgent.date) in text[0]
        assert f"{plan.urgent.days_left} days left" in text[0] or plan.urgent.days_left < 2


def test_page_1_holds_the_first_route_and_a_contact_the_family_can_reach(
    printed: tuple[Plan, list[str]], content: ContentStore
) -> None:
    plan, text = printed
    assert plan.first_route.title in text[0]
    helpers = plan_view(plan, content).summary.helpers
    details = [value for helper in helpers for _, value in helper.known_details()]
    assert details and any(detail in text[0] for detail in details)


def test_no_page_shows_an_internal_source_id(printed: tuple[Plan, list[str]]) -> None:
    _, text = printed
    for number, page in enumerate(text, start=1):
        assert not INTERNAL_ID.findall(page), f"page {number}"


@pytest.mark.parametrize("scenario", PUBLIC, ids=lambda s: s["name"][:50])
def test_large_print_stays_within_8_pages_and_the_full_guide_shows_no_ids(
    content: ContentStore, scenario: dict[str, Any]
) -> None:
    plan = plan_for(content, scenario)
    assert len(pages(plan, content, DocumentOptions(large_print=True))) <= 8
    # The full guide's words and sources, checked in its HTML (no need to print it).
    html = plan_html(plan_view(plan, content), DocumentOptions(full_guide=True))
    words = re.sub(r"<[^>]+>", " ", html.split("</style>", 1)[1])
    assert "Where this information comes from" in words
    assert not INTERNAL_ID.findall(words)
