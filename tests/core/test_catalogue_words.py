"""Each catalogue's dates and days read right in its language, from its own ``words:``
(db/content/translations/<code>.yaml): month and weekday names, the date's order, the
digits the family's letters use, and the plural form each number of days takes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sample_answers import REFUSED
from send_routes.cli import main
from send_routes.content_store.content import ContentStore
from send_routes.core.translation import Language

CODES = ("ur", "ar", "pl", "pa", "bn", "ro")

#: Each language's script, whether it reads right to left, and a word its English name has.
SCRIPTS = {
    "ur": ("Arabic", True, "Urdu"),
    "ar": ("Arabic", True, "Arabic"),
    "pl": ("Latin", False, "Polish"),
    "pa": ("Gurmukhi", False, "Gurmukhi"),
    "bn": ("Bengali", False, "Bengali"),
    "ro": ("Latin", False, "Romanian"),
}

#: Dates as the plan writes them: the weekday and month in the language's words.
LONG_DATES = {
    "ur": {
        dt.date(2026, 12, 1): "منگل، 1 دسمبر 2026",
        dt.date(2026, 11, 20): "جمعہ، 20 نومبر 2026",
    },
    "ar": {
        dt.date(2026, 12, 1): "الثلاثاء 1 ديسمبر 2026",
        dt.date(2026, 11, 20): "الجمعة 20 نوفمبر 2026",
    },
    "pl": {
        dt.date(2026, 12, 1): "1 grudnia 2026 (wtorek)",
        dt.date(2026, 11, 20): "20 listopada 2026 (piątek)",
    },
    "pa": {
        dt.date(2026, 12, 1): "ਮੰਗਲਵਾਰ, 1 ਦਸੰਬਰ 2026",
        dt.date(2027, 2, 20): "ਸ਼ਨਿੱਚਰਵਾਰ, 20 ਫ਼ਰਵਰੀ 2027",
    },
    "bn": {
        dt.date(2026, 12, 1): "মঙ্গলবার, 1 ডিসেম্বর 2026",
        dt.date(2027, 2, 20): "শনিবার, 20 ফেব্রুয়ারি 2027",
    },
    "ro": {
        dt.date(2026, 12, 1): "marți, 1 decembrie 2026",
        dt.date(2027, 3, 6): "sâmbătă, 6 martie 2027",
    },
}

#: A date without its weekday, as a contact card's "Last checked" says it.
DAY_MONTH_YEAR = {
    "ur": "22 نومبر 2026",
    "ar": "22 نوفمبر 2026",
    "pl": "22 listopada 2026",
    "pa": "22 ਨਵੰਬਰ 2026",
    "bn": "22 নভেম্বর 2026",
    "ro": "22 noiembrie 2026",
}

#: "N days left", by number: 1, 2, 5, 11, 21 and 100 in every language, and where the
#: language's form changes (Romanian takes "de" from twenty, not after 101).
DAYS_LEFT = {
    "ur": {
        1: "1 دن باقی ہے",
        2: "2 دن باقی ہیں",
        5: "5 دن باقی ہیں",
        11: "11 دن باقی ہیں",
        21: "21 دن باقی ہیں",
        100: "100 دن باقی ہیں",
    },
    "ar": {
        1: "بقي 1 يوم",
        2: "بقي 2 يومان",
        5: "بقي 5 أيام",
        11: "بقي 11 يومًا",
        21: "بقي 21 يومًا",
        100: "بقي 100 يوم",
    },
    "pl": {
        1: "został 1 dzień",
        2: "zostały 2 dni",
        5: "zostało 5 dni",
        11: "zostało 11 dni",
        21: "zostało 21 dni",
        100: "zostało 100 dni",
    },
    "pa": {n: f"{n} ਦਿਨ ਬਾਕੀ" for n in (1, 2, 5, 11, 21, 100)},
    "bn": {n: f"{n} দিন বাকি" for n in (1, 2, 5, 11, 21, 100)},
    "ro": {
        1: "a mai rămas 1 zi",
        2: "au mai rămas 2 zile",
        5: "au mai rămas 5 zile",
        11: "au mai rămas 11 zile",
        20: "au mai rămas 20 de zile",
        21: "au mai rămas 21 de zile",
        100: "au mai rămas 100 de zile",
        101: "au mai rămas 101 zile",
    },
}

#: A number of days, by number.
DAYS = {
    "ur": {n: f"{n} دن" for n in (1, 2, 5, 11, 21, 100)},
    "ar": {1: "1 يوم", 2: "2 يومان", 5: "5 أيام", 11: "11 يومًا", 21: "21 يومًا", 100: "100 يوم"},
    "pl": {1: "1 dzień", 2: "2 dni", 5: "5 dni", 22: "22 dni", 25: "25 dni"},
    "pa": {n: f"{n} ਦਿਨ" for n in (1, 2, 5, 11, 21, 100)},
    "bn": {n: f"{n} দিন" for n in (1, 2, 5, 11, 21, 100)},
    "ro": {1: "1 zi", 19: "19 zile", 120: "120 de zile"},
}

#: Page 1 of the refused-assessment plan made on Friday 20 November 2026: when it was made,
#: and the first deadline with its days left.
PAGE_ONE = {
    "pa": ("ਬਣਾਈ ਗਈ: ਸ਼ੁੱਕਰਵਾਰ, 20 ਨਵੰਬਰ 2026।", "ਮੰਗਲਵਾਰ, 1 ਦਸੰਬਰ 2026 ਤੱਕ (11 ਦਿਨ ਬਾਕੀ)"),
    "bn": (
        "তৈরি করা হয়েছে: শুক্রবার, 20 নভেম্বর 2026।",
        "মঙ্গলবার, 1 ডিসেম্বর 2026 তারিখের মধ্যে (11 দিন বাকি)",
    ),
}


def _language(content: ContentStore, code: str) -> Language:
    language = content.language(code)
    assert language is not None, code
    return language


def _cases(table: dict[str, dict[int, str]]) -> list[tuple[str, int, str]]:
    return [(code, n, words) for code, rows in table.items() for n, words in rows.items()]


@pytest.mark.parametrize("code", CODES)
def test_the_catalogue_names_its_script_and_direction(content: ContentStore, code: str) -> None:
    script, right_to_left, name = SCRIPTS[code]
    language = _language(content, code)
    assert language.script == script
    assert language.right_to_left is right_to_left
    assert name in language.english_name


@pytest.mark.parametrize("code", CODES)
def test_the_plans_long_date_uses_the_languages_weekday_and_month_words(
    content: ContentStore, code: str
) -> None:
    words = _language(content, code).words
    for day, written in LONG_DATES[code].items():
        assert words.long_date(day) == written


@pytest.mark.parametrize("code", CODES)
def test_a_date_without_its_weekday_keeps_the_languages_month_and_order(
    content: ContentStore, code: str
) -> None:
    words = _language(content, code).words
    assert words.day_month_year(dt.date(2026, 11, 22)) == DAY_MONTH_YEAR[code]


@pytest.mark.parametrize("code", CODES)
def test_dates_keep_the_western_digits_the_familys_letters_use(
    content: ContentStore, code: str
) -> None:
    assert _language(content, code).words.number(2026) == "2026"


@pytest.mark.parametrize(("code", "n", "words"), _cases(DAYS_LEFT))
def test_days_left_take_the_languages_form_for_their_number(
    content: ContentStore, code: str, n: int, words: str
) -> None:
    assert _language(content, code).words.counted("days_left", n) == words


@pytest.mark.parametrize(("code", "n", "words"), _cases(DAYS))
def test_a_number_of_days_takes_the_languages_form_for_its_number(
    content: ContentStore, code: str, n: int, words: str
) -> None:
    assert _language(content, code).words.counted("days", n) == words


@pytest.mark.parametrize("code", sorted(PAGE_ONE))
def test_the_plans_page_one_gives_the_date_and_days_left_in_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str
) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(REFUSED), encoding="utf-8")
    status = main(["plan", "--answers", str(answers), "--today", "2026-11-20", "--language", code])
    out = " ".join(capsys.readouterr().out.split())
    assert status == 0
    made, by = PAGE_ONE[code]
    assert made in out
    assert by in out
