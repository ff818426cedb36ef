"""The caseload calendar: every case's deadlines, titled by a neutral reference by default."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from send_routes.content_store.content import ContentStore
from send_routes.export.caseload_calendar import caseload_ics

TODAY = dt.date(2026, 11, 22)
ANSWERS = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "draft_plan",
    "disagree_with": ["local_authority"],
    "issues": ["plan_content"],
    "draft_plan_date": "2026-11-11",
}
CASES = [
    ("3f9a2c" + "0" * 26, "Zebedee Quillfeather, Year 4", {"answers": ANSWERS}),
    ("77b1d0" + "0" * 26, "Priya", {"answers": {**ANSWERS, "draft_plan_date": "2026-11-12"}}),
    ("aaaaaa" + "0" * 26, "No dates", {"answers": {**ANSWERS, "draft_plan_date": None}}),
]


def _summaries(data: bytes) -> dict[str, dt.date]:
    calendar = Calendar.from_ical(data)
    return {str(e["summary"]): e.decoded("dtstart") for e in calendar.walk("VEVENT")}


def test_titles_are_neutral_references_never_a_childs_name(content: ContentStore) -> None:
    data = caseload_ics(CASES, content.guidance, TODAY)
    events = _summaries(data)
    assert set(events) == {
        "Case 3f9a2c: Last day to send your comments on the draft EHC plan",
        "Case 77b1d0: Last day to send your comments on the draft EHC plan",
    }
    assert b"Zebedee" not in data and b"Priya" not in data
    assert events["Case 3f9a2c: Last day to send your comments on the draft EHC plan"] == dt.date(
        2026, 11, 25
    )


def test_the_adviser_can_choose_the_case_titles(content: ContentStore) -> None:
    events = _summaries(caseload_ics(CASES, content.guidance, TODAY, use_titles=True))
    assert any(title.startswith("Zebedee Quillfeather, Year 4: ") for title in events)


def test_each_cases_events_have_their_own_ids(content: ContentStore) -> None:
    calendar = Calendar.from_ical(caseload_ics(CASES, content.guidance, TODAY))
    uids = [str(event["uid"]) for event in calendar.walk("VEVENT")]
    assert len(uids) == len(set(uids)) == 2
