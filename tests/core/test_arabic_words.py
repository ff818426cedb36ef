"""Arabic dates and days left read right, from the Arabic catalogue's own word tables."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml

from send_routes import paths
from send_routes.core.language_words import LanguageWords, words_from


def arabic() -> LanguageWords:
    catalogue: dict[str, Any] = yaml.safe_load(
        (paths.content_dir() / "translations" / "ar.yaml").read_text(encoding="utf-8")
    )
    return words_from("ar", catalogue["words"])


def test_the_plans_long_date_uses_arabic_weekday_and_month_words() -> None:
    assert arabic().long_date(dt.date(2026, 12, 1)) == "الثلاثاء 1 ديسمبر 2026"
    assert arabic().long_date(dt.date(2026, 11, 20)) == "الجمعة 20 نوفمبر 2026"


def test_arabic_dates_keep_the_western_digits_the_familys_letters_use() -> None:
    assert arabic().number(2026) == "2026"


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (1, "بقي 1 يوم"),
        (2, "بقي 2 يومان"),
        (5, "بقي 5 أيام"),
        (11, "بقي 11 يومًا"),
        (21, "بقي 21 يومًا"),
        (100, "بقي 100 يوم"),
    ],
)
def test_days_left_take_the_arabic_plural_form_for_their_number(n: int, words: str) -> None:
    assert arabic().counted("days_left", n) == words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (1, "1 يوم"),
        (2, "2 يومان"),
        (5, "5 أيام"),
        (11, "11 يومًا"),
        (21, "21 يومًا"),
        (100, "100 يوم"),
    ],
)
def test_a_number_of_days_takes_the_arabic_plural_form_for_its_number(n: int, words: str) -> None:
    assert arabic().counted("days", n) == words
