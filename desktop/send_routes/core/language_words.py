"""Dates, days and numbers in a language's own words, from the app's own word tables.

Never the computer's locale: ``strftime`` follows the C library's locale, which Qt sets from
the computer's, and a library computer's locale says nothing about the family's language.
The words are content (``words:`` in ``db/content/translations/<code>.yaml``); which plural
form a number takes is grammar, written here once per language from CLDR's plural rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from send_routes.core.deadlines import DAY_NAMES, MONTH_NAMES

WESTERN_DIGITS = "0123456789"
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


def _english(n: int) -> str:
    return "one" if n == 1 else "other"


def _polish(n: int) -> str:
    if n == 1:
        return "one"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "few"
    return "many"


def _romanian(n: int) -> str:
    if n == 1:
        return "one"
    if n == 0 or 1 <= n % 100 <= 19:
        return "few"
    return "other"


def _arabic(n: int) -> str:
    if n in (0, 1, 2):
        return ("zero", "one", "two")[n]
    if 3 <= n % 100 <= 10:
        return "few"
    if 11 <= n % 100 <= 99:
        return "many"
    return "other"


def _zero_or_one(n: int) -> str:
    return "one" if n in (0, 1) else "other"


#: CLDR plural rules for whole numbers (unicode.org/cldr, "Language Plural Rules").
PLURAL_RULES: Mapping[str, Callable[[int], str]] = {
    "en": _english,
    "pl": _polish,
    "ro": _romanian,
    "ar": _arabic,
    "ur": _english,
    "bn": _zero_or_one,
    "pa": _zero_or_one,
}


def plural_category(code: str, n: int) -> str:
    """The CLDR plural category of the whole number ``n`` in language ``code``."""
    return PLURAL_RULES.get(code, _english)(abs(n))


#: A date pattern's weekday, with its brackets and the comma after it ("{weekday}، ").
_WEEKDAY = re.compile(r"\s*\(?\{weekday\}\)?[,،]?\s*")


@dataclass(frozen=True)
class LanguageWords:
    """A language's words for weekdays and months, how it writes a date, its digits, and
    its plural forms (``forms["days"]["few"] = "{n} dni"``)."""

    code: str
    weekdays: tuple[str, ...] = DAY_NAMES
    months: tuple[str, ...] = MONTH_NAMES
    date: str = "{weekday} {day} {month} {year}"
    digits: str = WESTERN_DIGITS
    forms: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def number(self, n: int) -> str:
        """``n`` in this language's digits."""
        return str(n).translate(str.maketrans(WESTERN_DIGITS, self.digits))

    def long_date(self, day: dt.date) -> str:
        """A date as the language writes it in a letter, in its own words."""
        return self.date.format(
            weekday=self.weekdays[day.weekday()],
            day=self.number(day.day),
            month=self.months[day.month - 1],
            year=self.number(day.year),
        )

    def day_month_year(self, day: dt.date) -> str:
        """A date without its weekday ("22 November 2026"), in the language's words: its
        date pattern with the weekday and the comma or brackets around it left out."""
        pattern = _WEEKDAY.sub(" ", self.date).strip()
        return pattern.format(
            day=self.number(day.day), month=self.months[day.month - 1], year=self.number(day.year)
        )

    def counted(self, what: str, n: int) -> str | None:
        """``n`` with the form of ``what`` ("days", "days_left") its number takes, or None
        when the tables have no form for it."""
        forms = self.forms.get(what) or {}
        form = forms.get(plural_category(self.code, n)) or forms.get("other")
        return form.format(n=self.number(abs(n))) if form else None


ENGLISH = LanguageWords(
    code="en",
    forms={
        "days": {"one": "{n} day", "other": "{n} days"},
        "days_left": {"one": "{n} day left", "other": "{n} days left"},
    },
)


def words_from(code: str, data: Mapping[str, object]) -> LanguageWords:
    """A language's word tables from its catalogue's ``words:`` mapping (already checked)."""

    def strings(key: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = data.get(key)
        return tuple(str(v) for v in value) if isinstance(value, list) else default

    forms = data.get("forms")
    return LanguageWords(
        code=code,
        weekdays=strings("weekdays", DAY_NAMES),
        months=strings("months", MONTH_NAMES),
        date=str(data.get("date") or ENGLISH.date),
        digits=str(data.get("digits") or WESTERN_DIGITS),
        forms={
            str(what): {str(k): str(v) for k, v in table.items()}
            for what, table in (forms.items() if isinstance(forms, dict) else ())
            if isinstance(table, dict)
        },
    )
