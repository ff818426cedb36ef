"""Plans for every scenario: the shared ones from the spec and the project's own."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from scenario_checks import load_scenarios, plan_failures, wants_text
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import AnswersError, parse_answers
from send_routes.core.planner import make_plan
from send_routes.export.text import plan_to_text

SCENARIOS = load_scenarios()
TODAY = dt.date(2026, 11, 22)


def plan_for(content: ContentStore, raw: dict[str, Any], today: dt.date = TODAY) -> dict[str, Any]:
    return make_plan(content.guidance, parse_answers(raw), today).to_dict()


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["name"] for s in SCENARIOS])
def test_scenario_plan_meets_its_expectations(
    content: ContentStore, scenario: dict[str, Any]
) -> None:
    expect = scenario["expect"]
    if "error_mentions" in expect:
        with pytest.raises(AnswersError) as caught:
            parse_answers(scenario["answers"])
        assert all(word in str(caught.value) for word in expect["error_mentions"])
        return
    today = dt.date.fromisoformat(scenario.get("today", TODAY.isoformat()))
    plan = make_plan(content.guidance, parse_answers(scenario["answers"]), today)
    text = plan_to_text(plan, content) if wants_text(expect) else None
    assert plan_failures(plan.to_dict(), expect, text) == []


BASE = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "plan",
    "disagree_with": ["local_authority"],
    "issues": ["plan_content"],
}


def test_every_route_says_why_and_has_steps(content: ContentStore) -> None:
    plan = plan_for(content, {**BASE, "decision_date": "2026-10-01"})
    for route in plan["routes"]:
        assert route["why"].strip(), route["id"]
        assert route["steps"], route["id"]
        assert route["sources"], route["id"]


def test_why_is_built_from_the_persons_own_answers(content: ContentStore) -> None:
    plan = plan_for(
        content,
        {**BASE, "local_authority": "dudley", "decision_date": "2026-10-01", "setting": "college"},
    )
    whys = {route["id"]: route["why"] for route in plan["routes"]}
    assert "Dudley Council" in whys["talk_to_la"]
    assert "Thursday 1 October 2026" in whys["tribunal_appeal"]


def test_a_young_person_is_addressed_as_you(content: ContentStore) -> None:
    plan = plan_for(
        content,
        {**BASE, "role": "young_person", "setting": "college", "issues": ["setting_provision"]},
    )
    why = next(r["why"] for r in plan["routes"] if r["id"] == "talk_to_setting")
    assert "the college" in why and "support it gives you" in why


def test_the_plan_json_has_the_contract_shape(content: ContentStore) -> None:
    plan = plan_for(
        content, {**BASE, "local_authority": "worcestershire", "decision_date": "2026-10-01"}
    )
    assert plan["schema"] == 2 and plan["content_version"]
    assert plan["today"] == TODAY.isoformat()
    for key in ("routes", "deadlines", "notes", "contacts", "warnings"):
        assert isinstance(plan[key], list)
    route_keys = {"id", "title", "why", "steps", "contacts", "sources"}
    assert all(route_keys <= set(route) for route in plan["routes"])
    deadline_keys = {"id", "label", "date", "basis", "days_left", "passed", "uncertain"}
    assert plan["deadlines"] and all(deadline_keys <= set(d) for d in plan["deadlines"])
    assert set(plan["urgent"]) == {"deadline", "date", "days_left", "text"}
    assert all({"id", "text"} <= set(note) for note in plan["notes"])
    contact_keys = {"id", "name", "kind", "local_authority", "phone", "email", "website", "source"}
    assert all(contact_keys <= set(contact) for contact in plan["contacts"])
    json.dumps(plan)


def test_route_contacts_are_all_listed_in_the_plan(content: ContentStore) -> None:
    plan = plan_for(content, {**BASE, "local_authority": "worcestershire"})
    listed = {contact["id"] for contact in plan["contacts"]}
    assert {c for route in plan["routes"] for c in route["contacts"]} == listed


def test_both_conflicting_worcestershire_sendiass_records_are_listed(content: ContentStore) -> None:
    plan = plan_for(content, {**BASE, "local_authority": "worcestershire"})
    phones = {contact["phone"] for contact in plan["contacts"]}
    assert {"01905 768153", "01905 610858"} <= phones


def test_the_deadline_basis_names_the_rule_and_the_starting_date(content: ContentStore) -> None:
    plan = plan_for(
        content,
        {**BASE, "decision_date": "2026-10-01", "certificate_date": "2026-11-29"},
        dt.date(2026, 11, 30),
    )
    appeal = next(d for d in plan["deadlines"] if d["id"] == "appeal")
    assert "whichever is later" in appeal["basis"]
    assert "mediation certificate" in appeal["basis"] and "29 November 2026" in appeal["basis"]


def test_the_end_of_month_case_is_marked_uncertain(content: ContentStore) -> None:
    plan = plan_for(content, {**BASE, "decision_date": "2026-12-31"}, dt.date(2027, 1, 2))
    appeal = next(d for d in plan["deadlines"] if d["id"] == "appeal")
    assert appeal["uncertain"] is True
    assert "guide" in appeal["basis"]


def test_a_passed_appeal_deadline_mentions_late_appeals(content: ContentStore) -> None:
    plan = plan_for(content, {**BASE, "decision_date": "2026-01-05"})
    assert any("late appeal" in warning for warning in plan["warnings"])


def test_deadlines_are_nearest_first(content: ContentStore) -> None:
    plan = plan_for(
        content,
        {
            **BASE,
            "stage": "assessment",
            "issues": ["la_duties"],
            "request_date": "2026-09-01",
            "review_meeting_date": "2026-11-02",
        },
    )
    dates = [d["date"] for d in plan["deadlines"]]
    assert dates == sorted(dates) and len(dates) == 3


def test_a_deadline_is_left_out_when_its_date_is_not_known(content: ContentStore) -> None:
    assert plan_for(content, BASE)["deadlines"] == []


def test_no_appeal_deadline_when_nothing_appealable(content: ContentStore) -> None:
    plan = plan_for(content, {**BASE, "issues": ["la_duties"], "decision_date": "2026-10-01"})
    assert "appeal" not in {d["id"] for d in plan["deadlines"]}


def test_a_tried_route_moves_to_the_end_and_says_so(content: ContentStore) -> None:
    plan = plan_for(content, {**BASE, "tried": ["talked_to_la"]})
    ids = [route["id"] for route in plan["routes"]]
    assert ids[-1] == "talk_to_la"
    assert plan["routes"][-1]["already_tried"] is True
    assert "already tried" in plan["routes"][-1]["why"]


def test_an_exclusion_comes_first_with_its_own_route(content: ContentStore) -> None:
    plan = plan_for(
        content,
        {**BASE, "disagree_with": ["setting"], "issues": ["exclusion", "setting_provision"]},
    )
    assert plan["routes"][0]["id"] == "exclusion_review"
    assert "tribunal_appeal" not in [route["id"] for route in plan["routes"]]


def test_complaints_about_a_school_never_lead_to_the_ombudsman(content: ContentStore) -> None:
    plan = plan_for(content, {**BASE, "disagree_with": ["setting"], "issues": ["setting_duties"]})
    ids = [route["id"] for route in plan["routes"]]
    assert "complaint_setting" in ids and "ombudsman" not in ids


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        ({"stage": "assessment_requested", "request_date": "2026-09-01"}, "decide whether"),
        ({"stage": "review", "review_meeting_date": "2026-10-01"}, "annual review"),
    ],
)
def test_a_council_time_limit_that_has_passed_gives_a_warning(
    content: ContentStore, extra: dict[str, str], words: str
) -> None:
    plan = plan_for(content, {**BASE, "issues": ["la_duties"], **extra})
    assert any(words in warning and "complaint" in warning for warning in plan["warnings"])


def test_a_council_time_limit_still_to_come_gives_no_warning(content: ContentStore) -> None:
    plan = plan_for(
        content,
        {**BASE, "issues": ["la_duties"], "stage": "assessment", "request_date": "2026-11-01"},
    )
    assert plan["warnings"] == []


def test_the_printed_glossary_lists_terms_used_but_not_send_for_the_verb(
    content: ContentStore,
) -> None:
    from send_routes.export.plan_context import terms_used

    found = [term for term, _ in terms_used(["Send it to the SENCO with the EHC plan."], content)]
    assert "SENCO" in found and "EHC plan" in found
    assert "SEND" not in found
