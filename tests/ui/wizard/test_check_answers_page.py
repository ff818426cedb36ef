"""Check your answers: rows follow the answers, kept when only the answers change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from sample_answers import COLLEGE_SUSPENSION
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.guidance import plain
from send_routes.core.planner import make_plan
from send_routes.core.question_flow import QuestionFlow
from send_routes.core.questions import questions_to_ask
from send_routes.export.plan_context import situation
from send_routes.ui.wizard.check_answers_page import CheckAnswersPage

RAW = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "plan",
    "disagree_with": ["local_authority"],
    "issues": ["plan_content"],
}


def test_changed_answers_update_the_rows_in_place(qtbot: QtBot, content: ContentStore) -> None:
    page = CheckAnswersPage()
    qtbot.addWidget(page)
    questions = [q for q in content.questions if q.key in RAW]
    page.show_answers(questions, RAW)
    rows = page.rows
    page.show_answers(questions, {**RAW, "setting": "college"})
    assert page.rows is rows
    college = plain(next(q for q in questions if q.key == "setting").label_for("college"))
    assert college in {label.text() for label in page._answer_labels.values()}


def test_a_different_set_of_questions_rebuilds_the_rows(
    qtbot: QtBot, content: ContentStore
) -> None:
    page = CheckAnswersPage()
    qtbot.addWidget(page)
    questions = [q for q in content.questions if q.key in RAW]
    page.show_answers(questions, RAW)
    rows = page.rows
    page.show_answers(questions[:-1], RAW)
    assert page.rows is not rows
    assert list(page.change_buttons) == [q.key for q in questions[:-1]]


def test_a_young_person_at_college_reads_the_answers_back_in_their_own_words(
    qtbot: QtBot, content: ContentStore
) -> None:
    raw = COLLEGE_SUSPENSION
    page = CheckAnswersPage()
    qtbot.addWidget(page)
    page.show_answers(QuestionFlow(content.questions, raw).read_back(), raw)
    rows = page.rows
    shown = " ".join(label.text() for label in page.rows.findChildren(QLabel))
    assert "The college has suspended me or told me to leave" in shown
    assert "your child" not in shown.casefold() and "my child" not in shown.casefold()
    parent = {**raw, "role": "parent_carer"}
    page.show_answers(QuestionFlow(content.questions, parent).read_back(), parent)
    assert page.rows is not rows, "new words for the questions make new rows"


def test_check_your_answers_and_the_printouts_your_answers_read_back_the_same_rows(
    qtbot: QtBot, content: ContentStore
) -> None:
    """One read-back: the printout lists no question the person was never asked."""
    raw = COLLEGE_SUSPENSION
    page = CheckAnswersPage()
    qtbot.addWidget(page)
    questions = QuestionFlow(content.questions, raw).read_back()
    page.show_answers(questions, raw)
    on_page = [
        (plain(question.text), page._answer_labels[question.key].text().replace("\n", "; "))
        for question in questions
    ]
    plan = make_plan(content.guidance, parse_answers(raw), dt.date(2026, 11, 22))
    assert list(situation(plan, content)) == on_page
    asked = {question.key for question in questions}
    assert asked == {question.key for question in questions_to_ask(content.questions, raw)}
