"""The condition language the content uses, and the check that rejects bad conditions."""

from __future__ import annotations

from send_routes.core.answers import parse_answers
from send_routes.core.conditions import holds, problems

ANSWERS = parse_answers(
    {
        "role": "parent_carer",
        "setting": "school",
        "stage": "plan",
        "disagree_with": ["local_authority"],
        "issues": ["placement", "plan_content"],
        "decision_date": "2026-10-01",
    }
)


def test_an_empty_condition_always_holds() -> None:
    assert holds({}, ANSWERS)
    assert holds(None, ANSWERS)


def test_a_list_means_any_of_these_values() -> None:
    assert holds({"issues": ["placement", "exclusion"]}, ANSWERS)
    assert not holds({"issues": ["exclusion"]}, ANSWERS)


def test_only_needs_every_chosen_value_listed() -> None:
    assert not holds({"issues": {"only": ["placement"]}}, ANSWERS)
    assert holds({"issues": {"only": ["placement", "plan_content", "exclusion"]}}, ANSWERS)


def test_all_none_and_not_tests() -> None:
    assert holds({"issues": {"all": ["placement", "plan_content"]}}, ANSWERS)
    assert holds({"issues": {"none": ["exclusion"]}}, ANSWERS)
    assert not holds({"stage": {"not": ["plan"]}}, ANSWERS)


def test_known_tests_whether_an_answer_was_given() -> None:
    assert holds({"decision_date": {"known": True}}, ANSWERS)
    assert holds({"certificate_date": {"known": False}}, ANSWERS)
    assert holds({"local_authority": {"known": False}}, ANSWERS)


def test_combinators_nest() -> None:
    condition = {
        "any": [
            {"stage": ["review"]},
            {"all": [{"role": ["parent_carer"]}, {"not": {"issues": ["exclusion"]}}]},
        ]
    }
    assert holds(condition, ANSWERS)


def test_the_check_names_unknown_keys_values_and_tests() -> None:
    found = list(problems({"colour": ["red"], "issues": {"some": ["x"]}, "stage": ["later"]}))
    assert any("colour" in problem for problem in found)
    assert any("'some'" in problem for problem in found)
    assert any("'later'" in problem and "sen_support" in problem for problem in found)


def test_the_check_accepts_a_good_condition() -> None:
    assert not list(
        problems({"all": [{"issues": {"any": ["placement"]}}, {"decision_date": {"known": True}}]})
    )


def test_a_date_can_only_be_tested_for_being_known() -> None:
    assert list(problems({"decision_date": ["2026-10-01"]}))


def _suspended(days: int | None) -> dict[str, object]:
    raw: dict[str, object] = {
        "role": "parent_carer",
        "setting": "school",
        "stage": "sen_support",
        "disagree_with": ["setting"],
        "issues": ["exclusion"],
        "exclusion_kind": "suspension",
    }
    if days is not None:
        raw["suspension_days"] = days
    return raw


def test_number_tests_split_suspensions_into_the_governors_bands() -> None:
    middle = {"suspension_days": {"more_than": 5, "at_most": 15}}
    assert holds({"suspension_days": {"at_most": 5}}, parse_answers(_suspended(5)))
    assert not holds(middle, parse_answers(_suspended(5)))
    assert holds(middle, parse_answers(_suspended(6)))
    assert holds(middle, parse_answers(_suspended(15)))
    assert holds({"suspension_days": {"more_than": 15}}, parse_answers(_suspended(16)))


def test_a_number_not_given_meets_no_bound_but_can_be_tested_as_unknown() -> None:
    answers = parse_answers(_suspended(None))
    assert not holds({"suspension_days": {"at_most": 45}}, answers)
    assert holds({"suspension_days": {"known": False}}, answers)


def test_a_young_person_counts_as_16_to_25_in_conditions() -> None:
    answers = parse_answers({**_suspended(3), "role": "young_person"})
    assert holds({"age_band": ["16_to_25"]}, answers)


def test_number_conditions_are_checked() -> None:
    assert list(problems({"suspension_days": {"at_most": 5}})) == []
    assert list(problems({"suspension_days": [5]}))
    assert list(problems({"suspension_days": {"about": 5}}))
    assert list(problems({"transfer_year": {"more_than": "2020"}}))


def test_the_content_can_name_its_own_areas() -> None:
    vocab = {"local_authority": ("kent", "other")}
    assert list(problems({"local_authority": ["kent"]}, vocab)) == []
    assert list(problems({"local_authority": ["kent"]}))
