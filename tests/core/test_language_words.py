"""Dates, days and numbers are said in the language's own words, never the computer's locale."""

from __future__ import annotations

import datetime as dt
import locale

import pytest

from polish_words import MONTHS_PL
from send_routes.core.language_words import ENGLISH, LanguageWords, plural_category, words_from

POLISH = words_from(
    "pl",
    {
        "weekdays": [
            "poniedziałek",
            "wtorek",
            "środa",
            "czwartek",
            "piątek",
            "sobota",
            "niedziela",
        ],
        "months": list(MONTHS_PL),
        "date": "{weekday}, {day} {month} {year}",
        "forms": {"days": {"one": "{n} dzień", "few": "{n} dni", "many": "{n} dni"}},
    },
)
BENGALI_DIGITS = LanguageWords(
    code="bn", digits="০১২৩৪৫৬৭৮৯", date="{day} {month} {year}, {weekday}"
)


def test_a_polish_date_uses_polish_weekday_and_month_words() -> None:
    assert POLISH.long_date(dt.date(2026, 12, 1)) == "wtorek, 1 grudnia 2026"


def test_the_computers_locale_does_not_change_the_words(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("cy_GB.UTF-8", "de_DE.UTF-8", "C.UTF-8"):
        try:
            locale.setlocale(locale.LC_TIME, name)
        except locale.Error:
            continue
        assert POLISH.long_date(dt.date(2026, 3, 2)) == "poniedziałek, 2 marca 2026"
        assert ENGLISH.long_date(dt.date(2026, 3, 2)) == "Monday 2 March 2026"
    locale.setlocale(locale.LC_TIME, "C")


def test_a_language_with_its_own_digits_writes_dates_and_numbers_in_them() -> None:
    assert BENGALI_DIGITS.number(2026) == "২০২৬"
    assert BENGALI_DIGITS.long_date(dt.date(2026, 12, 1)).startswith("১ December ২০২৬")


@pytest.mark.parametrize(
    ("n", "words"),
    [(1, "1 dzień"), (2, "2 dni"), (5, "5 dni"), (12, "12 dni"), (22, "22 dni"), (0, "0 dni")],
)
def test_polish_days_take_their_plural_form(n: int, words: str) -> None:
    assert POLISH.counted("days", n) == words


@pytest.mark.parametrize(
    ("code", "n", "category"),
    [
        ("pl", 1, "one"),
        ("pl", 3, "few"),
        ("pl", 13, "many"),
        ("pl", 24, "few"),
        ("pl", 25, "many"),
        ("ro", 1, "one"),
        ("ro", 0, "few"),
        ("ro", 19, "few"),
        ("ro", 20, "other"),
        ("ro", 101, "few"),
        ("ar", 0, "zero"),
        ("ar", 2, "two"),
        ("ar", 3, "few"),
        ("ar", 11, "many"),
        ("ar", 100, "other"),
        ("bn", 0, "one"),
        ("pa", 1, "one"),
        ("ur", 0, "other"),
        ("en", 1, "one"),
        ("en", 2, "other"),
    ],
)
def test_each_language_follows_the_cldr_plural_rules(code: str, n: int, category: str) -> None:
    assert plural_category(code, n) == category


def test_a_missing_plural_form_gives_none_rather_than_english() -> None:
    assert LanguageWords(code="ro").counted("days", 3) is None
