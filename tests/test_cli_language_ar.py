"""``send-routes plan --language ar``: page 1 in Arabic with the English under each line,
the draft notice first, dates and days left in Arabic words, dates isolated left to right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sample_answers import REFUSED
from send_routes.cli import main

ANSWERS = REFUSED
NOTICE_AR = "لم يُراجع مترجم مؤهل هذه الترجمة بعد."
#: First-strong isolate and pop directional isolate (core/bidi.py).
FSI, PDI = "\u2068", "\u2069"


def arabic_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    status = main(["plan", "--answers", str(answers), "--today", "2026-11-20", "--language", "ar"])
    out, _ = capsys.readouterr()
    assert status == 0
    return out


def test_arabic_page_one_opens_with_the_draft_notice_in_arabic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = arabic_plan(tmp_path, capsys)
    assert out.splitlines()[0].startswith(NOTICE_AR)
    assert out.index("خطتك") < out.index("EN: YOUR PLAN")


def test_arabic_dates_and_days_left_are_in_arabic_words_and_isolated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = arabic_plan(tmp_path, capsys)
    assert f"أُعدّت في {FSI}الجمعة 20 نوفمبر 2026{PDI}." in out
    assert f"بحلول {FSI}الثلاثاء 1 ديسمبر 2026{PDI} (بقي 11 يومًا)" in out


def test_the_urgent_sentence_is_filled_in_arabic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = " ".join(line.strip() for line in arabic_plan(tmp_path, capsys).splitlines())
    assert "أمامك 11 يومًا من أجل الاتصال بمستشار الوساطة (mediation adviser)" in out
