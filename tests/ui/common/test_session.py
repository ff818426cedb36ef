"""The session plans once for the same answers on the same day, and again when they change."""

from __future__ import annotations

import datetime as dt
import json

from sample_answers import REFUSED
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import Answers
from send_routes.core.case_file import CaseFile
from send_routes.core.case_log import new_entry
from send_routes.core.plan import Plan
from send_routes.core.planner import make_plan
from send_routes.ui.common.session import Session


def counting_session(content: ContentStore, days: list[dt.date]) -> tuple[Session, list[int]]:
    """A session planning as the window does, counting how often it plans."""
    made: list[int] = []

    def planner(answers: Answers, today: dt.date) -> Plan:
        made.append(1)
        return make_plan(content.guidance, answers, today)

    return Session(lambda: content.questions, planner, lambda: days[-1]), made


def test_the_plan_made_while_the_answers_are_read_is_the_one_continue_shows(
    content: ContentStore,
) -> None:
    session, made = counting_session(content, [dt.date(2026, 11, 22)])
    session.set_answers(REFUSED)
    prepared = session.make_plan()
    assert session.make_plan() is prepared
    assert len(made) == 1


def test_a_changed_answer_or_a_new_day_plans_again(content: ContentStore) -> None:
    days = [dt.date(2026, 11, 22)]
    session, made = counting_session(content, days)
    session.set_answers(REFUSED)
    first = session.make_plan()
    session.record("decision_date", "2026-10-02")
    second = session.make_plan()
    assert second is not first and len(made) == 2
    days.append(dt.date(2026, 11, 23))
    assert session.make_plan() is not second and len(made) == 3


def test_a_plan_cleared_from_the_session_is_made_again(content: ContentStore) -> None:
    session, made = counting_session(content, [dt.date(2026, 11, 22)])
    session.set_answers(REFUSED)
    session.make_plan()
    session.set_plan(None)
    assert session.plan is None
    assert session.make_plan() is not None and len(made) == 2


def test_a_saved_case_never_keeps_the_first_name_typed_for_the_title(
    content: ContentStore,
) -> None:
    """The name box says "It is never stored": true for an adviser's saved case too."""
    session, _ = counting_session(content, [dt.date(2026, 11, 22)])
    session.set_answers(REFUSED)
    session.set_child_name("Zebedee")
    session.set_notes("Tribunal papers sent")
    case = session.to_case()
    assert "Zebedee" not in json.dumps(case)
    assert case["notes"] == "Tribunal papers sent" and case["answers"] == REFUSED


def test_clear_forgets_every_field_by_itself_without_a_page_to_help(
    content: ContentStore,
) -> None:
    session, _ = counting_session(content, [dt.date(2026, 11, 22)])
    session.set_answers(REFUSED)
    session.make_plan()
    session.set_child_name("Zebedee")
    session.set_ticks([("mediation", 0)])
    session.set_notes("Tribunal papers sent")
    session.set_case_file(CaseFile((new_entry("other", dt.date(2026, 10, 1), note="Called"),)))
    session.clear()
    assert (session.answers, session.plan, session.child_name) == ({}, None, "")
    assert (session.ticks, session.notes) == ([], "")
    assert session.case_file.is_empty
