"""Every saved case's deadlines in one calendar (.ics) for the adviser.

Titles are neutral by default: a reference made from the case's random id ("Case 3f9a2c"),
never the case's title, which may hold a child's name; the adviser can choose the titles
instead. Only the deadlines the answers give are included, with how each was counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from send_routes.core.caseload import answers_of
from send_routes.core.guidance import Guidance
from send_routes.core.timing import count_all
from send_routes.export.calendar import PRODUCT, deadline_event


def neutral_reference(case_id: str) -> str:
    """A reference that says nothing about the family: the start of the random case id."""
    return f"Case {case_id[:6]}"


def caseload_ics(
    cases: Iterable[tuple[str, str, Mapping[str, Any]]],
    guidance: Guidance,
    today: dt.date,
    use_titles: bool = False,
) -> bytes:
    """One calendar of ``(case id, title, content)``'s deadlines (not yet done ones)."""
    from icalendar import Calendar  # about 100 ms to import: only when a file is made

    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "SEND Routes caseload deadlines")
    stamp = dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)
    for case_id, title, content in cases:
        answers = answers_of(content)
        if answers is None:
            continue
        reference = title.strip() if use_titles and title.strip() else neutral_reference(case_id)
        for deadline in count_all(guidance, answers, today):
            if deadline.done:
                continue
            summary = f"{reference}: {deadline.label}"
            calendar.add_component(deadline_event(deadline, stamp, summary, case_id))
    return bytes(calendar.to_ical())
