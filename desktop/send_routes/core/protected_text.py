"""What a translation must keep from its English: placeholders, dates, numbers, phone
numbers, web and email addresses, and ids.

A translator (or a machine) can drop a ``{date}``, turn "28 days" into "8 days", or "fix" a
phone number; the check (content_build/check_translations.py) refuses all of these. Numbers
are compared by value, so a language that writes its own digits (Bengali ০-৯, Arabic ٠-٩,
Urdu ۰-۹) keeps the same numbers in its own script.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from send_routes.core.deadlines import DAY_NAMES, MONTH_NAMES

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
WEB = re.compile(
    r"(?:https?://|www\.)[^\s,;)]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.uk|org\.uk|co\.uk|nhs\.uk|ac\.uk|"
    r"org|com|net)(?:/[^\s,;)]*)?",
    re.IGNORECASE,
)
#: A UK phone number as the content writes it: 0 then 9 or 10 more digits, spaces between.
PHONE = re.compile(r"(?<!\d)0\d{2,4}(?:[ \u00a0]?\d){6,8}(?!\d)")
#: Source ids (F12, H33, S1, seed-002), form names (SEND35a) and answer or route ids.
IDENTIFIER = re.compile(r"\b(?:seed-\d{3}|[A-Z]+\d+[a-z]?|[a-z]+(?:_[a-z0-9]+)+)\b")
ENGLISH_DATE = re.compile(
    rf"(?:(?:{'|'.join(DAY_NAMES)}) )?(\d{{1,2}}) ({'|'.join(MONTH_NAMES)})(?: (\d{{4}}))?"
)
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
NUMBER = re.compile(r"\d+")


def western_digits(text: str) -> str:
    """``text`` with every decimal digit, in any script, written 0-9."""
    return "".join(
        str(unicodedata.digit(char)) if char.isdecimal() and not char.isascii() else char
        for char in text
    )


def _phone_digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def dates_in(text: str, months: Sequence[str] = MONTH_NAMES) -> list[tuple[int, int, int]]:
    """Every date in ``text`` as (day, month, year; 0 when not given), in English or in the
    month words ``months`` (a language's)."""
    text = western_digits(text)
    found = [
        (int(d), MONTH_NAMES.index(m) + 1, int(y or 0)) for d, m, y in ENGLISH_DATE.findall(text)
    ]
    found += [(int(d), int(m), int(y)) for y, m, d in ISO_DATE.findall(text)]
    pattern = _language_date(tuple(months))
    if pattern is not None:
        found += [
            (int(d), list(months).index(m) + 1, int(y or 0)) for d, m, y in pattern.findall(text)
        ]
    return found


def _language_date(months: tuple[str, ...]) -> re.Pattern[str] | None:
    """A date written with a language's month words ("1 grudnia 2026"), or None for English."""
    if months == MONTH_NAMES:
        return None
    names = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    return re.compile(rf"(\d{{1,2}})\.?\s*(?:ـ\s*)?({names})(?:[\s,]+(\d{{4}}))?")


@dataclass(frozen=True)
class Kept:
    """The protected parts of a text, each as a comparable value."""

    placeholders: Counter[str]
    webs: Counter[str]
    phones: Counter[str]
    ids: Counter[str]
    dates: Counter[tuple[int, int, int]]
    numbers: Counter[str]


def kept_parts(text: str, months: Sequence[str] = MONTH_NAMES) -> Kept:
    """What in ``text`` a translation must keep."""
    rest = western_digits(text)
    placeholders = Counter(PLACEHOLDER.findall(rest))
    rest = PLACEHOLDER.sub(" ", rest)
    webs = Counter(w.rstrip(".").lower() for w in WEB.findall(rest))
    rest = WEB.sub(" ", rest)
    phones = Counter(_phone_digits(p) for p in PHONE.findall(rest))
    rest = PHONE.sub(" ", rest)
    dates = Counter(dates_in(rest, months))
    rest = ENGLISH_DATE.sub(" ", ISO_DATE.sub(" ", rest))
    # Each date in the language's words is taken out where it stands: never a number equal
    # to its day elsewhere ("1 month" beside a date left in English, already taken out).
    language_date = _language_date(tuple(months))
    if language_date is not None:
        rest = language_date.sub(" ", rest)
    ids = Counter(IDENTIFIER.findall(rest))
    rest = IDENTIFIER.sub(" ", rest)
    return Kept(placeholders, webs, phones, ids, dates, Counter(NUMBER.findall(rest)))


def _missing(kind: str, want: Counter[str], got: Counter[str]) -> Iterable[str]:
    for value, count in sorted(want.items()):
        if got[value] < count:
            yield f"loses or changes the {kind} {value}"


def lost_parts(english: str, translation: str, months: Sequence[str] = MONTH_NAMES) -> list[str]:
    """What ``translation`` loses or changes of ``english``'s protected parts; [] when all
    are kept. ``months`` are the language's month words, so its own dates count."""
    want, got = kept_parts(english), kept_parts(translation, months)
    problems = [
        *_missing("placeholder", want.placeholders, got.placeholders),
        *_missing("web address", want.webs, got.webs),
        *_missing("phone number", want.phones, got.phones),
        *_missing("id", want.ids, got.ids),
        *_missing("number", want.numbers, got.numbers),
    ]
    for (day, month, year), count in sorted(want.dates.items()):
        if got.dates[(day, month, year)] < count:
            shown = f"{day} {MONTH_NAMES[month - 1]}" + (f" {year}" if year else "")
            problems.append(f"loses or changes the date {shown}")
    return problems
