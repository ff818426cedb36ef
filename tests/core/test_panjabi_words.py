"""Panjabi (Gurmukhi) dates and days left read right, from the catalogue's own words."""

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
def panjabi(content: ContentStore) -> Language:
    language = content.language("pa")
    assert language is not None
    return language


def test_the_catalogue_says_it_is_gurmukhi_script(panjabi: Language) -> None:
    assert panjabi.script == "Gurmukhi"
    assert "Gurmukhi" in panjabi.english_name


def test_a_long_date_has_the_panjabi_weekday_then_the_day_month_and_year(
    panjabi: Language,
) -> None:
    assert panjabi.words.long_date(dt.date(2026, 12, 1)) == "ਮੰਗਲਵਾਰ, 1 ਦਸੰਬਰ 2026"
    assert panjabi.words.long_date(dt.date(2027, 2, 20)) == "ਸ਼ਨਿੱਚਰਵਾਰ, 20 ਫ਼ਰਵਰੀ 2027"


@pytest.mark.parametrize("n", [1, 2, 5, 11, 21, 100])
def test_days_left_keep_western_digits_and_the_same_word(panjabi: Language, n: int) -> None:
    assert panjabi.words.counted("days_left", n) == f"{n} ਦਿਨ ਬਾਕੀ"
    assert panjabi.words.counted("days", n) == f"{n} ਦਿਨ"


def test_the_plans_page_one_gives_the_date_and_days_left_in_panjabi(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    status = main(["plan", "--answers", str(answers), "--today", "2026-11-20", "--language", "pa"])
    out = " ".join(capsys.readouterr().out.split())
    assert status == 0
    assert "ਬਣਾਈ ਗਈ: ਸ਼ੁੱਕਰਵਾਰ, 20 ਨਵੰਬਰ 2026।" in out
    assert "ਮੰਗਲਵਾਰ, 1 ਦਸੰਬਰ 2026 ਤੱਕ (11 ਦਿਨ ਬਾਕੀ)" in out
