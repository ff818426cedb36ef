"""Adding the plan's dates to a calendar: one file with every date, or one date at a time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from plan_exports_helpers import NO_DATES, WITH_DATES, save_to, show_plan
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from wizard_keys import press, tab_to

from send_routes.ui.plan.plan_page import NO_DATES as NO_DATES_SENTENCE
from send_routes.ui.shell.main_window import MainWindow


def _events(path: Path) -> dict[str, dt.date]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["summary"]): e.decoded("dtstart") for e in calendar.walk("VEVENT")}


def test_add_all_dates_saves_one_calendar_file_with_every_date(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    show_plan(window, WITH_DATES)
    plan = window.session.plan
    assert plan is not None and len(plan.deadlines) >= 2
    button = window.plan_page.calendar_button
    assert button is not None and button.isVisibleTo(window.plan_page)
    suggested = save_to(monkeypatch, tmp_path / "dates")
    tab_to(qtbot, button)
    press(qtbot, Qt.Key.Key_Space)
    assert Path(suggested[0]).name == "deadlines.ics"
    target = tmp_path / "dates.ics"
    assert _events(target) == {d.label: d.date for d in plan.deadlines}
    assert window.plan_page.saved.text().startswith(f"The dates were saved as {target}")


def test_add_to_calendar_beside_a_date_saves_just_that_date(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    show_plan(window, WITH_DATES)
    assert window.session.plan is not None
    deadline = window.session.plan.deadlines[-1]
    save_to(monkeypatch, tmp_path / "one.ics")
    window.plan_page.calendar_buttons[deadline.id].click()
    assert _events(tmp_path / "one.ics") == {deadline.label: deadline.date}


def test_with_no_dates_the_button_is_hidden_and_a_sentence_says_why(window: MainWindow) -> None:
    show_plan(window, NO_DATES)
    assert window.session.plan is not None and window.session.plan.deadlines == ()
    button = window.plan_page.calendar_button
    assert button is not None and button.isHidden()
    assert window.plan_page.calendar_buttons == {}
    texts = [
        label.text()
        for label in window.plan_page.body_holder.findChildren(type(window.plan_page.saved))
    ]
    assert NO_DATES_SENTENCE in texts
