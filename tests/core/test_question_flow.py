"""Which question comes next, and which the answers so far make pointless (no Qt)."""

from __future__ import annotations

from typing import Any

from send_routes.content_store.content import ContentStore
from send_routes.core.question_flow import QuestionFlow
from send_routes.core.questions import third_person_words

APPEAL: dict[str, Any] = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "plan",
    "disagree_with": ["local_authority"],
    "issues": ["placement"],
}


def _keys(content: ContentStore, answers: dict[str, Any]) -> list[str]:
    return [question.key for question in QuestionFlow(content.questions, answers).to_ask()]


def test_the_certificate_date_is_asked_only_after_contact_with_the_mediation_adviser(
    content: ContentStore,
) -> None:
    assert "certificate_date" not in _keys(content, {**APPEAL, "tried": ["talked_to_la"]})
    assert "certificate_date" not in _keys(content, APPEAL)
    assert "certificate_date" in _keys(content, {**APPEAL, "tried": ["mediation"]})


def test_an_answer_made_pointless_by_a_later_change_is_not_planned_on(
    content: ContentStore,
) -> None:
    flow = QuestionFlow(content.questions, {**APPEAL, "tried": ["mediation"]})
    flow.record("certificate_date", "2026-11-01")
    flow.record("tried", [])
    assert "certificate_date" not in flow.planning_answers()
    assert flow.raw["certificate_date"] == "2026-11-01"  # kept, in case it is changed back


def test_a_young_person_is_never_spoken_of_as_someone_elses_child(
    content: ContentStore,
) -> None:
    flow = QuestionFlow(content.questions, {**APPEAL, "role": "young_person"})
    for question in content.questions:
        shown = flow.shown(question.key)
        texts = [shown.text, shown.hint, *(o.label + " " + o.help for o in shown.options)]
        for text in texts:
            assert not third_person_words(text), f"{question.key}: {text}"


def test_a_parent_keeps_the_wording_about_their_child(content: ContentStore) -> None:
    flow = QuestionFlow(content.questions, APPEAL)
    assert flow.shown("stage").text == "Where are you with your child's support?"
    young = QuestionFlow(content.questions, {**APPEAL, "role": "young_person"})
    assert young.shown("stage").text == "Where are you with your support?"


def _offered(content: ContentStore, answers: dict[str, Any]) -> set[str]:
    flow = QuestionFlow(content.questions, answers)
    return {option.value for option in flow.shown("issues").options}


def test_plan_sections_are_offered_only_once_there_is_a_plan(content: ContentStore) -> None:
    support = _offered(content, {**APPEAL, "stage": "sen_support"})
    assert not {"plan_content", "placement", "refused_amend", "cease_plan"} & support
    assert {"refused_assessment", "not_sure"} <= support
    assert {"plan_content", "placement", "cease_plan"} <= _offered(content, APPEAL)


def test_a_refusal_to_issue_a_plan_is_offered_only_after_an_assessment(
    content: ContentStore,
) -> None:
    assert "refused_plan" in _offered(content, {**APPEAL, "stage": "assessment"})
    assert "refused_plan" not in _offered(content, APPEAL)
    assert "refused_assessment" not in _offered(content, {**APPEAL, "stage": "assessment"})


def test_a_choice_no_longer_offered_is_not_planned_on(content: ContentStore) -> None:
    flow = QuestionFlow(content.questions, {**APPEAL, "issues": ["placement", "la_duties"]})
    flow.record("stage", "sen_support")
    assert flow.planning_answers()["issues"] == ["la_duties"]
    flow.record("issues", ["placement"])
    assert "issues" not in flow.planning_answers()
    assert flow.first_missing_required() == "issues"


def test_a_family_told_no_to_an_assessment_finds_their_stage_and_the_refusal(
    content: ContentStore,
) -> None:
    flow = QuestionFlow(content.questions, {**APPEAL, "stage": "assessment_requested"})
    label = flow.shown("stage").label_for("assessment_requested")
    assert "said no" in label
    assert "refused_assessment" in _offered(content, flow.raw)
