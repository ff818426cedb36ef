"""Date arithmetic for deadlines: calendar months, weeks, working days, SEN appeal rules.

Working days exclude Saturdays, Sundays and bank holidays in England and Wales (which
include Christmas Day and Good Friday), as fact F6 says; Scotland's holidays are not used.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

ONE_DAY = dt.timedelta(days=1)


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[dt.date]:
    import holidays  # about 40 ms to import: only when a date is first counted

    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(day: dt.date) -> bool:
    """True unless ``day`` is a weekend or a bank holiday in England and Wales."""
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself if it is a working day, otherwise the next working day (fact F5)."""
    while not is_working_day(day):
        day += ONE_DAY
    return day


def first_working_day_after(day: dt.date) -> dt.date:
    """The first working day strictly after ``day``."""
    return next_working_day(day + ONE_DAY)


def add_school_days(start: dt.date, days: int) -> dt.date:
    """The day ``days`` school days after ``start``, the earliest it can be (fact F21).

    Counted from the day after ``start`` over Monday to Friday without bank holidays in
    England: the school's own holidays can only make the real date later.
    """
    day = start
    for _ in range(days):
        day = first_working_day_after(day)
    return day


def add_months(start: dt.date, months: int) -> tuple[dt.date, bool]:
    """Add calendar months to the same day number (fact F3).

    Returns the date and whether the day had to be moved to the end of a shorter month,
    the case fact F3 marks as less certain.
    """
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(start.day, last)), start.day > last


def sen_appeal_extension(day: dt.date) -> dt.date | None:
    """Where an SEN appeal deadline in the holidays moves to (fact F4), or None.

    A deadline from 25 December to 1 January moves to the first working day after
    1 January; one in August moves to the first working day after 31 August.
    """
    if day.month == 12 and day.day >= 25:
        return first_working_day_after(dt.date(day.year + 1, 1, 1))
    if day.month == 1 and day.day == 1:
        return first_working_day_after(day)
    if day.month == 8:
        return first_working_day_after(dt.date(day.year, 8, 31))
    return None


@dataclass(frozen=True)
class Count:
    """One way of counting a deadline: a period from a known starting date."""

    from_key: str
    start: dt.date
    months: int = 0
    weeks: int = 0
    days: int = 0
    #: Days the school is open, counted as working days: the earliest the date can be.
    school_days: int = 0


@dataclass(frozen=True)
class Counted:
    """The result of counting: the date, where it was counted from, and how it moved."""

    date: dt.date
    count: Count
    end_of_month: bool = False
    raw_date: dt.date | None = None
    moved_for_holidays: bool = False
    moved_to_working_day: bool = False


def count_one(count: Count) -> Counted:
    """Count ``count``'s period forward from its start date."""
    day, clamped = add_months(count.start, count.months)
    day += dt.timedelta(weeks=count.weeks, days=count.days)
    day = add_school_days(day, count.school_days)
    return Counted(date=day, count=count, end_of_month=clamped, raw_date=day)


def count_deadline(
    counts: Sequence[Count], *, sen_holidays: bool = False, working_day: bool = False
) -> Counted:
    """Count every way, keep the latest (fact F1's "whichever is later"), then move it.

    ``sen_holidays`` applies fact F4 and ``working_day`` applies fact F5, in that order.
    """
    if not counts:
        raise ValueError("a deadline needs at least one starting date")
    latest = max((count_one(count) for count in counts), key=lambda counted: counted.date)
    day = latest.date
    moved_for_holidays = False
    if sen_holidays and (extended := sen_appeal_extension(day)) is not None:
        day, moved_for_holidays = extended, True
    moved_to_working_day = False
    if working_day and not is_working_day(day):
        day, moved_to_working_day = next_working_day(day), True
    return Counted(
        date=day,
        count=latest.count,
        end_of_month=latest.end_of_month,
        raw_date=latest.date,
        moved_for_holidays=moved_for_holidays,
        moved_to_working_day=moved_to_working_day,
    )


#: The app's own words for days and months: ``strftime`` would follow the C library's locale,
#: which Qt sets from the computer's ("Mawrth 1 Rhagfyr 2026" in an English plan).
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_month_year(day: dt.date) -> str:
    """ "1 December 2026", in the app's words whatever the computer's locale."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


@lru_cache(maxsize=1024)
def long_date(day: dt.date) -> str:
    """A date as people write it in letters: "Tuesday 1 December 2026"."""
    return f"{DAY_NAMES[day.weekday()]} {day_month_year(day)}"
