"""The session owns the case log and reasons: saved with the case, restored, cleared."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from sample_answers import REFUSED
from send_routes.content_store.content import ContentStore
from send_routes.core.case_file import CASE_FORMAT, CaseFile, Reasons
from send_routes.core.case_log import apply_entry, new_entry
from send_routes.core.planner import make_plan
from send_routes.ui.common.session import Session


def _session(content: ContentStore) -> Session:
    return Session(
        lambda: content.questions,
        lambda answers, today: make_plan(content.guidance, answers, today),
        lambda: dt.date(2026, 11, 22),
    )


def test_a_logged_letter_fills_its_answer_and_the_plan_follows(
    content: ContentStore, qtbot: QtBot
) -> None:
    session = _session(content)
    session.set_answers(REFUSED)
    before = {d.id: d.date for d in session.make_plan().deadlines}
    letter = new_entry("decision_letter", dt.date(2026, 11, 2), dt.date(2026, 11, 20))
    fills = apply_entry({}, [letter], content.case_file.kinds)
    with qtbot.waitSignal(session.case_file_changed):
        session.set_case_file(CaseFile((letter,)), fills)
    assert session.answers["decision_date"] == "2026-11-02"
    after = {d.id: d.date for d in session.make_plan().deadlines}
    assert after["appeal"] > before["appeal"]


def test_the_case_file_is_saved_restored_and_cleared_with_the_case(content: ContentStore) -> None:
    session = _session(content)
    session.set_answers(REFUSED)
    case_file = CaseFile((new_entry("call", dt.date(2026, 11, 2), None, "SENCO"),), Reasons("x"))
    session.set_case_file(case_file)
    saved = session.to_case()
    assert saved["format"] == CASE_FORMAT and len(saved["log"]) == 1
    other = _session(content)
    other.restore(saved)
    assert other.case_file == case_file
    other.restore({"answers": REFUSED})  # a case saved before the case file
    assert other.case_file == CaseFile()
    session.clear()
    assert session.case_file == CaseFile()
