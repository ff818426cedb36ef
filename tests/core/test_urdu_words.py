"""Urdu dates and days read right from the Urdu catalogue's own words (db/content)."""

from __future__ import annotations

import datetime as dt

import pytest

from send_routes.content_store.content import ContentStore
from send_routes.core.language_words import LanguageWords


@pytest.fixture(scope="module")
def urdu(content: ContentStore) -> LanguageWords:
    language = content.language("ur")
    assert language is not None
    return language.words


def test_the_plans_long_date_uses_urdu_weekday_and_month_words(urdu: LanguageWords) -> None:
    assert urdu.long_date(dt.date(2026, 12, 1)) == "منگل، 1 دسمبر 2026"
    assert urdu.long_date(dt.date(2026, 11, 20)) == "جمعہ، 20 نومبر 2026"


def test_urdu_keeps_the_western_digits_families_see_on_their_letters(urdu: LanguageWords) -> None:
    assert urdu.number(2026) == "2026"


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (1, "1 دن باقی ہے"),
        (2, "2 دن باقی ہیں"),
        (5, "5 دن باقی ہیں"),
        (11, "11 دن باقی ہیں"),
        (21, "21 دن باقی ہیں"),
        (100, "100 دن باقی ہیں"),
    ],
)
def test_days_left_take_the_urdu_singular_only_for_one(
    urdu: LanguageWords, n: int, words: str
) -> None:
    assert urdu.counted("days_left", n) == words


@pytest.mark.parametrize("n", [1, 2, 5, 11, 21, 100])
def test_a_number_of_days_reads_n_din(urdu: LanguageWords, n: int) -> None:
    assert urdu.counted("days", n) == f"{n} دن"
