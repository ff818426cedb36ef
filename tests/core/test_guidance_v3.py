"""Guidance version 3 (issue 20): the plan says nothing wrong at the worst moment.

Each test is one of the issue's findings, checked on the plan's JSON and on its text.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.planner import make_plan
from send_routes.core.question_flow import QuestionFlow
from send_routes.export.text import plan_to_text

D = dt.date
PARENT: dict[str, Any] = {"role": "parent_carer", "setting": "school", "stage": "plan"}
EXCLUDED: dict[str, Any] = {
    **PARENT,
    "stage": "sen_support",
    "disagree_with": ["setting"],
    "issues": ["exclusion"],
}


def plan_and_text(
    content: ContentStore, raw: dict[str, Any], today: D
) -> tuple[dict[str, Any], str]:
    plan = make_plan(content.guidance, parse_answers(raw), today)
    return plan.to_dict(), re.sub(r"\s+", " ", plan_to_text(plan, content))


def route(plan: dict[str, Any], route_id: str) -> dict[str, Any]:
    return next(r for r in plan["routes"] if r["id"] == route_id)


def deadline(plan: dict[str, Any], deadline_id: str) -> dict[str, Any]:
    return next(d for d in plan["deadlines"] if d["id"] == deadline_id)


def test_after_mediation_without_a_certificate_date_the_appeal_comes_first(
    content: ContentStore,
) -> None:
    raw = {
        **PARENT,
        "disagree_with": ["local_authority"],
        "issues": ["plan_content"],
        "tried": ["mediation"],
        "decision_date": "2026-08-01",
    }
    plan, text = plan_and_text(content, raw, D(2026, 11, 30))
    assert plan["routes"][0]["id"] == "tribunal_appeal"
    assert plan["routes"][0]["steps"][0].startswith("Find your mediation certificate")
    assert "act as if" not in text.casefold()
    assert "Do this first: Ask for mediation" not in text


def test_after_mediation_with_time_left_the_appeal_still_comes_first(
    content: ContentStore,
) -> None:
    raw = {
        **PARENT,
        "disagree_with": ["local_authority"],
        "issues": ["refused_amend"],
        "tried": ["mediation"],
        "decision_date": "2026-11-20",
    }
    plan, _ = plan_and_text(content, raw, D(2026, 11, 30))
    assert plan["routes"][0]["id"] == "tribunal_appeal"
    assert "Wednesday 20 January 2027" in plan["routes"][0]["steps"][0]


def test_a_permanent_exclusion_counts_both_dates_in_school_days(content: ContentStore) -> None:
    raw = {
        **EXCLUDED,
        "school_type": "maintained",
        "exclusion_kind": "permanent",
        "exclusion_date": "2027-04-26",
    }
    plan, text = plan_and_text(content, raw, D(2027, 4, 27))
    governors = deadline(plan, "governors_consider")
    assert governors["date"] == "2027-05-18" and governors["uncertain"]
    assert "irp_request" not in {d["id"] for d in plan["deadlines"]}
    assert "term dates" in text and "Tuesday 18 May 2027" in text


def test_a_short_suspension_has_no_governors_date(content: ContentStore) -> None:
    raw = {
        **EXCLUDED,
        "exclusion_kind": "suspension",
        "suspension_days": 3,
        "exclusion_date": "2027-04-26",
    }
    plan, _ = plan_and_text(content, raw, D(2027, 4, 27))
    assert not {"governors_consider", "irp_request"} & {d["id"] for d in plan["deadlines"]}


def test_a_long_suspension_has_a_governors_date(content: ContentStore) -> None:
    raw = {
        **EXCLUDED,
        "exclusion_kind": "suspension",
        "suspension_days": 16,
        "exclusion_date": "2027-04-26",
    }
    plan, _ = plan_and_text(content, raw, D(2027, 4, 27))
    assert deadline(plan, "governors_consider")["date"] == "2027-05-18"


def test_no_exclusion_dates_for_a_college(content: ContentStore) -> None:
    raw = {**EXCLUDED, "setting": "college", "exclusion_kind": "permanent"}
    raw.update(exclusion_date="2027-04-26", governors_decision_date="2027-05-10")
    plan, _ = plan_and_text(content, raw, D(2027, 5, 11))
    assert not {"governors_consider", "irp_request"} & {d["id"] for d in plan["deadlines"]}


def test_an_urgent_review_panel_date_puts_the_exclusion_route_first(
    content: ContentStore,
) -> None:
    raw = {**EXCLUDED, "exclusion_kind": "permanent", "governors_decision_date": "2027-11-08"}
    raw["tried"] = ["exclusion_review"]
    plan, _ = plan_and_text(content, raw, D(2027, 11, 15))
    assert plan["urgent"]["deadline"] == "irp_request"
    assert plan["routes"][0]["id"] == "exclusion_review"
    assert plan["routes"][0]["steps"][0].startswith("Ask for an independent review panel by")


def test_a_passed_review_panel_date_says_so_and_what_to_do(content: ContentStore) -> None:
    raw = {**EXCLUDED, "exclusion_kind": "permanent", "governors_decision_date": "2027-11-08"}
    plan, text = plan_and_text(content, raw, D(2027, 12, 20))
    assert plan["urgent"]["deadline"] == "irp_request"
    first = route(plan, "exclusion_review")["steps"][0]
    assert "has passed" in first and "today" in first
    assert "by Monday 29 November 2027" not in text


def test_a_discrimination_claim_out_of_time_never_says_send_it_early(
    content: ContentStore,
) -> None:
    raw = {
        **PARENT,
        "stage": "sen_support",
        "school_type": "academy",
        "disagree_with": ["setting"],
        "issues": ["discrimination"],
        "discrimination_date": "2026-03-15",
    }
    plan, text = plan_and_text(content, raw, D(2026, 11, 30))
    first = route(plan, "discrimination_claim")["steps"][0]
    assert "has passed" in first and "at once" in first and "early" not in first
    assert "is Monday 14 September 2026" not in text


def test_a_passed_appeal_says_to_send_at_once_and_explain_in_section_5(
    content: ContentStore,
) -> None:
    raw = {
        **PARENT,
        "disagree_with": ["local_authority"],
        "issues": ["placement"],
        "decision_date": "2026-08-03",
    }
    plan, _ = plan_and_text(content, raw, D(2026, 11, 30))
    first = route(plan, "tribunal_appeal")["steps"][0]
    assert "has passed" in first and "section 5" in first


def test_a_passed_draft_plan_date_says_it_ended_not_send_by_it(content: ContentStore) -> None:
    raw = {**PARENT, "stage": "draft_plan", "disagree_with": ["local_authority"]}
    raw.update(issues=["plan_content"], draft_plan_date="2026-11-02")
    plan, _ = plan_and_text(content, raw, D(2026, 11, 30))
    first = route(plan, "talk_to_la")["steps"][0]
    assert first.startswith("The 15 days to comment on the draft plan ended on Monday 16")
    assert "by Monday 16 November 2026" not in " ".join(route(plan, "talk_to_la")["steps"])


def test_an_exclusion_plan_mentions_a_discrimination_claim(content: ContentStore) -> None:
    raw = {**EXCLUDED, "exclusion_kind": "suspension", "suspension_days": 2}
    plan, _ = plan_and_text(content, raw, D(2026, 11, 30))
    why = route(plan, "exclusion_review")["why"]
    assert "disability discrimination claim" in why and "only way" in why


def test_a_private_nursery_goes_to_the_county_court(content: ContentStore) -> None:
    raw = {
        **PARENT,
        "setting": "early_years",
        "stage": "sen_support",
        "school_type": "private_nursery",
        "disagree_with": ["setting"],
        "issues": ["discrimination", "exclusion"],
        "discrimination_date": "2026-11-02",
    }
    plan, _ = plan_and_text(content, raw, D(2026, 11, 30))
    ids = {r["id"] for r in plan["routes"]}
    assert "discrimination_claim" not in ids and "exclusion_review" not in ids
    claim = deadline(plan, "discrimination_claim")
    assert claim["date"] == "2027-05-01" and "county court" in claim["label"]
    assert "county court" in route(plan, "sendiass")["why"]


def test_a_nursery_of_unknown_type_is_told_what_depends_on_it(content: ContentStore) -> None:
    raw = {**EXCLUDED, "setting": "early_years"}
    plan, _ = plan_and_text(content, raw, D(2026, 11, 30))
    why = route(plan, "complaint_setting")["why"]
    assert "Ask the nursery who runs it" in why
    assert "do not cover the early years setting" not in why


def test_a_parent_of_a_college_student_is_told_the_young_person_decides(
    content: ContentStore,
) -> None:
    raw = {
        **PARENT,
        "setting": "college",
        "disagree_with": ["local_authority"],
        "issues": ["plan_content"],
    }
    plan, _ = plan_and_text(content, raw, D(2026, 11, 30))
    assert "young_person_decides" in {n["id"] for n in plan["notes"]}
    why = route(plan, "tribunal_appeal")["why"]
    assert "You can appeal" not in why and "The young person makes any appeal" in why


@pytest.mark.parametrize(
    "issue", ["refused_assessment", "refused_plan", "plan_content", "placement", "cease_plan"]
)
def test_no_route_tells_the_parent_of_a_college_student_you_can_appeal(
    content: ContentStore, issue: str
) -> None:
    raw = {**PARENT, "setting": "college", "disagree_with": ["local_authority"]}
    raw.update(issues=[issue], decision_date="2026-11-10")
    plan, _ = plan_and_text(content, raw, D(2026, 11, 30))
    for shown in plan["routes"]:
        words = " ".join([shown["summary"], shown["why"], *shown["steps"]]).casefold()
        assert "you can appeal" not in words, shown["id"]


def test_a_college_student_under_16_is_not_told_the_young_person_decides(
    content: ContentStore,
) -> None:
    raw = {**PARENT, "setting": "college", "age_band": "under_16"}
    raw.update(disagree_with=["local_authority"], issues=["plan_content"])
    plan, _ = plan_and_text(content, raw, D(2026, 11, 30))
    assert "young_person_decides" not in {n["id"] for n in plan["notes"]}


def test_no_false_warning_once_the_council_assessed(content: ContentStore) -> None:
    raw = {**PARENT, "stage": "assessment", "disagree_with": ["local_authority"]}
    raw.update(issues=["refused_plan"], request_date="2026-05-01")
    plan, _ = plan_and_text(content, raw, D(2026, 11, 30))
    assert not any("decide whether" in warning for warning in plan["warnings"])


def test_no_false_warning_once_proposed_amendments_were_sent(content: ContentStore) -> None:
    raw = {**PARENT, "stage": "review", "disagree_with": ["local_authority"]}
    raw.update(issues=["la_duties"], review_meeting_date="2026-09-01")
    raw["amendments_date"] = "2026-09-20"
    plan, _ = plan_and_text(content, raw, D(2026, 11, 30))
    assert not any("annual review has passed" in warning for warning in plan["warnings"])


def test_a_draft_plan_with_no_area_borrows_no_tribunal_phone(content: ContentStore) -> None:
    raw = {**PARENT, "stage": "draft_plan", "disagree_with": ["local_authority"]}
    raw.update(issues=["plan_content"], draft_plan_date="2026-11-20")
    _, text = plan_and_text(content, raw, D(2026, 11, 30))
    page_1 = text.split("YOUR ROUTES")[0]
    assert "0300 303 5857" not in page_1 and "(Appeal to the First-tier Tribunal)" not in page_1
    assert "take the decision letter" not in page_1.casefold()


def test_page_1_gives_the_certificate_month_beside_the_appeal_date(
    content: ContentStore,
) -> None:
    raw = {**PARENT, "disagree_with": ["local_authority"], "issues": ["refused_amend"]}
    raw["decision_date"] = "2026-11-02"
    _, text = plan_and_text(content, raw, D(2026, 11, 20))
    page_1 = text.split("YOUR ROUTES")[0]
    assert "or 1 month after the certificate's date, if that is later" in page_1


def test_a_county_court_claim_is_counted_like_the_tribunals(content: ContentStore) -> None:
    raw = {**PARENT, "setting": "college", "disagree_with": ["setting"]}
    raw.update(issues=["discrimination"], discrimination_date="2026-10-15")
    plan, text = plan_and_text(content, raw, D(2026, 11, 30))
    assert deadline(plan, "discrimination_claim")["date"] == "2027-04-14"
    assert "county court" in deadline(plan, "discrimination_claim")["label"]
    assert "this week" in text


def test_mediation_never_says_only_the_school_beside_health(content: ContentStore) -> None:
    raw = {**PARENT, "disagree_with": ["local_authority", "health"]}
    raw["issues"] = ["placement", "health_care"]
    plan, _ = plan_and_text(content, raw, D(2026, 11, 30))
    assert "disagreement is only about the school" not in route(plan, "mediation")["why"]


def test_the_weekend_warning_only_for_a_date_on_a_weekend(content: ContentStore) -> None:
    raw = {**PARENT, "stage": "sen_support", "disagree_with": ["setting"]}
    raw["issues"] = ["discrimination"]

    def claim(happened: str) -> tuple[dict[str, Any], list[str]]:
        plan, _ = plan_and_text(content, {**raw, "discrimination_date": happened}, D(2026, 11, 30))
        return deadline(plan, "discrimination_claim"), plan["warnings"]

    midweek, warnings = claim("2026-11-12")
    assert midweek["date"] == "2027-05-11" and not midweek["uncertain"]
    assert not any("weekend" in w or "shorter" in w for w in warnings)
    saturday, warnings = claim("2026-11-16")
    assert saturday["date"] == "2027-05-15" and saturday["uncertain"]
    assert any("weekend" in w for w in warnings)
    short_month, warnings = claim("2026-08-31")
    assert short_month["date"] == "2027-02-27" and short_month["uncertain"]
    assert any("shorter" in w for w in warnings)


def test_every_plan_says_the_reforms_are_not_law_with_the_review_date(
    content: ContentStore,
) -> None:
    raw = {**PARENT, "disagree_with": ["setting"], "issues": ["setting_provision"]}
    plan, _ = plan_and_text(content, raw, D(2026, 11, 30))
    note = next(n for n in plan["notes"] if n["id"] == "reforms_not_law")
    assert "not law" in note["text"] and "{" not in note["text"]
    assert re.search(r"\d{1,2} [A-Z][a-z]+ 20\d\d", note["text"])


def test_the_questions_ask_for_the_exclusion_dates_with_a_source(content: ContentStore) -> None:
    questions = {q.key: q for q in content.questions}
    for key in ("exclusion_date", "governors_decision_date"):
        assert "Regulations 2012" in questions[key].hint
    for key in ("exclusion_kind", "phase_transfer", "age_band"):
        assert "(" in questions[key].hint, key


def _asked(content: ContentStore, answers: dict[str, Any]) -> list[str]:
    return [question.key for question in QuestionFlow(content.questions, answers).to_ask()]


def test_the_exclusion_dates_are_asked_where_the_school_rules_apply(
    content: ContentStore,
) -> None:
    permanent = {**EXCLUDED, "school_type": "academy", "exclusion_kind": "permanent"}
    assert {"exclusion_date", "governors_decision_date"} <= set(_asked(content, permanent))
    suspended = {**EXCLUDED, "exclusion_kind": "suspension"}
    asked = _asked(content, suspended)
    assert "exclusion_date" in asked and "governors_decision_date" not in asked
    college = {**permanent, "setting": "college"}
    assert not {"exclusion_date", "governors_decision_date"} & set(_asked(content, college))
    nursery = {**permanent, "setting": "early_years", "school_type": "private_nursery"}
    assert not {"exclusion_date", "governors_decision_date"} & set(_asked(content, nursery))


def test_a_private_nursery_is_offered_only_for_a_nursery(content: ContentStore) -> None:
    def offered(setting: str) -> list[str]:
        flow = QuestionFlow(content.questions, {**EXCLUDED, "setting": setting})
        return [option.value for option in flow.shown("school_type").options]

    assert "private_nursery" in offered("early_years")
    assert "private_nursery" not in offered("school")
