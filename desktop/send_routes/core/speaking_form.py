"""Sentences as a person would say them, for reading aloud (no speech engine here).

A speech engine reads "Tuesday 1 December 2026" as "one December", "01905 822412" as
"one million nine hundred..." and "EHC" as a word. ``speaking_form`` rewrites a sentence
shown on screen into the words a person would say: "Tuesday the first of December 2026",
"zero one nine zero five, eight two two, four one two", "E H C plan". What each
abbreviation sounds like is content (``db/content/easy_read/spoken_words.yaml``), passed in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from send_routes.core.deadlines import DAY_NAMES, MONTH_NAMES

DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

_ORDINAL_UNITS = (
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)

_MONTHS = MONTH_NAMES
_WEEKDAYS = "|".join(DAY_NAMES)

_LONG_DATE = re.compile(
    rf"\b(?:(?P<weekday>{_WEEKDAYS}) )?(?P<day>[1-9]|[12][0-9]|3[01]) "
    rf"(?P<month>{'|'.join(_MONTHS)})(?P<year> [12][0-9]{{3}})?\b"
)
_ISO_DATE = re.compile(r"\b(?P<year>[12][0-9]{3})-(?P<month>[01][0-9])-(?P<day>[0-3][0-9])\b")
#: A UK number as written: starts with 0, digits in groups separated by single spaces.
_PHONE = re.compile(r"(?<![\d-])0\d{2,4}(?: ?\d{2,4}){1,3}(?![\d-])")
#: A UK phone number has 10 or 11 digits.
_PHONE_DIGITS = (10, 11)


def ordinal(day: int) -> str:
    """The day of a month in words: 1 is "first", 22 is "twenty-second"."""
    if not 1 <= day <= 31:
        raise ValueError(f"not a day of a month: {day}")
    if day < 20:
        return _ORDINAL_UNITS[day]
    tens, unit = divmod(day, 10)
    word = "twenty" if tens == 2 else "thirty"
    if unit == 0:
        return f"{word[:-1]}ieth"
    return f"{word}-{_ORDINAL_UNITS[unit]}"


def _spoken_date(weekday: str | None, day: int, month: str, year: str | None) -> str:
    parts = [weekday] if weekday else []
    parts.append(f"the {ordinal(day)} of {month}")
    if year:
        parts.append(year.strip())
    return " ".join(parts)


def _long_date(match: re.Match[str]) -> str:
    return _spoken_date(
        match.group("weekday"), int(match.group("day")), match.group("month"), match.group("year")
    )


def _iso_date(match: re.Match[str]) -> str:
    month, day = int(match.group("month")), int(match.group("day"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return match.group(0)
    return _spoken_date(None, day, _MONTHS[month - 1], match.group("year"))


def phone_groups(number: str) -> list[str]:
    """The groups a person reads a phone number in.

    The groups as written, except that a group longer than four digits after the first
    is split into threes, keeping the last group three or four long ("822412" is read
    "822, 412"; "8224123" is "822, 4123").
    """
    written = number.split()
    groups = [written[0]]
    for group in written[1:]:
        while len(group) > 4:
            cut = 3 if len(group) != 8 else 4
            groups.append(group[:cut])
            group = group[cut:]
        groups.append(group)
    return groups


def spoken_phone(number: str) -> str:
    """A phone number digit by digit, a comma (a short pause) between its groups."""
    return ", ".join(" ".join(DIGITS[int(d)] for d in group) for group in phone_groups(number))


def _phone(match: re.Match[str]) -> str:
    number = match.group(0)
    digits = sum(character.isdigit() for character in number)
    if digits not in _PHONE_DIGITS:
        return number
    return spoken_phone(number)


def spoken_days_left(days: int) -> str:
    """How near a date is, in the words a person would say."""
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    if days > 0:
        return f"in {days} days"
    return f"{-days} days ago"


def _abbreviations(words: Mapping[str, str]) -> re.Pattern[str] | None:
    if not words:
        return None
    # Longest first, so "SENDIASS" is found before "SEND" and "SEN".
    names = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")


def speaking_form(text: str, words: Mapping[str, str] | None = None) -> str:
    """``text`` as a person would read it aloud: dates, phone numbers and abbreviations.

    ``words`` maps an abbreviation as written ("EHC") to how it is said ("E H C"); it is
    matched as a whole word, with its case.
    """
    spoken = _ISO_DATE.sub(_iso_date, text)
    spoken = _LONG_DATE.sub(_long_date, spoken)
    spoken = _PHONE.sub(_phone, spoken)
    pattern = _abbreviations(words or {})
    if pattern is not None:
        table = dict(words or {})
        spoken = pattern.sub(lambda match: table[match.group(0)], spoken)
    return spoken
