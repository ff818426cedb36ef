"""The wizard, walked by keyboard only, records the answers contract and shows the engine's plan."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from wizard_keys import (
    ALT,
    TODAY,
    MakeWindow,
    answer_current,
    focused,
    press,
    tab_to,
    walk_wizard,
)

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.deadlines import long_date
from send_routes.core.planner import make_plan
from send_routes.core.questions import questions_to_ask
from send_routes.ui.shell.main_window import MainWindow
from send_routes.ui.wizard.choice_fields import ChoiceField
from send_routes.ui.wizard.date_field import DateField

SCENARIOS = Path(__file__).resolve().parents[2] / "data" / "scenarios_shared.json"


def _valid_scenarios() -> list[dict[str, Any]]:
    scenarios = json.loads(SCENARIOS.read_text(encoding="utf-8"))
    return [s for s in scenarios if "error_mentions" not in s["expect"]]


def _labels_text(widget: Any) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


@pytest.mark.parametrize("scenario", _valid_scenarios(), ids=lambda s: s["name"][:40])
def test_a_keyboard_only_walk_records_the_answers_and_shows_the_engines_plan(
    qtbot: QtBot, make_window: MakeWindow, content: ContentStore, scenario: dict[str, Any]
) -> None:
    today = dt.date.fromisoformat(scenario.get("today", TODAY.isoformat()))
    window = make_window(today)
    assert focused() is window.start_page.start
    press(qtbot, Qt.Key.Key_Space)
    walk_wizard(qtbot, window, scenario["answers"])
    assert window.current_page() is window.check_page
    assert window.wizard.flow.planning_answers() == scenario["answers"]
    press(qtbot, Qt.Key.Key_N, ALT)
    assert window.current_page() is window.plan_page

    expected = make_plan(content.guidance, parse_answers(scenario["answers"]), today)
    easy_read = window.plan_exports.easy_read
    assert easy_read is not None
    # A young person answering for themselves is offered the Easy Read plan first.
    young_person = scenario["answers"]["role"] == "young_person"
    assert easy_read.switch.isChecked() is young_person
    assert easy_read.reader.isVisible() is young_person
    easy_read.switch.setChecked(False)
    assert [card.route_id for card in window.plan_page.cards] == [r.id for r in expected.routes]
    for card, route in zip(window.plan_page.cards, expected.routes, strict=True):
        assert card.isVisible() and route.title in card.title.text()
    on_screen = _labels_text(window.plan_page)
    for deadline in expected.deadlines:
        assert long_date(deadline.date) in on_screen
    for key, date in scenario["expect"].get("deadlines", {}).items():
        assert any(d.id == key for d in expected.deadlines)
        assert long_date(dt.date.fromisoformat(date)) in on_screen


def test_back_and_forward_keep_every_answer(qtbot: QtBot, window: MainWindow) -> None:
    answers = {
        "role": "young_person",
        "setting": "college",
        "stage": "plan",
        "disagree_with": ["local_authority", "health"],
    }
    window.start_wizard()
    for _ in range(4):
        answer_current(qtbot, window, answers)
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Left, ALT)
    assert window.wizard.current_page().question.key == "role"  # type: ignore[union-attr]
    for key in ("role", "setting", "stage", "disagree_with"):
        page = window.wizard.current_page()
        assert page is not None and page.question.key == key
        assert page.answer() == answers[key]
        press(qtbot, Qt.Key.Key_B if key == "never" else Qt.Key.Key_Right, ALT)
    assert {k: window.wizard.flow.raw[k] for k in answers} == answers


def test_back_from_the_first_question_returns_to_the_start_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.start_wizard()
    press(qtbot, Qt.Key.Key_B, ALT)
    assert window.current_page() is window.start_page


def test_progress_is_recomputed_when_answers_change_what_is_asked(
    qtbot: QtBot, window: MainWindow, content: ContentStore
) -> None:
    answers = {
        "role": "parent_carer",
        "setting": "school",
        "stage": "sen_support",
        "disagree_with": ["setting"],
        "issues": ["setting_provision"],
    }
    window.start_wizard()
    for _ in range(4):
        answer_current(qtbot, window, answers)
    page = window.wizard.current_page()
    total = len(questions_to_ask(content.questions, answers))
    assert page is not None and page.progress.text() == f"Question 5 of about {total}"
    answer_current(qtbot, window, {"issues": ["refused_assessment"]})
    page = window.wizard.current_page()
    more = len(questions_to_ask(content.questions, {**answers, "issues": ["refused_assessment"]}))
    assert more > total
    assert page is not None and page.progress.text() == f"Question 6 of about {more}"


def test_pressing_next_on_an_unanswered_question_shows_an_error_summary_and_focuses_the_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.start_wizard()
    press(qtbot, Qt.Key.Key_N, ALT)
    page = window.wizard.current_page()
    assert page is not None and page.question.key == "role"
    summary = page.summary
    assert summary.isVisible() and focused() is page.field.focus_target()
    assert summary.accessibleName() == "There is a problem"
    assert "Who is using this app?" in summary.accessibleDescription()
    assert summary.messages == ["Choose an answer to: Who is using this app?"]
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is summary.links[0]
    press(qtbot, Qt.Key.Key_Space)
    assert focused() is page.field.focus_target()


def test_an_impossible_date_is_an_error_that_names_the_date(
    qtbot: QtBot, window: MainWindow
) -> None:
    answers = {
        "role": "parent_carer",
        "setting": "school",
        "stage": "plan",
        "disagree_with": ["local_authority"],
        "issues": ["plan_content"],
        "decision_date": "2026-02-28",
    }
    window.start_wizard()
    while window.wizard.current_page().question.key != "decision_date":  # type: ignore[union-attr]
        answer_current(qtbot, window, answers)
    page = window.wizard.current_page()
    assert page is not None
    tab_to(qtbot, page.field.day)  # type: ignore[union-attr]
    qtbot.keyClicks(focused(), "31")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "2")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "2026")
    press(qtbot, Qt.Key.Key_N, ALT)
    assert window.wizard.current_page() is page
    assert focused() is page.field.focus_target()
    assert page.summary.isVisible()
    assert page.summary.messages == ["The date must be a real date, for example 27 3 2026"]
    assert "decision_date" not in window.wizard.flow.raw


def test_a_council_typed_is_recorded_by_its_id_and_clearing_it_leaves_the_area_out(
    qtbot: QtBot, window: MainWindow
) -> None:
    answers: dict[str, Any] = {
        "role": "parent_carer",
        "setting": "school",
        "stage": "sen_support",
        "disagree_with": ["setting"],
        "issues": ["setting_provision"],
        "local_authority": "Birmingham",
    }
    window.start_wizard()
    walk_wizard(qtbot, window, answers)
    assert window.wizard.flow.raw["local_authority"] == "birmingham"
    window.change_answer("local_authority")
    page = window.wizard.current_page()
    assert page is not None
    page.field.box.clear()  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_N, ALT)
    assert window.current_page() is window.check_page
    assert "local_authority" not in window.wizard.flow.raw


def test_the_adviser_entry_presets_the_role_and_says_so(qtbot: QtBot, window: MainWindow) -> None:
    tab_to(qtbot, window.start_page.adviser)
    press(qtbot, Qt.Key.Key_Space)
    page = window.wizard.current_page()
    assert page is not None and page.question.key == "setting"
    assert page.adviser_note.isVisible() and "helping a family" in page.adviser_note.text()
    assert page.progress.text().startswith("Question 2 of about")
    assert window.wizard.flow.raw["role"] == "adviser"
    press(qtbot, Qt.Key.Key_B, ALT)
    role_page = window.wizard.current_page()
    assert role_page is not None and role_page.answer() == "adviser"


def test_a_date_can_be_picked_from_a_calendar_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    answers = {
        "role": "parent_carer",
        "setting": "school",
        "stage": "plan",
        "disagree_with": ["local_authority"],
        "issues": ["placement"],
    }
    window.start_wizard()
    while window.wizard.current_page().question.key != "decision_date":  # type: ignore[union-attr]
        answer_current(qtbot, window, answers)
    field = window.wizard.current_page().field  # type: ignore[union-attr]
    assert isinstance(field, DateField)
    tab_to(qtbot, field.pick)
    press(qtbot, Qt.Key.Key_Space)
    assert field.calendar is not None and field.calendar.isVisible()
    field.calendar.calendar.setSelectedDate(QDate(2026, 6, 30))
    qtbot.waitUntil(lambda: field.calendar is not None and field.calendar.isActiveWindow())
    press(qtbot, Qt.Key.Key_Return)
    assert [box.text() for box in field.boxes()] == ["30", "6", "2026"]
    qtbot.waitUntil(window.isActiveWindow)
    assert focused() is field.day
    press(qtbot, Qt.Key.Key_N, ALT)
    assert window.wizard.flow.raw["decision_date"] == "2026-06-30"


def test_help_for_a_question_explains_the_words_it_uses(qtbot: QtBot, window: MainWindow) -> None:
    window.start_wizard({"role": "parent_carer", "setting": "school"})
    page = window.wizard.current_page()
    assert page is not None and page.question.key == "stage"
    press(qtbot, Qt.Key.Key_F1)
    assert window.help_dialog is not None
    text = window.help_dialog.text.toPlainText()
    assert "Words used on this page" in text and "EHC plan" in text
    window.help_dialog.close()


def test_a_young_person_without_a_plan_is_asked_in_their_own_words_without_plan_options(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(TODAY)
    press(qtbot, Qt.Key.Key_Space)
    answers = {
        "role": "young_person",
        "setting": "college",
        "stage": "sen_support",
        "disagree_with": ["setting"],
    }
    for _ in answers:
        answer_current(qtbot, window, answers)
    page = window.wizard.current_page()
    assert page is not None and page.question.key == "issues"
    offered = [row.option.value for row in page.field.rows]
    assert "plan_content" not in offered and "cease_plan" not in offered
    assert "not_sure" in offered
    shown = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert "your child" not in "\n".join(shown).casefold()


def test_arrow_keys_choose_the_next_radio_option_so_continue_goes_on(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, Qt.Key.Key_Space)  # Start: the first question has one answer to choose
    page = window.wizard.current_page()
    assert page is not None and isinstance(page.field, ChoiceField) and not page.field.multi
    buttons = page.field.buttons()
    assert focused() is buttons[0] and page.field.value() is None
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is buttons[1] and buttons[1].isChecked()
    press(qtbot, Qt.Key.Key_Up)
    assert focused() is buttons[0] and page.field.chosen() == [page.field.rows[0].option.value]
    press(qtbot, Qt.Key.Key_Up)  # round to the last, as a native group does
    assert focused() is buttons[-1] and buttons[-1].isChecked()
    press(qtbot, Qt.Key.Key_N, ALT)
    following = window.wizard.current_page()
    assert following is not None and following is not page
