"""The case log: letters fill the answers from the date on them, and the plan follows."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import DATE_KEYS, parse_answers
from send_routes.core.case_content import LateArrival, LetterKind
from send_routes.core.case_log import (
    LogEntry,
    answer_sources,
    apply_entry,
    deadline_origins,
    entries_from,
    filled_answers,
    late_arrival,
    new_entry,
    origin_text,
    with_entry,
    without_entry,
)
from send_routes.core.plan_view import build_plan_view
from send_routes.core.plan_view_parts import DateView, PlanFacts
from send_routes.core.planner import make_plan

TODAY = dt.date(2026, 11, 22)
PLAN = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "plan",
    "disagree_with": ["local_authority"],
    "issues": ["plan_content"],
}
#: For each date a letter can fill, answers whose plan counts a deadline from that date.
COUNTED_FROM: dict[str, dict[str, Any]] = {
    "decision_date": PLAN,
    "certificate_date": {**PLAN, "decision_date": "2026-07-20", "tried": ["mediation"]},
    "draft_plan_date": {**PLAN, "stage": "draft_plan"},
    "amendments_date": {**PLAN, "stage": "review", "issues": ["refused_amend"]},
    "review_meeting_date": {**PLAN, "stage": "review", "issues": ["plan_content"]},
    "exclusion_date": {
        **PLAN,
        "disagree_with": ["setting"],
        "issues": ["exclusion"],
        "exclusion_kind": "permanent",
        "school_type": "maintained",
    },
    "governors_decision_date": {
        **PLAN,
        "disagree_with": ["setting"],
        "issues": ["exclusion"],
        "exclusion_kind": "permanent",
        "school_type": "maintained",
        "tried": ["exclusion_review"],
    },
}


def _filling_kinds(content: ContentStore) -> list[LetterKind]:
    return [kind for kind in content.case_file.kinds if kind.answer in DATE_KEYS]


def _deadlines_from(content: ContentStore, answers: dict[str, Any], key: str) -> dict[str, Any]:
    plan = make_plan(content.guidance, parse_answers(answers), TODAY)
    label = content.guidance.from_labels[key]
    return {d.id: d for d in plan.deadlines if d.counted_from == label}


def test_every_kind_that_fills_a_known_answer_is_tested(content: ContentStore) -> None:
    kinds = _filling_kinds(content)
    assert {kind.answer for kind in kinds} <= set(COUNTED_FROM)
    assert {"decision_date", "certificate_date", "draft_plan_date"} <= {k.answer for k in kinds}


#: Every kind of letter whose date fills an answer the plan counts from.
LETTERS_THAT_FILL = [
    "decision_letter",
    "final_plan",
    "mediation_certificate",
    "draft_plan",
    "proposed_amendments",
    "review_meeting",
    "exclusion_letter",
    "governors_decision",
]


def test_every_kind_that_fills_a_known_answer_is_listed(content: ContentStore) -> None:
    assert {kind.id for kind in _filling_kinds(content)} == set(LETTERS_THAT_FILL)


@pytest.mark.parametrize("kind_id", LETTERS_THAT_FILL)
def test_a_letter_fills_its_answer_and_moves_the_plans_dates(
    content: ContentStore, kind_id: str
) -> None:
    kind = content.case_file.kind(kind_id)
    assert kind is not None and kind.answer
    if kind.answer not in DATE_KEYS:
        pytest.skip(f"these answers do not know {kind.answer} yet (tested as tolerated below)")
    kinds = content.case_file.kinds
    base = COUNTED_FROM[kind.answer]
    first = new_entry(kind_id, dt.date(2026, 10, 1), dt.date(2026, 10, 3), "The council")
    answers = apply_entry(base, [first], kinds)
    assert answers[kind.answer] == "2026-10-01"
    before = _deadlines_from(content, answers, kind.answer)
    assert before, f"no deadline counts from {kind.answer}"
    assert all(d.from_date == dt.date(2026, 10, 1) for d in before.values())
    later = new_entry(kind_id, dt.date(2026, 10, 20), dt.date(2026, 10, 21))
    moved = _deadlines_from(content, apply_entry(base, [first, later], kinds), kind.answer)
    for deadline_id, deadline in moved.items():
        assert deadline.from_date == dt.date(2026, 10, 20)
        assert deadline.date > before[deadline_id].date


def _dates_shown(
    content: ContentStore, raw: dict[str, Any], log: list[LogEntry]
) -> dict[str, DateView]:
    """The plan view's dates for ``raw`` made from a case with ``log`` (as the window does)."""
    plan = make_plan(content.guidance, parse_answers(raw), TODAY)
    sources = answer_sources(plan.answers.dates, log, content.case_file.kinds)
    facts = PlanFacts(content.route_texts, content.terms, letter_sources=sources)
    return {date.id: date for date in build_plan_view(plan, facts).dates}


@pytest.mark.parametrize("kind_id", LETTERS_THAT_FILL)
def test_the_plans_dates_say_which_logged_letter_they_were_counted_from(
    content: ContentStore, kind_id: str
) -> None:
    kind = content.case_file.kind(kind_id)
    assert kind is not None and kind.answer in DATE_KEYS
    kinds = content.case_file.kinds
    base = COUNTED_FROM[kind.answer]
    letter = new_entry(kind_id, dt.date(2026, 11, 3), dt.date(2026, 11, 5), "Kent Council")
    answers = apply_entry(base, [letter], kinds)
    counted = _deadlines_from(content, answers, kind.answer)
    shown = _dates_shown(content, answers, [letter])
    for deadline_id in counted:
        source = shown[deadline_id].from_letter
        assert source.startswith(f"Counted from the case log: {kind.label}, dated ")
        assert "3 November 2026 (it arrived on 5 November 2026)." in source
        assert "Kent Council" not in source  # the plan is the family's: no sender
    others = {i: d for i, d in shown.items() if i not in counted}
    assert all(d.from_letter == "" for d in others.values())
    # The same answers typed, with no log, and a date changed by hand: no letter is named.
    assert all(d.from_letter == "" for d in _dates_shown(content, answers, []).values())
    by_hand = {**answers, kind.answer: "2026-11-04"}
    assert all(d.from_letter == "" for d in _dates_shown(content, by_hand, [letter]).values())


def test_the_arrival_date_never_replaces_the_date_on_the_letter(content: ContentStore) -> None:
    letter = new_entry("decision_letter", dt.date(2026, 10, 1), dt.date(2026, 10, 29))
    answers = apply_entry(PLAN, [letter], content.case_file.kinds)
    assert answers["decision_date"] == "2026-10-01"


def test_a_long_gap_between_date_and_arrival_is_pointed_out(content: ContentStore) -> None:
    late = content.case_file.late
    slow = new_entry("decision_letter", dt.date(2026, 10, 1), dt.date(2026, 10, 29))
    quick = new_entry("decision_letter", dt.date(2026, 10, 1), dt.date(2026, 10, 3))
    warning = late_arrival(slow, late)
    assert "28 days" in warning and "section 5" in warning
    assert late_arrival(quick, late) == ""
    edge = new_entry("decision_letter", dt.date(2026, 10, 1), dt.date(2026, 10, 1 + late.days))
    assert late_arrival(edge, late) == ""
    assert late_arrival(new_entry("call", None, dt.date(2026, 10, 9)), late) == ""


def test_a_key_the_answers_do_not_know_yet_is_left_alone() -> None:
    kinds = [LetterKind("future", "A future letter", "", ("H48",), answer="future_date")]
    entry = new_entry("future", dt.date(2026, 10, 1))
    assert apply_entry(PLAN, [entry], kinds) == PLAN
    known = (*DATE_KEYS, "future_date")
    assert apply_entry(PLAN, [entry], kinds, known)["future_date"] == "2026-10-01"


def test_calls_and_notes_fill_no_answer(content: ContentStore) -> None:
    entries = [new_entry(kind, dt.date(2026, 10, 1)) for kind in ("call", "meeting", "note")]
    assert filled_answers(entries, content.case_file.kinds) == {}


def test_the_plans_dates_say_which_letter_they_come_from(content: ContentStore) -> None:
    kinds = content.case_file.kinds
    letter = new_entry("decision_letter", dt.date(2026, 10, 1), None, "Kent County Council")
    answers = apply_entry(PLAN, [letter], kinds)
    plan = make_plan(content.guidance, parse_answers(answers), TODAY)
    origins = deadline_origins(plan.deadlines, [letter], kinds)
    assert origins["appeal"] == letter
    text = origin_text(letter, kinds)
    assert "Decision letter" in text and "1 October 2026" in text and "Kent County Council" in text


def test_a_saved_log_is_read_back_in_date_order_and_junk_is_skipped() -> None:
    later = new_entry("call", dt.date(2026, 11, 2), None, "SENCO", "Said the plan is late")
    earlier = new_entry("decision_letter", dt.date(2026, 10, 1), dt.date(2026, 10, 4))
    saved = [
        later.to_dict(),
        "junk",
        {"kind": ""},
        earlier.to_dict(),
        {"kind": "note", "dated": "x"},
    ]
    read = entries_from(saved)
    assert read[:2] == (earlier, later)
    assert read[2].kind == "note" and read[2].dated is None
    assert entries_from("not a list") == ()


def test_an_entry_is_replaced_by_its_id_and_removed() -> None:
    entry = new_entry("call", dt.date(2026, 11, 2), None, "SENCO")
    log = with_entry((), entry)
    edited = with_entry(log, entry.__class__(entry.id, "meeting", entry.dated))
    assert len(edited) == 1 and edited[0].kind == "meeting"
    assert without_entry(edited, entry.id) == ()


def test_late_arrival_uses_the_contents_threshold() -> None:
    letter = new_entry("decision_letter", dt.date(2026, 10, 1), dt.date(2026, 10, 4))
    assert late_arrival(letter, LateArrival(2, "Late by {days}.", ("F7",))) == "Late by 3 days."


def test_a_typed_sender_with_an_override_is_isolated_before_the_full_stop(
    content: ContentStore,
) -> None:
    sender = "\u202eKent County Council"  # unisolated, it would reverse the rest of the line
    letter = new_entry("decision_letter", dt.date(2026, 10, 1), None, sender)
    text = origin_text(letter, content.case_file.kinds)
    assert text.endswith(f", from \u2068{sender}\u2069.")
