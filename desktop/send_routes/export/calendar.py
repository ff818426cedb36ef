"""The plan's deadlines as an iCalendar (.ics) file, with reminders a week and a day before."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from send_routes.core.plan import Plan, PlanDeadline

if TYPE_CHECKING:
    from icalendar import Event

REMINDERS = (dt.timedelta(days=7), dt.timedelta(days=1))
PRODUCT = "-//SEND Routes//Deadlines//EN"


def _uid(deadline: PlanDeadline, prefix: str = "") -> str:
    # Stable across exports of the same plan, so a phone updates rather than duplicates.
    seed = f"{prefix}{deadline.id}|{deadline.date.isoformat()}|{deadline.from_date.isoformat()}"
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:24] + "@send-routes"


def deadline_event(
    deadline: PlanDeadline, stamp: dt.datetime, summary: str = "", uid_prefix: str = ""
) -> Event:
    """One deadline as an all-day event with its reminders (``summary``: its label)."""
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", _uid(deadline, uid_prefix))
    event.add("dtstamp", stamp)
    event.add("summary", summary or deadline.label)
    event.add("dtstart", deadline.date)
    event.add("dtend", deadline.date + dt.timedelta(days=1))
    event.add("description", f"{deadline.basis}\n\nThis is information, not legal advice.")
    event.add("transp", "TRANSPARENT")
    for before in REMINDERS:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Reminder: {deadline.label}")
        alarm.add("trigger", -before)
        event.add_component(alarm)
    return event


def deadlines_ics(plan: Plan, deadline_ids: list[str] | None = None) -> bytes:
    """All the plan's deadlines (or just those named) in one calendar file."""
    from icalendar import Calendar  # about 100 ms to import: only when a file is made

    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "SEND Routes deadlines")
    stamp = dt.datetime.combine(plan.today, dt.time(), tzinfo=dt.UTC)
    for deadline in plan.deadlines:
        if deadline_ids is None or deadline.id in deadline_ids:
            calendar.add_component(deadline_event(deadline, stamp))
    return bytes(calendar.to_ical())
