"""A case's log of letters, calls and meetings, and the answers its letters fill.

Each entry has the date on it and the date it arrived. Deadlines count from the date on the
letter, never from the day it arrived (facts H49, F1); a long gap between the two is pointed
out instead (F7: the Tribunal may accept a late appeal). Which answer a kind of letter fills
is content (``case_file.yaml``): a key these answers do not know yet is left alone.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from send_routes.core.answers import DATE_KEYS, AnswersError, parse_date
from send_routes.core.bidi import isolate
from send_routes.core.case_content import LateArrival, LetterKind
from send_routes.core.deadlines import day_month_year, long_date
from send_routes.core.plan import PlanDeadline
from send_routes.core.timing import days_in_words
from send_routes.core.wording import fill

#: Longest note kept for one entry: a log is a record, not a document store.
NOTE_LIMIT = 4000
TEXT_LIMIT = 200


@dataclass(frozen=True)
class LogEntry:
    """One letter, call or meeting. ``dated`` is the date on it; ``arrived`` when it came."""

    id: str
    kind: str
    dated: dt.date | None
    arrived: dt.date | None = None
    sender: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "dated": self.dated.isoformat() if self.dated else "",
            "arrived": self.arrived.isoformat() if self.arrived else "",
            "from": self.sender,
            "note": self.note,
        }

    @property
    def sort_key(self) -> tuple[dt.date, dt.date, str]:
        first = self.dated or self.arrived or dt.date.max
        return (first, self.arrived or first, self.id)


def new_entry(
    kind: str,
    dated: dt.date | None,
    arrived: dt.date | None = None,
    sender: str = "",
    note: str = "",
) -> LogEntry:
    """A new entry with a fresh id (text trimmed to the log's limits)."""
    return LogEntry(
        uuid.uuid4().hex[:12], kind, dated, arrived, sender[:TEXT_LIMIT], note[:NOTE_LIMIT]
    )


def _date(raw: object) -> dt.date | None:
    if not raw:
        return None
    try:
        return parse_date("dated", raw)
    except AnswersError:
        return None


def entry_from_dict(raw: Mapping[str, Any]) -> LogEntry | None:
    """An entry from a saved case, or None when it is not one (kept tolerant: old files)."""
    kind = raw.get("kind")
    if not isinstance(kind, str) or not kind:
        return None
    return LogEntry(
        id=str(raw.get("id") or uuid.uuid4().hex[:12]),
        kind=kind,
        dated=_date(raw.get("dated")),
        arrived=_date(raw.get("arrived")),
        sender=str(raw.get("from", ""))[:TEXT_LIMIT],
        note=str(raw.get("note", ""))[:NOTE_LIMIT],
    )


def entries_from(raw: object) -> tuple[LogEntry, ...]:
    """Every readable entry of a saved log, in date order."""
    if not isinstance(raw, list):
        return ()
    found = (entry_from_dict(item) for item in raw if isinstance(item, Mapping))
    return ordered(entry for entry in found if entry is not None)


def ordered(entries: Iterable[LogEntry]) -> tuple[LogEntry, ...]:
    """Oldest first by the date on each entry (then by arrival)."""
    return tuple(sorted(entries, key=lambda entry: entry.sort_key))


def with_entry(entries: Sequence[LogEntry], entry: LogEntry) -> tuple[LogEntry, ...]:
    """The log with ``entry`` added, or replacing the one with its id."""
    kept = [old for old in entries if old.id != entry.id]
    return ordered([*kept, entry])


def without_entry(entries: Sequence[LogEntry], entry_id: str) -> tuple[LogEntry, ...]:
    return tuple(entry for entry in entries if entry.id != entry_id)


def filled_answers(
    entries: Sequence[LogEntry], kinds: Sequence[LetterKind], known: Iterable[str] = DATE_KEYS
) -> dict[str, tuple[dt.date, LogEntry]]:
    """Each answer the log's letters fill: for each key, the latest-dated letter of a kind
    that fills it (only keys in ``known``: a key these answers do not know is left alone)."""
    known_keys = set(known)
    fills = {kind.id: kind.answer for kind in kinds if kind.answer in known_keys}
    found: dict[str, tuple[dt.date, LogEntry]] = {}
    for entry in entries:
        key = fills.get(entry.kind)
        if key is None or entry.dated is None:
            continue
        if key not in found or entry.dated >= found[key][0]:
            found[key] = (entry.dated, entry)
    return found


def apply_entry(
    answers: Mapping[str, Any],
    entries: Sequence[LogEntry],
    kinds: Sequence[LetterKind],
    known: Iterable[str] = DATE_KEYS,
) -> dict[str, Any]:
    """The answers with every date the log's letters fill set to the date on the letter."""
    result = dict(answers)
    for key, (day, _entry) in filled_answers(entries, kinds, known).items():
        result[key] = day.isoformat()
    return result


def date_origin(
    key: str, day: dt.date, entries: Sequence[LogEntry], kinds: Sequence[LetterKind]
) -> LogEntry | None:
    """The letter the answer ``key`` (set to ``day``) came from, if the log has it: the
    latest logged of the kinds that fill ``key`` with that date on it. An answer changed
    by hand to another date comes from no letter."""
    fills = {kind.id for kind in kinds if kind.answer == key}
    matching = [e for e in entries if e.kind in fills and e.dated == day]
    return matching[-1] if matching else None


def answer_origins(
    dates: Mapping[str, dt.date], entries: Sequence[LogEntry], kinds: Sequence[LetterKind]
) -> dict[str, LogEntry]:
    """Which logged letter each date answer came from (answer key to entry), where one did."""
    found = {key: date_origin(key, day, entries, kinds) for key, day in dates.items()}
    return {key: entry for key, entry in found.items() if entry is not None}


def deadline_origins(
    deadlines: Sequence[PlanDeadline], entries: Sequence[LogEntry], kinds: Sequence[LetterKind]
) -> dict[str, LogEntry]:
    """Which logged letter each of the plan's deadlines was counted from (when one was)."""
    found: dict[str, LogEntry] = {}
    for deadline in deadlines:
        origin = date_origin(deadline.from_key, deadline.from_date, entries, kinds)
        if origin is not None:
            found[deadline.id] = origin
    return found


def _label(entry: LogEntry, kinds: Sequence[LetterKind]) -> str:
    kind = next((k for k in kinds if k.id == entry.kind), None)
    return kind.label if kind else entry.kind


def origin_text(entry: LogEntry, kinds: Sequence[LetterKind]) -> str:
    """ "From the log: Decision letter from the council, dated 1 October 2026, from Kent
    County Council." (the handover sheet, for the adviser's colleague)."""
    text = f"From the log: {_label(entry, kinds)}"
    if entry.dated:
        text += f", dated {long_date(entry.dated)}"
    return text + (f", from {isolate(entry.sender)}" if entry.sender else "") + "."


def letter_source(entry: LogEntry, kinds: Sequence[LetterKind]) -> str:
    """What the plan says beside a date counted from a logged letter: "Counted from the
    case log: Decision letter from the council, dated 3 November 2026 (it arrived on
    5 November 2026)." No sender: the plan is the family's, the log the adviser's."""
    text = f"Counted from the case log: {_label(entry, kinds)}"
    if entry.dated:
        text += f", dated {long_date(entry.dated)}"
    if entry.arrived and entry.arrived != entry.dated:
        text += f" (it arrived on {day_month_year(entry.arrived)})"
    return text + "."


def answer_sources(
    dates: Mapping[str, dt.date], entries: Sequence[LogEntry], kinds: Sequence[LetterKind]
) -> dict[str, str]:
    """For each date answer a logged letter gave, the words saying which letter: what the
    plan view shows beside every date counted from that answer."""
    origins = answer_origins(dates, entries, kinds)
    return {key: letter_source(entry, kinds) for key, entry in origins.items()}


def late_arrival(entry: LogEntry, late: LateArrival) -> str:
    """The warning for a letter that arrived long after its date, or "" when it did not."""
    if entry.dated is None or entry.arrived is None:
        return ""
    gap = (entry.arrived - entry.dated).days
    if gap <= late.days:
        return ""
    return fill(late.text, {"days": days_in_words(gap)})
