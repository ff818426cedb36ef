"""Deadlines as a calendar file: parses, right dates, reminders a week and a day before."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.planner import make_plan
from send_routes.export.calendar import deadlines_ics

ANSWERS = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "assessment",
    "disagree_with": ["local_authority"],
    "issues": ["refused_assessment", "la_duties"],
    "decision_date": "2026-10-01",
    "request_date": "2026-09-01",
}


def test_every_deadline_is_an_all_day_event_with_two_reminders(content: ContentStore) -> None:
    plan = make_plan(content.guidance, parse_answers(ANSWERS), dt.date(2026, 11, 22))
    calendar = Calendar.from_ical(deadlines_ics(plan))
    events = list(calendar.walk("VEVENT"))
    assert {e.decoded("dtstart") for e in events} == {d.date for d in plan.deadlines}
    for event in events:
        triggers = sorted(alarm.decoded("trigger") for alarm in event.walk("VALARM"))
        assert triggers == [dt.timedelta(days=-7), dt.timedelta(days=-1)]
        assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(days=1)
        assert "Counted from" in str(event.get("description"))


def test_exporting_twice_gives_the_same_event_ids(content: ContentStore) -> None:
    plan = make_plan(content.guidance, parse_answers(ANSWERS), dt.date(2026, 11, 22))
    assert deadlines_ics(plan) == deadlines_ics(plan)


def test_one_deadline_can_be_exported_alone(content: ContentStore) -> None:
    plan = make_plan(content.guidance, parse_answers(ANSWERS), dt.date(2026, 11, 22))
    events = list(Calendar.from_ical(deadlines_ics(plan, ["appeal"])).walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [dt.date(2026, 12, 1)]
