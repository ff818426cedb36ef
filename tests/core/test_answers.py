"""The answers contract: what is accepted, and how refusals name the key and values."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from sample_answers import PLAN_CONTENT_BARE
from send_routes.core.answers import (
    ISSUES,
    AnswersError,
    DateTooLate,
    area_id,
    parse_answers,
    partial_answers,
)

VALID = PLAN_CONTENT_BARE


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


def test_partial_answers_follow_each_change_even_when_kept_between_calls() -> None:
    raw: dict[str, Any] = {"role": "parent_carer", "issues": ["placement"]}
    first = partial_answers(raw)
    assert partial_answers(dict(raw)) == first
    raw["issues"] = ["placement", "exclusion"]
    assert partial_answers(raw).issues == ("placement", "exclusion")
    raw["decision_date"] = "2026-10-01"
    assert partial_answers(raw).dates == {"decision_date": dt.date(2026, 10, 1)}
    raw["decision_date"] = dt.date(2026, 10, 2)  # not JSON, read as it is: not YYYY-MM-DD
    assert partial_answers(raw).dates == {} and partial_answers(raw).issues


# Version 2 of the contract.


def test_a_young_person_is_16_to_25_without_saying_so() -> None:
    assert parse_answers(with_(role="young_person")).value("age_band") == "16_to_25"
    assert parse_answers(with_(age_band="16_to_25")).value("age_band") == "16_to_25"
    assert parse_answers(VALID).value("age_band") is None


def test_a_young_person_under_16_is_refused_naming_age_band() -> None:
    with pytest.raises(AnswersError) as caught:
        parse_answers(with_(role="young_person", age_band="under_16"))
    assert caught.value.key == "age_band"
    assert "age_band" in str(caught.value) and "young_person" in str(caught.value)


@pytest.mark.parametrize(
    ("key", "good", "allowed"),
    [
        ("age_band", "under_16", "under_16, 16_to_25"),
        ("school_type", "academy", "maintained, academy, independent, not_sure"),
        ("exclusion_kind", "suspension", "permanent, suspension"),
        ("phase_transfer", "to_post16", "none, to_school, to_post16"),
    ],
)
def test_new_single_choices_are_kept_and_a_bad_value_lists_the_allowed_ones(
    key: str, good: str, allowed: str
) -> None:
    assert parse_answers(with_(**{key: good})).value(key) == good
    with pytest.raises(AnswersError, match=allowed) as caught:
        parse_answers(with_(**{key: "sometimes"}))
    assert caught.value.key == key


@pytest.mark.parametrize("days", [1, 5, 15, 45])
def test_suspension_days_from_1_to_45_are_accepted(days: int) -> None:
    assert parse_answers(with_(suspension_days=days)).value("suspension_days") == days


@pytest.mark.parametrize("bad", [0, 46, -3, True, False, 5.0, 5.5, "5", None, [5]])
def test_suspension_days_must_be_a_whole_number_in_range(bad: object) -> None:
    with pytest.raises(AnswersError, match=r"suspension_days.*1 to 45") as caught:
        parse_answers(with_(suspension_days=bad))
    assert caught.value.key == "suspension_days"


@pytest.mark.parametrize("bad", [1999, 2101, "2027", 2027.0, True])
def test_transfer_year_must_be_a_year_from_2000_to_2100(bad: object) -> None:
    with pytest.raises(AnswersError, match=r"transfer_year.*2000 to 2100"):
        parse_answers(with_(transfer_year=bad))
    assert parse_answers(with_(transfer_year=2027)).value("transfer_year") == 2027


@pytest.mark.parametrize(
    "key",
    ["discrimination_date", "draft_plan_date", "amendments_date", "reassessment_request_date"],
)
def test_new_dates_are_parsed(key: str) -> None:
    assert parse_answers(with_(**{key: "2026-06-15"})).dates[key] == dt.date(2026, 6, 15)


@pytest.mark.parametrize(
    "bad", ["2026-W47-4", "20260101", "2026-001", "2026-06-15T00:00", " 2026-06-15"]
)
def test_only_exactly_yyyy_mm_dd_is_a_date(bad: str) -> None:
    with pytest.raises(AnswersError, match="discrimination_date"):
        parse_answers(with_(discrimination_date=bad))


def test_a_far_future_date_is_refused_by_name_instead_of_overflowing_the_deadlines() -> None:
    assert parse_answers(with_(decision_date="2099-06-15")).dates["decision_date"].year == 2099
    with pytest.raises(DateTooLate, match=r"cannot count deadlines from .decision_date. 9999"):
        parse_answers(with_(decision_date="9999-12-31"))


@pytest.mark.parametrize("value", ["exclusion_review", "health_complaint", "ombudsman"])
def test_new_tried_values_are_accepted(value: str) -> None:
    assert parse_answers(with_(tried=[value])).tried == (value,)


def test_discrimination_is_an_issue() -> None:
    assert parse_answers(with_(issues=["discrimination"])).issues == ("discrimination",)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Kent", "kent"),
        ("East Sussex County Council", "east_sussex"),
        ("east-sussex", "east_sussex"),
        ("Brighton and Hove City Council", "brighton_and_hove"),
        ("City of Bristol", "bristol"),
        ("Leicester City Council", "leicester"),
        ("  WORCESTERSHIRE  ", "worcestershire"),
        ("Kingston upon Hull", "kingston_upon_hull"),
    ],
)
def test_an_area_name_is_written_as_the_contract_says(name: str, key: str) -> None:
    assert area_id(name) == key
    assert parse_answers(with_(local_authority=name)).area_key == key


def test_whether_an_area_is_covered_is_up_to_the_content() -> None:
    answers = parse_answers(with_(local_authority="Kent County Council"))
    assert answers.area == "" and answers.value("local_authority") == "other"
    covered = answers.with_areas({"kent", "dudley"})
    assert covered.area == "kent" and covered.value("local_authority") == "kent"
    assert parse_answers(VALID).with_areas({"kent"}).value("local_authority") is None


def test_version_1_answers_mean_the_same() -> None:
    raw = with_(tried=["appeal"], local_authority="dudley", request_date="2026-09-01")
    answers = parse_answers(raw)
    assert answers.to_dict() == raw
    assert answers.choices == {} and answers.numbers == {}


def test_version_2_answers_round_trip_to_the_contract_json() -> None:
    raw = with_(
        age_band="16_to_25",
        school_type="academy",
        exclusion_kind="suspension",
        suspension_days=7,
        phase_transfer="to_school",
        transfer_year=2027,
        discrimination_date="2026-06-15",
        local_authority="Kent",
    )
    assert parse_answers(raw).to_dict() == raw


def test_partial_answers_keep_valid_version_2_entries() -> None:
    answers = partial_answers(
        {"school_type": "academy", "suspension_days": 99, "transfer_year": 2027, "age_band": "x"}
    )
    assert answers.value("school_type") == "academy"
    assert answers.value("suspension_days") is None
    assert answers.value("transfer_year") == 2027
    assert answers.value("age_band") is None


@pytest.mark.parametrize(
    "answers",
    [
        {"role": "x" * 100_000},
        {"issues": ["y" * 100_000]},
        {"x" * 100_000: 1},
        {"decision_date": "9" * 100_000},
    ],
    ids=["role", "issues", "key", "date"],
)
def test_a_huge_bad_value_is_cut_in_the_message_which_still_names_the_key(
    answers: dict[str, object],
) -> None:
    with pytest.raises(AnswersError) as refused:
        parse_answers({**VALID, **answers})
    message = str(refused.value)
    assert len(message) < 400 and "more)" in message
    assert any(words in message for words in ("allowed", "one of", "YYYY-MM-DD"))
