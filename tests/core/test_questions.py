"""Which options each setting offers, in which words (no Qt).

The school exclusion rules cover maintained schools and nurseries, pupil referral units and
academies, not colleges or private nurseries: a college suspends a student or tells them to
leave, so the same answer is offered there in the college's words.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from send_routes.content_store.content import ContentStore
from send_routes.core.question_flow import QuestionFlow
from send_routes.core.questions import (
    Option,
    Question,
    Wording,
    reworded,
    third_person_words,
    worded_for,
)

SHARED = Path(__file__).resolve().parents[1] / "data" / "scenarios_shared.json"
SETTINGS = ("early_years", "school", "college", "none", "not_sure")
EXCLUDED: dict[str, Any] = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "sen_support",
    "disagree_with": ["setting"],
    "issues": ["exclusion"],
}


def _option(flow: QuestionFlow, key: str, value: str) -> Option | None:
    return next((o for o in flow.shown(key).options if o.value == value), None)


def _asked(content: ContentStore, answers: dict[str, Any]) -> list[str]:
    return [question.key for question in QuestionFlow(content.questions, answers).to_ask()]


@pytest.mark.parametrize("setting", SETTINGS)
def test_an_exclusion_can_be_chosen_in_every_setting(content: ContentStore, setting: str) -> None:
    flow = QuestionFlow(content.questions, {**EXCLUDED, "setting": setting})
    assert _option(flow, "issues", "exclusion") is not None
    assert flow.planning_answers()["issues"] == ["exclusion"]


def test_at_a_college_the_option_says_what_an_exclusion_means_there(
    content: ContentStore,
) -> None:
    college = {**EXCLUDED, "setting": "college", "role": "young_person"}
    option = _option(QuestionFlow(content.questions, college), "issues", "exclusion")
    assert option is not None
    assert option.label == "The college has suspended me or told me to leave"
    assert "do not cover colleges" in option.help and "Your plan shows" in option.help
    parent = _option(
        QuestionFlow(content.questions, {**college, "role": "parent_carer"}), "issues", "exclusion"
    )
    assert parent is not None and parent.label.startswith("The college has suspended my child")


def test_at_a_school_the_option_keeps_the_school_words(content: ContentStore) -> None:
    young = _option(
        QuestionFlow(content.questions, {**EXCLUDED, "role": "young_person"}), "issues", "exclusion"
    )
    assert young is not None and young.label == "I have been excluded"
    parent = _option(QuestionFlow(content.questions, EXCLUDED), "issues", "exclusion")
    assert parent is not None and parent.label == "My child has been excluded"


def test_without_a_place_the_exclusion_offered_is_the_one_that_is_why(
    content: ContentStore,
) -> None:
    flow = QuestionFlow(content.questions, {**EXCLUDED, "setting": "none"})
    option = _option(flow, "issues", "exclusion")
    assert option is not None and "that is why they have no place now" in option.label


def test_at_a_nursery_the_option_says_private_nurseries_are_not_covered(
    content: ContentStore,
) -> None:
    flow = QuestionFlow(content.questions, {**EXCLUDED, "setting": "early_years"})
    option = _option(flow, "issues", "exclusion")
    assert option is not None and "do not cover private nurseries" in option.help


def test_the_kind_of_exclusion_reads_right_for_a_college(content: ContentStore) -> None:
    college = {**EXCLUDED, "setting": "college", "role": "young_person"}
    shown = QuestionFlow(content.questions, college).shown("exclusion_kind")
    assert shown.text == "What has the college done?"
    assert "do not cover colleges" in shown.hint
    labels = {option.value: option.label for option in shown.options}
    assert labels == {
        "suspension": "Suspended: told not to come to the college for a time",
        "permanent": "Told to leave the college for good",
    }
    school = QuestionFlow(content.questions, EXCLUDED).shown("exclusion_kind")
    assert school.text == "What kind of exclusion is it?"
    assert {o.label for o in school.options} == {"A [[suspension]]", "A [[permanent exclusion]]"}


def test_school_days_of_suspension_are_asked_at_a_school_but_not_at_a_college(
    content: ContentStore,
) -> None:
    suspended = {**EXCLUDED, "exclusion_kind": "suspension"}
    assert "suspension_days" in _asked(content, suspended)
    assert "suspension_days" not in _asked(content, {**suspended, "setting": "college"})


def test_a_governors_review_is_offered_as_tried_only_where_the_school_rules_apply(
    content: ContentStore,
) -> None:
    def offered(answers: dict[str, Any]) -> bool:
        return (
            _option(QuestionFlow(content.questions, answers), "tried", "exclusion_review")
            is not None
        )

    assert offered(EXCLUDED)
    assert not offered({**EXCLUDED, "setting": "college"})
    assert not offered({**EXCLUDED, "issues": ["setting_provision"]})


def test_a_nursery_is_asked_who_runs_it_only_when_the_rules_depend_on_it(
    content: ContentStore,
) -> None:
    nursery = {**EXCLUDED, "setting": "early_years"}
    assert "school_type" in _asked(content, nursery)
    assert "school_type" in _asked(content, {**nursery, "issues": ["discrimination"]})
    assert "school_type" not in _asked(content, {**nursery, "issues": ["setting_provision"]})
    assert QuestionFlow(content.questions, nursery).shown("school_type").text == (
        "Who runs the nursery?"
    )
    assert "school_type" not in _asked(content, {**EXCLUDED, "setting": "college"})


@pytest.mark.parametrize("setting", SETTINGS)
def test_a_young_person_is_never_someone_elses_child_in_any_setting(
    content: ContentStore, setting: str
) -> None:
    answers = {
        **EXCLUDED,
        "setting": setting,
        "role": "young_person",
        "exclusion_kind": "suspension",
    }
    flow = QuestionFlow(content.questions, answers)
    for question in flow.to_ask():
        shown = flow.shown(question.key)
        for text in (shown.text, shown.hint, *(o.label + " " + o.help for o in shown.options)):
            assert not third_person_words(text), f"{question.key}: {text}"


def _public_scenarios() -> list[dict[str, Any]]:
    scenarios = json.loads(SHARED.read_text(encoding="utf-8"))
    return [s for s in scenarios if "error_mentions" not in s["expect"]]


@pytest.mark.parametrize("scenario", _public_scenarios(), ids=lambda s: s["name"][:40])
def test_every_public_scenario_can_still_be_entered_as_it_is(
    content: ContentStore, scenario: dict[str, Any]
) -> None:
    """No answer of a public scenario is skipped or hidden by the questions."""
    flow = QuestionFlow(content.questions, scenario["answers"])
    assert flow.planning_answers() == scenario["answers"]


def test_the_first_variant_that_fits_rewords_the_option_with_its_own_young_persons_words() -> None:
    option = Option(
        "exclusion",
        "My child has been excluded",
        "School help.",
        young_person={"label": "I have been excluded"},
        variants=(
            Wording({"setting": ["college"]}, {"label": "College words"}, {"help": "Yours."}),
            Wording({"setting": ["college", "school"]}, {"label": "Never used at a college"}),
        ),
    )
    question = Question("issues", "multi", True, "What?", "Hint.", options=(option,))
    young = worded_for(question, {"role": "young_person", "setting": "college"}).options[0]
    assert (young.label, young.help) == ("College words", "Yours.")
    parent = worded_for(question, {"role": "parent_carer", "setting": "college"}).options[0]
    assert (parent.label, parent.help) == ("College words", "School help.")
    at_school = worded_for(question, {"role": "young_person", "setting": "school"}).options[0]
    assert (at_school.label, at_school.help) == ("Never used at a college", "School help.")


def test_reading_answers_back_words_even_an_option_no_longer_offered() -> None:
    hidden = Option("plan_content", "Plan words", "Help.", show_if={"stage": ["plan"]})
    question = Question("issues", "multi", True, "What?", "Hint.", options=(hidden,))
    answers = {"role": "parent_carer", "stage": "sen_support"}
    assert worded_for(question, answers).options == ()
    assert reworded(question, answers).label_for("plan_content") == "Plan words"
