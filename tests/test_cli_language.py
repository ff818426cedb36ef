"""``send-routes plan --language CODE``: page 1 in the language with the English under
each line, the draft notice first, dates in the language's own words."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sample_answers import REFUSED
from scenario_checks import load_scenarios
from send_routes.cli import main
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import AnswersError, parse_answers
from send_routes.core.planner import make_plan
from send_routes.export.bilingual_text import bilingual_page_one
from send_routes.export.plan_context import plan_view

ANSWERS = REFUSED
NOTICE_PL = "To tłumaczenie nie zostało jeszcze sprawdzone przez wykwalifikowanego"


def plan(tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    status = main(["plan", "--answers", str(answers), "--today", "2026-11-20", *extra])
    out, err = capsys.readouterr()
    return status, out, err


def test_polish_page_one_opens_with_the_draft_notice_in_polish_and_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = plan(tmp_path, capsys, "--language", "pl")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith(NOTICE_PL)
    assert "EN: This translation has not yet been checked by a qualified translator." in out
    assert out.index("TWÓJ PLAN") < out.index("EN: YOUR PLAN")


def test_each_translated_line_has_its_english_under_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = plan(tmp_path, capsys, "--language", "pl")
    lines = out.splitlines()
    made = next(i for i, line in enumerate(lines) if line.startswith("Sporządzono:"))
    assert "20 listopada 2026 (piątek)" in lines[made]
    english = " ".join(lines[made + 1 : made + 3])
    assert "EN: Made Friday 20 November 2026." in english


def test_the_rest_of_the_plan_follows_in_the_language_without_the_english_under_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = plan(tmp_path, capsys, "--language", "pl")
    rest = out[out.index("1. Poproś o mediację") :]
    assert "EN: " not in rest
    assert rest.rstrip().endswith("To jest informacja, a nie porada prawna.")


def test_an_unknown_language_is_refused_naming_the_languages_there_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = plan(tmp_path, capsys, "--language", "xx")
    assert status == 2 and out == ""
    assert "no translation for the language 'xx'" in err and "pl" in err


def test_a_language_with_json_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = plan(tmp_path, capsys, "--language", "pl", "--format", "json")
    assert status == 2 and out == ""
    assert "--language works with --format text, pdf or odt" in err


@pytest.mark.parametrize("code", ["pl", "ur"])
def test_every_public_scenarios_page_one_is_wholly_in_the_language(
    content: ContentStore, code: str
) -> None:
    """No line of page 1 falls back to English for any scenario in tests/data; the names
    kept in English on purpose (contacts, services) are inside translated lines."""
    language = content.language(code)
    assert language is not None
    untranslated = {}
    for scenario in load_scenarios():
        try:
            answers = parse_answers(scenario["answers"])
        except AnswersError:
            continue
        today = dt.date.fromisoformat(scenario.get("today", "2026-11-22"))
        plan = make_plan(content.guidance, answers, today)
        _, missing = bilingual_page_one(plan_view(plan, content), language)
        if missing:
            untranslated[scenario["name"]] = missing
    assert untranslated == {}


def test_urdu_page_one_opens_with_the_urdu_notice_and_dates_in_urdu_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = plan(tmp_path, capsys, "--language", "ur")
    assert status == 0
    assert out.splitlines()[0].startswith("یہ ترجمہ ابھی کسی مستند مترجم نے نہیں جانچا۔")
    assert "جمعہ، 20 نومبر 2026" in out and "11 دن باقی ہیں" in out
