"""Every issue at every stage, for every role and a few settings: no plan misaddresses a young
person, leaves a placeholder unfilled, or has a route that says the opposite of a note."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from typing import Any

import pytest

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import ISSUES, ROLES, STAGES, parse_answers
from send_routes.core.deadlines import long_date
from send_routes.core.planner import make_plan

TODAY = dt.date(2026, 11, 22)
SETTINGS = ("school", "college", "early_years")
EXTRAS: tuple[dict[str, Any], ...] = (
    {},
    {
        "decision_date": "2026-10-01",
        "discrimination_date": "2026-06-01",
        "draft_plan_date": "2026-11-10",
        "amendments_date": "2026-11-12",
        "reassessment_request_date": "2026-11-01",
        "request_date": "2026-08-01",
        "review_meeting_date": "2026-10-20",
        "phase_transfer": "to_school",
        "transfer_year": 2027,
        "tried": ["mediation"],
    },
    {"exclusion_kind": "suspension", "suspension_days": 4, "school_type": "academy"},
    {"exclusion_kind": "suspension", "suspension_days": 12, "tried": ["appeal"]},
    {"exclusion_kind": "permanent", "school_type": "maintained", "age_band": "16_to_25"},
    {"school_type": "independent", "decision_date": "2026-10-01", "certificate_date": "2026-11-01"},
    # Version 3: the exclusion dates, a private nursery, dates that have passed.
    {
        "exclusion_kind": "permanent",
        "exclusion_date": "2026-10-01",
        "governors_decision_date": "2026-10-20",
        "school_type": "private_nursery",
        "discrimination_date": "2026-05-20",
        "decision_date": "2026-08-01",
        "draft_plan_date": "2026-10-01",
    },
    {
        "exclusion_kind": "suspension",
        "suspension_days": 20,
        "exclusion_date": "2026-11-16",
        "school_type": "maintained",
        "tried": ["mediation"],
        "decision_date": "2026-09-01",
    },
)
ADDRESSING_A_PARENT = re.compile(r"\byour (child|son|daughter)", re.IGNORECASE)
MUST_SEE_ADVISER = re.compile(r"must (first )?contact the mediation adviser", re.IGNORECASE)
PANEL = re.compile(r"review panel", re.IGNORECASE)
#: Words for before a date: wrong in a step beside a date that has passed.
BEFORE_A_DATE = re.compile(r"^(?:send|make sure|ask for|contact)\b[^.]*\bby |early", re.I)


def _disagree_with(issue: str) -> list[str]:
    if issue in ("setting_provision", "setting_duties", "exclusion", "discrimination"):
        return ["setting"]
    if issue == "health_care":
        return ["health"]
    if issue == "social_care":
        return ["social_care"]
    return ["local_authority"]


def _cases() -> Iterator[dict[str, Any]]:
    for issue, stage, role, setting, extra in itertools.product(
        ISSUES, STAGES, ROLES, SETTINGS, EXTRAS
    ):
        yield {
            "role": role,
            "setting": setting,
            "stage": stage,
            "disagree_with": _disagree_with(issue),
            "issues": [issue],
            **extra,
        }


def _texts(plan: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Every sentence the person sees, with where it comes from."""
    for route in plan["routes"]:
        for text in (route["title"], route["summary"], route["why"], *route["steps"]):
            yield f"route {route['id']}", text
    for note in plan["notes"]:
        yield f"note {note['id']}", f"{note['title']} {note['text']}"
    for deadline in plan["deadlines"]:
        yield f"deadline {deadline['id']}", f"{deadline['label']} {deadline['basis']}"
    for warning in plan["warnings"]:
        yield "warning", warning
    if plan["urgent"]:
        yield "urgent", plan["urgent"]["text"]


def _route_text(plan: dict[str, Any], route_id: str) -> str:
    route = next((r for r in plan["routes"] if r["id"] == route_id), None)
    return " ".join([route["why"], *route["steps"]]) if route else ""


def _contradictions(raw: dict[str, Any], plan: dict[str, Any]) -> Iterator[str]:
    notes = {note["id"] for note in plan["notes"]}
    routes = {route["id"] for route in plan["routes"]}
    deadlines = {deadline["id"] for deadline in plan["deadlines"]}
    if "mediation_not_needed_placement_only" in notes:
        if MUST_SEE_ADVISER.search(_route_text(plan, "mediation")):
            yield "mediation says the adviser is required, the note says it is not"
        if "mediation_adviser" in deadlines:
            yield "a mediation adviser date beside the note that none is needed"
        if "mediation_before_appeal" in notes:
            yield "both 'mediation before appeal' and 'not needed'"
    if MUST_SEE_ADVISER.search(_route_text(plan, "discrimination_claim")):
        yield "the discrimination claim asks for mediation advice"
    if raw.get("exclusion_kind") == "suspension":
        if PANEL.search(_route_text(plan, "exclusion_review")):
            yield "a review panel offered after a suspension"
        if "irp_cannot_reinstate" in notes:
            yield "the review panel note after a suspension"
    if "young_person_decides" in notes and raw["role"] == "young_person":
        yield "telling a young person that the young person decides, as if to a parent"
    if raw["stage"] == "draft_plan" and set(raw["issues"]) <= {"plan_content", "placement"}:
        if re.search(r"You can appeal about", _route_text(plan, "tribunal_appeal")):
            yield "'you can appeal' about a draft plan"
        if "appeal" in deadlines:
            yield "an appeal deadline for a draft plan"
    if "appeal" not in deadlines and "appeal deadline is counted from" in _route_text(
        plan, "tribunal_appeal"
    ):
        yield "an appeal deadline counted from the letter, but no appeal deadline"
    if "exclusion_review" in routes and raw["setting"] == "college":
        yield "an exclusion review for a college"
    if (
        raw.get("school_type") == "private_nursery"
        and {"exclusion_review", "discrimination_claim"} & routes
    ):
        yield "a private nursery sent to the governors or the Tribunal"
    if "young_person_decides" in notes:
        for route in plan["routes"]:
            if "you can appeal" in " ".join([route["why"], *route["steps"]]).casefold():
                yield f"'you can appeal' to the parent of a young person in {route['id']}"


def _acting_before(passed: list[str], plan: dict[str, Any]) -> Iterator[str]:
    """Steps that say to act by, or early before, a date that has passed."""
    for route in plan["routes"]:
        for step in route["steps"]:
            if any(date in step for date in passed) and BEFORE_A_DATE.search(step):
                yield f"{route['id']} says to act before a date that has passed: {step}"


@pytest.mark.parametrize("setting", SETTINGS)
def test_every_combination_plans_without_misaddressing_or_contradiction(
    content: ContentStore, setting: str
) -> None:
    problems = []
    for raw in _cases():
        if raw["setting"] != setting:
            continue
        made = make_plan(content.guidance, parse_answers(raw), TODAY)
        plan = made.to_dict()
        assert plan["routes"], raw
        for where, text in _texts(plan):
            if raw["role"] == "young_person" and ADDRESSING_A_PARENT.search(text):
                problems.append(f"{where} says 'your child' to a young person: {text}")
            if "{" in text or "}" in text:
                problems.append(f"{where} has an unfilled placeholder: {text}")
        problems += [f"{raw}: {found}" for found in _contradictions(raw, plan)]
        passed = [long_date(d.date) for d in made.deadlines if d.passed and not d.done]
        problems += [f"{raw}: {found}" for found in _acting_before(passed, plan)]
    assert problems == []


def test_the_combinations_cover_every_issue_stage_and_role() -> None:
    cases = list(_cases())
    assert {case["issues"][0] for case in cases} == set(ISSUES)
    assert {case["stage"] for case in cases} == set(STAGES)
    assert {case["role"] for case in cases} == set(ROLES)
