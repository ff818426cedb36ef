"""The printed plan reads the answers back in the person's own words."""

from __future__ import annotations

import datetime as dt

from sample_answers import COLLEGE_SUSPENSION
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.planner import make_plan
from send_routes.core.questions import third_person_words
from send_routes.export.plan_context import situation

COLLEGE = COLLEGE_SUSPENSION


def _situation(content: ContentStore, answers: dict[str, object]) -> dict[str, str]:
    plan = make_plan(content.guidance, parse_answers(answers), dt.date(2026, 11, 30))
    return dict(situation(plan, content))


def test_a_young_person_at_college_reads_their_answers_in_the_colleges_words(
    content: ContentStore,
) -> None:
    rows = _situation(content, COLLEGE)
    assert rows["What is the disagreement about?"] == (
        "The college has suspended me or told me to leave"
    )
    assert rows["What has the college done?"] == (
        "Suspended: told not to come to the college for a time"
    )
    assert "Where are you in education now?" in rows
    for question, answer in rows.items():
        assert not third_person_words(question + " " + answer), (question, answer)


def test_a_parent_at_a_school_reads_the_school_words(content: ContentStore) -> None:
    rows = _situation(content, {**COLLEGE, "role": "parent_carer", "setting": "school"})
    assert rows["What is the disagreement about?"] == "My child has been excluded"
    assert rows["What kind of exclusion is it?"] == "A suspension"
