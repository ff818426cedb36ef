"""Bengali dates and days left read right, from the catalogue's own words."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sample_answers import REFUSED
from send_routes.cli import main
from send_routes.content_store.content import ContentStore
from send_routes.core.translation import Language

ANSWERS = REFUSED


@pytest.fixture
def bengali(content: ContentStore) -> Language:
    language = content.language("bn")
    assert language is not None
    return language


def test_the_catalogue_is_in_bengali_script_left_to_right(bengali: Language) -> None:
    assert bengali.script == "Bengali"
    assert not bengali.right_to_left


def test_a_long_date_has_the_bengali_weekday_then_the_day_month_and_year(
    bengali: Language,
) -> None:
    assert bengali.words.long_date(dt.date(2026, 12, 1)) == "মঙ্গলবার, 1 ডিসেম্বর 2026"
    assert bengali.words.long_date(dt.date(2027, 2, 20)) == "শনিবার, 20 ফেব্রুয়ারি 2027"


@pytest.mark.parametrize("n", [1, 2, 5, 11, 21, 100])
def test_days_left_keep_western_digits_and_the_same_word(bengali: Language, n: int) -> None:
    assert bengali.words.counted("days_left", n) == f"{n} দিন বাকি"
    assert bengali.words.counted("days", n) == f"{n} দিন"


def test_the_plans_page_one_gives_the_date_and_days_left_in_bengali(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    status = main(["plan", "--answers", str(answers), "--today", "2026-11-20", "--language", "bn"])
    out = " ".join(capsys.readouterr().out.split())
    assert status == 0
    assert "তৈরি করা হয়েছে: শুক্রবার, 20 নভেম্বর 2026।" in out
    assert "মঙ্গলবার, 1 ডিসেম্বর 2026 তারিখের মধ্যে (11 দিন বাকি)" in out
