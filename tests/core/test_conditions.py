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
