"""How near each deadline is, which one is urgent, and the warnings the plan gives."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.deadlines import Count, count_deadline
from send_routes.core.guidance import Urgency
from send_routes.core.plan import PlanDeadline
from send_routes.core.planner import make_plan
from send_routes.core.timing import days_in_words, pressing

D = dt.date
URGENCY = Urgency(threshold_days=28, soon="{days} to {action}", today="today", passed="passed")


def deadline(id_: str, days: int, *, done: bool = False) -> PlanDeadline:
    day = D(2026, 12, 1)
    return PlanDeadline(
        id=id_, label=id_, date=day, rule="", counted_from="", from_date=day, sources=(),
        days=days, passed=days < 0, done=done,
    )  # fmt: skip


def discrimination_last_day(act: D) -> D:
    """G1: the day before the same date 6 months on, with no holiday or weekend move."""
    return count_deadline([Count("discrimination_date", act, months=6, days=-1)]).date


@pytest.mark.parametrize(
    ("act", "last"),
    [
        (D(2026, 3, 15), D(2026, 9, 14)),  # the example G1 gives
        (D(2026, 6, 15), D(2026, 12, 14)),
        (D(2026, 6, 27), D(2026, 12, 26)),  # Boxing Day: no move (G4, G5)
        (D(2026, 2, 1), D(2026, 7, 31)),
    ],
)
def test_a_discrimination_claim_is_due_the_day_before_the_same_date_6_months_on(
    act: D, last: D
) -> None:
    assert discrimination_last_day(act) == last


def test_at_the_end_of_a_month_the_discrimination_date_is_the_earlier_one() -> None:
    # 31 August + 6 months has no 31st: take 28 February (F3's end-of-month rule), then the
    # day before, 27 February: the earlier of the possible readings, shown as uncertain.
    counted = count_deadline([Count("discrimination_date", D(2026, 8, 31), months=6, days=-1)])
    assert counted.date == D(2027, 2, 27) and counted.end_of_month


def test_only_deadlines_the_family_must_meet_can_be_pressing() -> None:
    found = pressing([deadline("final_plan", -5), deadline("appeal", 40)], URGENCY)
    assert found == []


def test_a_pressing_deadline_is_near_or_passed_and_not_done() -> None:
    near, passed = deadline("appeal", 28), deadline("discrimination_claim", -3)
    found = pressing([near, passed, deadline("draft_plan_comments", 29)], URGENCY)
    assert found == [passed, near]
    assert pressing([deadline("appeal", -3, done=True)], URGENCY) == []


def test_on_a_tie_the_mediation_adviser_comes_before_the_appeal() -> None:
    found = pressing([deadline("appeal", 9), deadline("mediation_adviser", 9)], URGENCY)
    assert [d.id for d in found] == ["mediation_adviser", "appeal"]


def test_the_threshold_is_the_contents_not_a_number_in_the_code() -> None:
    assert pressing([deadline("appeal", 20)], Urgency(threshold_days=14)) == []
    assert pressing([deadline("appeal", 20)], Urgency(threshold_days=21))


def test_days_are_said_in_plain_words() -> None:
    assert days_in_words(1) == "1 day"
    assert days_in_words(-11) == "11 days"


BASE: dict[str, Any] = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "assessment_requested",
    "disagree_with": ["local_authority"],
    "issues": ["refused_assessment"],
    "decision_date": "2026-10-01",
}


def plan_for(content: ContentStore, today: D, **changes: Any) -> dict[str, Any]:
    return make_plan(content.guidance, parse_answers({**BASE, **changes}), today).to_dict()


def test_every_deadline_says_how_many_days_are_left(content: ContentStore) -> None:
    plan = plan_for(content, D(2026, 11, 20))
    days = {d["id"]: (d["days_left"], d["passed"]) for d in plan["deadlines"]}
    assert days == {"mediation_adviser": (11, False), "appeal": (11, False)}
    later = plan_for(content, D(2026, 12, 3))
    assert {d["id"]: d["days_left"] for d in later["deadlines"]}["appeal"] == -2


def test_the_urgent_text_and_a_warning_give_the_days_left(content: ContentStore) -> None:
    plan = plan_for(content, D(2026, 11, 20))
    assert plan["urgent"]["days_left"] == 11 and "11 days" in plan["urgent"]["text"]
    assert any("11 days" in warning for warning in plan["warnings"])


def test_on_the_last_day_the_plan_says_today(content: ContentStore) -> None:
    plan = plan_for(content, D(2026, 12, 1))
    assert plan["urgent"]["days_left"] == 0 and "Today" in plan["urgent"]["text"]


def test_the_mediation_route_starts_with_its_dated_step(content: ContentStore) -> None:
    plan = plan_for(content, D(2026, 11, 20))
    mediation = next(route for route in plan["routes"] if route["id"] == "mediation")
    assert "Tuesday 1 December 2026" in mediation["steps"][0]


def test_no_dated_mediation_step_once_a_certificate_is_in_hand(content: ContentStore) -> None:
    plan = plan_for(content, D(2026, 11, 20), certificate_date="2026-11-10", tried=["mediation"])
    assert "mediation_adviser" not in {d["id"] for d in plan["deadlines"]}
    assert plan["routes"][0]["id"] == "tribunal_appeal"
    assert not any("{" in step for route in plan["routes"] for step in route["steps"])


def test_a_passed_must_meet_deadline_is_urgent_until_the_step_is_done(
    content: ContentStore,
) -> None:
    assert plan_for(content, D(2027, 3, 1))["urgent"]["deadline"] == "mediation_adviser"
    assert plan_for(content, D(2027, 3, 1), tried=["appeal"])["urgent"] is None


def test_mediation_tried_without_a_certificate_date_never_says_passed(
    content: ContentStore,
) -> None:
    plan = plan_for(content, D(2026, 12, 10), tried=["mediation"])
    assert not any("passed" in warning for warning in plan["warnings"])
    assert any("may be later" in warning for warning in plan["warnings"])
    appeal = next(d for d in plan["deadlines"] if d["id"] == "appeal")
    assert appeal["date"] == "2026-12-01"


def test_a_deadline_the_answers_show_is_done_gives_no_warning_at_all(
    content: ContentStore,
) -> None:
    """A refused reassessment: no word about when the council should say whether it will."""
    refused = {
        **BASE,
        "stage": "plan",
        "issues": ["refused_assessment"],
        "reassessment_request_date": "2026-11-20",
    }
    plan = make_plan(content.guidance, parse_answers(refused), D(2026, 11, 30)).to_dict()
    assert "reassessment_decision" in {d["id"] for d in plan["deadlines"]}
    assert not any("reassess" in warning for warning in plan["warnings"])
