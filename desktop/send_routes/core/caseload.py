"""The caseload: each saved case's next deadline the family must meet, nearest first.

Made once, from the cases decrypted into memory at unlock; filtering it ("this week",
"this month") is a binary search on the sorted rows, never a new count. Only deadlines the
family must meet themselves (the contract's list) are shown, and none the answers show is
done. A case's next deadline is its nearest one still to come; when every one has passed,
the latest that passed, marked as passed (the Tribunal may still accept a late appeal).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from send_routes.core.answers import (
    DATE_KEYS,
    INTEGER_KEYS,
    LAST_COUNTABLE_YEAR,
    Answers,
    AnswersError,
    parse_answers,
    parse_integer,
    partial_answers,
)
from send_routes.core.conditions import holds
from send_routes.core.contract import MUST_MEET
from send_routes.core.deadlines import count_deadline
from send_routes.core.guidance import CountRule, DeadlineRule, Guidance, plain
from send_routes.core.plan import PlanDeadline
from send_routes.core.timing import count_from, uncertainty, worded

WEEK = 7
MONTH = 31
_DATE_KEYS = frozenset(DATE_KEYS)


class CaseloadRow(NamedTuple):
    """One case's next deadline. ``reference`` is the adviser's title for the case.

    A named tuple rather than a frozen dataclass: thousands are made at every unlock, and
    a tuple is made several times faster."""

    case_id: str
    reference: str
    deadline_id: str
    label: str
    action: str
    date: dt.date
    days: int
    passed: bool
    #: The date is a guide or may be later (shown as such, sorted by the date shown).
    uncertain: bool

    @property
    def sort_key(self) -> tuple[dt.date, int, str, str]:
        return (self.date, _step(self.deadline_id), self.reference.casefold(), self.case_id)


_STEPS = {deadline_id: number for number, deadline_id in enumerate(MUST_MEET)}


def _step(deadline_id: str) -> int:
    return _STEPS.get(deadline_id, len(MUST_MEET))


def answers_of(content: Mapping[str, Any]) -> Answers | None:
    """A saved case's answers: checked when they can be, otherwise what is valid of them."""
    raw = content.get("answers")
    if not isinstance(raw, Mapping):
        return None
    try:
        return parse_answers(raw)
    except AnswersError:
        return partial_answers(raw)


class Due(NamedTuple):
    """What the caseload needs of one counted deadline."""

    id: str
    date: dt.date
    days: int
    done: bool
    uncertain: bool


def next_deadline(deadlines: Sequence[Due]) -> Due | None:
    """The nearest must-meet deadline still to come, else the latest one that passed."""
    open_ones = [d for d in deadlines if d.id in MUST_MEET and not d.done]
    if not open_ones:
        return None
    ahead = [d for d in open_ones if d.days >= 0]
    if ahead:
        return min(ahead, key=lambda d: (d.date, _step(d.id)))
    return max(open_ones, key=lambda d: (d.date, -_step(d.id)))


def due_from(deadline: PlanDeadline) -> Due:
    """A plan's deadline as the caseload sees it."""
    return Due(
        deadline.id,
        deadline.date,
        deadline.days,
        deadline.done,
        bool(deadline.uncertain) or deadline.maybe_later,
    )


class DeadlineCounter:
    """Finds each case's next must-meet deadline, as ``timing.count`` and ``next_deadline``
    would, quickly.

    Which rules and counts apply, and whether a step is done, depend on the answers but not
    on the dates' values, only on which dates are valid; those conditions are worked out
    once per shape of answers, and each rule's date once per set of starting dates, so each
    case costs one pass over its answers and a few look-ups. The caseload's tests check it
    gives what the plan's own counting gives.
    """

    def __init__(self, guidance: Guidance, today: dt.date) -> None:
        self.rules = [rule for rule in guidance.deadlines if rule.id in MUST_MEET]
        self.today = today
        self._shapes: dict[Hashable, tuple[_Applies, ...] | None] = {}
        self._counted: dict[tuple[int, tuple[dt.date | None, ...]], _Counted | None] = {}

    def _applying(self, raw: Mapping[str, Any], shape: Hashable) -> tuple[_Applies, ...] | None:
        """The rules these answers' shape applies, steps not done (None: unreadable)."""
        try:
            return self._shapes[shape]
        except KeyError:
            pass
        except TypeError:  # not the contract's JSON (a nested object): still a valid key
            shape = json.dumps(sorted(raw.items(), key=str), default=str)
            if shape in self._shapes:
                return self._shapes[shape]
        answers = _answers(raw)
        found = None
        if answers is not None:
            applying = (_applies(rule, answers) for rule in self.rules if holds(rule.when, answers))
            found = tuple(applies for applies in applying if not applies.done)
        self._shapes[shape] = found
        return found

    def next_due(self, raw: Mapping[str, Any]) -> Due | None:
        """The case's next must-meet deadline, as ``next_deadline`` chooses it from all of
        them: the nearest still to come, else the latest that passed; None when none."""
        dates, shape = _read(raw)
        applying = self._applying(raw, shape)
        if not applying:
            return None
        today = self.today
        ahead: tuple[dt.date, int, _Applies, bool] | None = None
        behind: tuple[dt.date, int, _Applies, bool] | None = None
        for applies in applying:
            starts = (
                tuple(_start(c, raw, dates) for c in applies.counts)
                if applies.by_year
                else tuple(map(dates.get, applies.keys))
            )
            key = (id(applies), starts)  # each _Applies lives as long as this counter
            counted = self._counted.get(key, _UNCOUNTED)
            if counted is _UNCOUNTED:
                counted = self._count(applies, key, starts)
            if counted is None:
                continue
            day, uncertain = counted
            step = applies.step
            if day >= today:
                if ahead is None or (day, step) < (ahead[0], ahead[1]):
                    ahead = (day, step, applies, uncertain)
            elif behind is None or (day, -step) > (behind[0], -behind[1]):
                behind = (day, step, applies, uncertain)
        chosen = ahead or behind
        if chosen is None:
            return None
        day, _step_number, applies, uncertain = chosen
        return Due(applies.rule.id, day, (day - today).days, False, uncertain or applies.later)

    def _count(
        self,
        applies: _Applies,
        key: tuple[int, tuple[dt.date | None, ...]],
        starts: tuple[dt.date | None, ...],
    ) -> _Counted | None:
        """The date a rule gives from these starting dates (None: none known), and whether
        it is uncertain, both as ``timing`` says; many cases share their dates, so each is
        kept."""
        counts = [
            count_from(c, start)
            for c, start in zip(applies.counts, starts, strict=True)
            if start is not None
        ]
        result = None
        if counts:
            rule = applies.rule
            counted = count_deadline(
                counts, sen_holidays=rule.sen_holidays, working_day=rule.working_day
            )
            uncertain = bool(uncertainty(rule, counted.end_of_month, counted.date))
            result = (counted.date, uncertain)
        self._counted[key] = result
        return result


_Counted = tuple[dt.date, bool]
#: Not counted yet (None is "no date": a count from no known starting date).
_UNCOUNTED: Any = object()


@dataclass(frozen=True)
class _Applies:
    rule: DeadlineRule
    counts: tuple[CountRule, ...]
    done: bool
    later: bool

    #: Each count's starting key, and whether one counts from a year (transfer_year).
    keys: tuple[str, ...] = ()
    by_year: bool = False
    #: The rule's place in the contract's list: ties on a date go in this order.
    step: int = 0


def _applies(rule: DeadlineRule, answers: Answers) -> _Applies:
    rule = worded(rule, answers)
    counts = tuple(c for c in rule.counts if holds(c.when, answers))
    return _Applies(
        rule,
        counts,
        bool(rule.done_when) and holds(rule.done_when, answers),
        bool(rule.maybe_later_when) and holds(rule.maybe_later_when, answers),
        tuple(count.from_key for count in counts),
        any(count.from_key in INTEGER_KEYS for count in counts),
        _step(rule.id),
    )


def _answers(raw: Mapping[str, Any]) -> Answers | None:
    try:
        return parse_answers(raw)
    except AnswersError:
        return partial_answers(raw)


def _read(raw: Mapping[str, Any]) -> tuple[dict[str, dt.date], Hashable]:
    """In one pass: the valid dates, and the shape of the answers: each answer but the
    dates as it is (lists as tuples), and which dates are valid. Cheap, and two cases whose
    answers differ only in their dates' values share one shape."""
    dates: dict[str, dt.date] = {}
    others = []
    for key, value in raw.items():
        if key in _DATE_KEYS:
            day = _date(value)
            if day is not None:
                dates[key] = day
        else:
            others.append((key, tuple(value) if type(value) is list else value))
    return dates, (tuple(others), tuple(dates))


def _date(value: object) -> dt.date | None:
    """A date written exactly YYYY-MM-DD, as ``answers.parse_date`` accepts (without its
    error message: most answers are valid, and this runs for every case at unlock)."""
    if type(value) is not str or len(value) != 10 or value[4] != "-" or value[7] != "-":
        return None
    if not (value[:4].isdigit() and value[5:7].isdigit() and value[8:].isdigit()):
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    return day if day.year <= LAST_COUNTABLE_YEAR else None


def _start(
    count: CountRule, raw: Mapping[str, Any], dates: Mapping[str, dt.date]
) -> dt.date | None:
    if count.from_key in INTEGER_KEYS:
        try:
            year = parse_integer(count.from_key, raw.get(count.from_key))
        except AnswersError:
            return None
        return None if count.on is None else dt.date(year, *count.on)
    return dates.get(count.from_key)


def case_row(
    case_id: str,
    reference: str,
    content: Mapping[str, Any],
    counter: DeadlineCounter,
    labels: Mapping[str, tuple[str, str]],
) -> CaseloadRow | None:
    """The row for one case, or None when it has no deadline the family must meet."""
    raw = content.get("answers")
    if not isinstance(raw, Mapping):
        return None
    found = counter.next_due(raw)
    if found is None:
        return None
    label, action = labels.get(found.id, (found.id, ""))
    # Positional: thousands are made at every unlock (the fields' order is the class's).
    return CaseloadRow(
        case_id,
        reference,
        found.id,
        label,
        action,
        found.date,
        found.days,
        found.days < 0,
        found.uncertain,
    )


class Caseload:
    """Every case's next deadline, sorted once; filters are slices of the sorted rows."""

    def __init__(self, rows: Iterable[CaseloadRow], today: dt.date) -> None:
        self.rows: tuple[CaseloadRow, ...] = tuple(sorted(rows, key=lambda row: row.sort_key))
        self.today = today
        self._dates = [row.date for row in self.rows]

    def within(self, days: int | None) -> Sequence[CaseloadRow]:
        """Rows due within ``days`` of today (those passed included); every row for None."""
        if days is None:
            return self.rows
        end = bisect.bisect_right(self._dates, self.today + dt.timedelta(days=days))
        return self.rows[:end]

    def passed(self) -> Sequence[CaseloadRow]:
        end = bisect.bisect_left(self._dates, self.today)
        return self.rows[:end]


def make_caseload(
    cases: Iterable[tuple[str, str, Mapping[str, Any]]], guidance: Guidance, today: dt.date
) -> Caseload:
    """The caseload of ``(case id, reference, content)`` for ``today``."""
    labels = {rule.id: (plain(rule.label), rule.action) for rule in guidance.deadlines}
    counter = DeadlineCounter(guidance, today)
    rows = (
        case_row(case_id, reference, content, counter, labels)
        for case_id, reference, content in cases
    )
    return Caseload((row for row in rows if row is not None), today)
