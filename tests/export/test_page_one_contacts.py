"""Page 1 of every scenario's text plan: no contact the content doubts stands there without
its flag, and no service reported closed is offered; every contact page 1 names is in the
plan's JSON contacts."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from scenario_checks import load_scenarios
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.guidance import Contact
from send_routes.core.planner import make_plan
from send_routes.export.plan_context import plan_view
from send_routes.export.text import view_to_text
from send_routes.wording import MAY_HAVE_CHANGED

VALID = [s for s in load_scenarios() if "error_mentions" not in s.get("expect", {})]


def page_one(text: str) -> str:
    """The summary: everything before the routes, with line breaks undone."""
    return re.sub(r"\s+", " ", text.split("YOUR ROUTES, IN THE ORDER TO TRY THEM")[0])


def flagged_line(contact: Contact) -> str:
    details = [("Phone", contact.phone), ("Email", contact.email), ("Website", contact.website)]
    known = " · ".join(f"{what} {value}" for what, value in details if value)
    return f"{contact.name}: {known} {MAY_HAVE_CHANGED}"


@pytest.mark.parametrize("scenario", VALID, ids=lambda s: str(s.get("id") or s.get("name")))
def test_page_one_names_no_doubted_contact_without_its_flag(
    content: ContentStore, scenario: dict[str, Any]
) -> None:
    today = dt.date.fromisoformat(scenario.get("today", "2026-12-05"))
    plan = make_plan(content.guidance, parse_answers(scenario["answers"]), today)
    view = plan_view(plan, content)
    first = page_one(view_to_text(view))
    assert "Advisory Centre for Education" not in first
    for contact in content.contacts:
        shown = [d for d in (contact.phone, contact.email, contact.website) if d and d in first]
        if contact.confidence == "L" and shown and contact.name in first:
            assert flagged_line(contact) in first, contact.id
    json_names = {c["name"] for c in plan.to_dict()["contacts"]}
    for helper in view.summary.helpers:
        assert helper.name in json_names


@pytest.mark.parametrize("scenario", VALID, ids=lambda s: str(s.get("id") or s.get("name")))
def test_every_national_service_the_text_shows_is_in_the_json_contacts(
    content: ContentStore, scenario: dict[str, Any]
) -> None:
    today = dt.date.fromisoformat(scenario.get("today", "2026-12-05"))
    plan = make_plan(content.guidance, parse_answers(scenario["answers"]), today)
    text = view_to_text(plan_view(plan, content))
    listed = {contact["id"] for contact in plan.to_dict()["contacts"]}
    for contact in content.contacts:
        details = [d for d in (contact.phone, contact.website) if d]
        if not contact.local_authority and any(d in text for d in details):
            assert contact.id in listed, contact.id
