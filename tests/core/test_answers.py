"""The answers contract: what is accepted, and how refusals name the key and values."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from send_routes.core.answers import (
    ISSUES,
    AnswersError,
    parse_answers,
    partial_answers,
)

VALID: dict[str, Any] = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "plan",
    "disagree_with": ["local_authority"],
    "issues": ["plan_content"],
}


def with_(**changes: Any) -> dict[str, Any]:
    answers = dict(VALID)
    answers.update(changes)
    return answers


def test_minimal_valid_answers_are_accepted_with_defaults() -> None:
    answers = parse_answers(VALID)
    assert answers.tried == ()
    assert answers.local_authority == ""
    assert answers.dates == {}


def test_dates_are_parsed_into_real_dates() -> None:
    answers = parse_answers(with_(decision_date="2026-10-01"))
    assert answers.dates["decision_date"] == dt.date(2026, 10, 1)


@pytest.mark.parametrize("key", ["role", "setting", "stage", "disagree_with", "issues"])
def test_a_missing_required_key_is_named(key: str) -> None:
    answers = dict(VALID)
    del answers[key]
    with pytest.raises(AnswersError, match=key) as caught:
        parse_answers(answers)
    assert caught.value.key == key


def test_an_unknown_value_names_the_key_and_every_allowed_value() -> None:
    with pytest.raises(AnswersError) as caught:
        parse_answers(with_(issues=["bullying"]))
    message = str(caught.value)
    assert "issues" in message and "bullying" in message
    assert all(value in message for value in ISSUES)


def test_an_unknown_role_lists_the_roles() -> None:
    with pytest.raises(AnswersError, match="parent_carer, young_person, adviser"):
        parse_answers(with_(role="grandparent"))


@pytest.mark.parametrize("key", ["disagree_with", "issues"])
def test_an_empty_required_list_is_refused(key: str) -> None:
    with pytest.raises(AnswersError, match=key):
        parse_answers(with_(**{key: []}))


def test_an_empty_tried_list_is_fine() -> None:
    assert parse_answers(with_(tried=[])).tried == ()


def test_a_list_key_given_as_a_string_is_refused() -> None:
    with pytest.raises(AnswersError, match="issues"):
        parse_answers(with_(issues="plan_content"))


@pytest.mark.parametrize("bad", ["01/10/2026", "2026-02-30", "2026-1-1", 20261001, None, ""])
def test_a_malformed_date_is_refused(bad: object) -> None:
    with pytest.raises(AnswersError, match="decision_date"):
        parse_answers(with_(decision_date=bad))


def test_an_unknown_key_is_refused_by_name() -> None:
    with pytest.raises(AnswersError, match="child_name"):
        parse_answers(with_(child_name="Sam"))


def test_answers_that_are_not_an_object_are_refused() -> None:
    with pytest.raises(AnswersError):
        parse_answers(["role", "parent_carer"])


def test_any_area_name_is_accepted_but_only_known_areas_count_as_local() -> None:
    assert parse_answers(with_(local_authority="Dudley")).area == "dudley"
    assert parse_answers(with_(local_authority="Cumbria")).area == ""


def test_answers_round_trip_to_the_contract_json() -> None:
    raw = with_(tried=["mediation"], local_authority="leicester", decision_date="2026-10-01")
    assert parse_answers(raw).to_dict() == raw


def test_partial_answers_keep_only_valid_entries_and_never_raise() -> None:
    answers = partial_answers(
        {"role": "nobody", "issues": ["placement", "x"], "decision_date": "?"}
    )
    assert answers.role == ""
    assert answers.issues == ("placement",)
    assert answers.dates == {}
