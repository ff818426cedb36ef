"""Romanian dates and days left read as Romanian writes them, from the catalogue's own
``words:`` (db/content/translations/ro.yaml): "20 de zile" from twenty upward."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from send_routes import paths
from send_routes.core.language_words import LanguageWords, words_from


def romanian() -> LanguageWords:
    catalogue = paths.content_dir() / "translations" / "ro.yaml"
    data = yaml.safe_load(catalogue.read_text(encoding="utf-8"))
    return words_from("ro", data["words"])


def test_a_romanian_long_date_names_the_weekday_and_month_in_romanian() -> None:
    assert romanian().long_date(dt.date(2026, 12, 1)) == "marți, 1 decembrie 2026"
    assert romanian().long_date(dt.date(2027, 3, 6)) == "sâmbătă, 6 martie 2027"


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (1, "a mai rămas 1 zi"),
        (2, "au mai rămas 2 zile"),
        (5, "au mai rămas 5 zile"),
        (11, "au mai rămas 11 zile"),
        (20, "au mai rămas 20 de zile"),
        (21, "au mai rămas 21 de zile"),
        (100, "au mai rămas 100 de zile"),
        (101, "au mai rămas 101 zile"),
    ],
)
def test_romanian_days_left_take_de_from_twenty_upward(n: int, words: str) -> None:
    assert romanian().counted("days_left", n) == words


@pytest.mark.parametrize(("n", "words"), [(1, "1 zi"), (19, "19 zile"), (120, "120 de zile")])
def test_romanian_days_take_their_plural_form(n: int, words: str) -> None:
    assert romanian().counted("days", n) == words
