"""The caseload: each case's next must-meet deadline, nearest first, passed ones marked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from scenario_checks import load_scenarios
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import AnswersError, parse_answers
from send_routes.core.caseload import due_from, make_caseload, next_deadline
from send_routes.core.timing import count_all

TODAY = dt.date(2026, 11, 22)
DRAFT = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "draft_plan",
    "disagree_with": ["local_authority"],
    "issues": ["plan_content"],
}
REFUSED = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "assessment_requested",
    "disagree_with": ["local_authority"],
    "issues": ["refused_assessment"],
}


def draft(sent: str) -> dict[str, Any]:
    return {"answers": {**DRAFT, "draft_plan_date": sent}}


def test_cases_are_ordered_nearest_first_with_passed_ones_first_and_marked(
    content: ContentStore,
) -> None:
    cases = [
        ("a", "Case A", draft("2026-11-18")),  # comments due 2 December: 10 days
        ("b", "Case B", draft("2026-11-01")),  # due 15 November: passed 7 days ago
        ("c", "Case C", draft("2026-11-11")),  # due 25 November: 3 days
    ]
    caseload = make_caseload(cases, content.guidance, TODAY)
    assert [row.case_id for row in caseload.rows] == ["b", "c", "a"]
    assert [row.days for row in caseload.rows] == [-7, 3, 10]
    assert [row.passed for row in caseload.rows] == [True, False, False]
    assert all(row.deadline_id == "draft_plan_comments" and row.action for row in caseload.rows)
    assert [row.case_id for row in caseload.within(7)] == ["b", "c"]
    assert [row.case_id for row in caseload.within(31)] == ["b", "c", "a"]
    assert [row.case_id for row in caseload.passed()] == ["b"]


def test_tied_deadlines_keep_the_contracts_step_order_then_the_reference(
    content: ContentStore,
) -> None:
    refused = {"answers": {**REFUSED, "decision_date": "2026-10-01"}}
    cases = [
        ("z", "zed", draft("2026-11-11")),
        ("y", "Amy", draft("2026-11-11")),
        ("x", "Bo", refused),  # mediation adviser by 1 December
        ("w", "Al", draft("2026-11-17")),  # comments by 1 December too: after, though "Al" < "Bo"
    ]
    caseload = make_caseload(cases, content.guidance, TODAY)
    assert [row.case_id for row in caseload.rows] == ["y", "z", "x", "w"]
    assert caseload.rows[2].deadline_id == "mediation_adviser"
    assert caseload.rows[2].date == caseload.rows[3].date


def test_a_date_that_may_be_later_is_marked_uncertain(content: ContentStore) -> None:
    waiting = {"answers": {**REFUSED, "decision_date": "2026-10-01", "tried": ["mediation"]}}
    (row,) = make_caseload([("m", "Case M", waiting)], content.guidance, TODAY).rows
    assert row.deadline_id == "appeal" and row.uncertain and not row.passed


def test_the_next_deadline_still_to_come_is_shown_before_one_that_passed(
    content: ContentStore,
) -> None:
    # The mediation adviser date passed on 1 November 2026; the appeal is still to come
    # (the certificate, dated 5 November, gives until 7 December).
    mixed = {
        "answers": {
            **REFUSED,
            "decision_date": "2026-09-01",
            "certificate_date": "2026-11-05",
            "tried": ["mediation"],
        }
    }
    (row,) = make_caseload([("m", "Case M", mixed)], content.guidance, TODAY).rows
    assert row.deadline_id == "appeal" and not row.passed and row.days > 0


def test_a_case_with_nothing_to_meet_or_no_answers_has_no_row(content: ContentStore) -> None:
    appealed = {"answers": {**REFUSED, "decision_date": "2026-10-01", "tried": ["appeal"]}}
    cases = [
        ("done", "Done", appealed),
        ("none", "No dates", {"answers": REFUSED}),
        ("empty", "Empty", {}),
        ("junk", "Junk", {"answers": {"role": 5, "draft_plan_date": "2026-11-11"}}),
    ]
    caseload = make_caseload(cases, content.guidance, TODAY)
    assert [row.case_id for row in caseload.rows] == []
    half = {"answers": {**DRAFT, "issues": ["no such issue"], "draft_plan_date": "2026-11-11"}}
    (row,) = make_caseload([("h", "Half", half)], content.guidance, TODAY).rows
    assert row.deadline_id == "draft_plan_comments"


def test_the_fast_count_gives_what_the_plans_own_counting_gives(content: ContentStore) -> None:
    checked = 0
    for scenario in load_scenarios():
        try:
            answers = parse_answers(scenario["answers"])
        except AnswersError:
            continue
        for today in (TODAY, dt.date(2026, 3, 1), dt.date(2027, 6, 30)):
            counted = [due_from(d) for d in count_all(content.guidance, answers, today)]
            expected = next_deadline(counted)
            rows = make_caseload([("s", "S", scenario)], content.guidance, today).rows
            if expected is None:
                assert rows == (), scenario["name"]
                continue
            (row,) = rows
            assert (row.deadline_id, row.date, row.uncertain, row.passed) == (
                expected.id,
                expected.date,
                expected.uncertain,
                expected.days < 0,
            ), scenario["name"]
            checked += 1
    assert checked > 50
