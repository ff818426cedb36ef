"""The plan as text carries the same summary first, in the same words as the printout."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from sample_answers import REFUSED
from send_routes.cli import main
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.deadlines import long_date
from send_routes.core.planner import make_plan
from send_routes.export.plan_context import plan_view
from send_routes.export.text import view_to_text


def test_the_text_starts_with_the_urgent_date_then_what_to_do_first_then_the_routes(
    content: ContentStore,
) -> None:
    plan = make_plan(content.guidance, parse_answers(REFUSED), dt.date(2026, 11, 22))
    assert plan.urgent is not None
    view = plan_view(plan, content)
    text = re.sub(r"\s+", " ", view_to_text(view))
    urgent = text.index(f"By {long_date(plan.urgent.date)} ({plan.urgent.days_left} days left)")
    first = text.index(f"Do this first: {plan.first_route.title}")
    take = text.index("What to take to that call")
    routes = text.index("YOUR ROUTES, IN THE ORDER TO TRY THEM")
    assert urgent < first < take < routes
    for date in view.dates:
        assert f"{date.when} ({date.left}): {date.label}" in text
    helper = view.summary.helpers[0]
    assert helper.name in text[first:routes]


def test_the_text_names_sources_by_title(content: ContentStore) -> None:
    plan = make_plan(content.guidance, parse_answers(REFUSED), dt.date(2026, 11, 22))
    text = view_to_text(plan_view(plan, content))
    assert "Source: Worcestershire County Council" in text
    assert "seed-0" not in text


@pytest.mark.usefixtures("qapp")
def test_the_command_line_full_guide_adds_the_guide_pages(tmp_path: Path) -> None:
    from pypdf import PdfReader

    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(REFUSED), encoding="utf-8")
    made = {}
    for name, extra in (("short", []), ("full", ["--full-guide"])):
        out = tmp_path / f"{name}.pdf"
        args = ["plan", "--answers", str(answers), "--today", "2026-11-22"]
        assert main([*args, "--format", "pdf", "--out", str(out), *extra]) == 0
        text = " ".join(page.extract_text() or "" for page in PdfReader(out).pages)
        made[name] = re.sub(r"\s+", " ", text)
    assert "Words used in this plan" in made["full"]
    assert "Words used in this plan" not in made["short"]
