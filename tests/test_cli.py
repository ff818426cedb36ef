"""The command line: plans, contact search, build-db, and clear refusals (exit 2)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from sample_answers import PLAN_CONTENT
from scenario_checks import load_scenarios, plan_failures, wants_text
from send_routes import __version__
from send_routes.cli import main

VALID = PLAN_CONTENT


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "send_routes", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
    )


def write(tmp_path: Path, answers: Any, name: str = "answers.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(answers), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("scenario", load_scenarios(), ids=lambda s: s["name"])
def test_every_scenario_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], scenario: dict[str, Any]
) -> None:
    args = ["plan", "--answers", write(tmp_path, scenario["answers"]), "--format", "json"]
    if "today" in scenario:
        args += ["--today", scenario["today"]]
    status = main(args)
    out, err = capsys.readouterr()
    expect = scenario["expect"]
    if "error_mentions" in expect:
        assert status == 2 and out == ""
        assert all(word in err for word in expect["error_mentions"])
    else:
        assert status == 0, err
        text = None
        if wants_text(expect):
            assert main(["text" if a == "json" else a for a in args]) == 0
            text = capsys.readouterr().out
        assert plan_failures(json.loads(out), expect, text) == []


def test_invalid_answers_exit_2_with_a_message_and_no_traceback(tmp_path: Path) -> None:
    result = run(
        "plan", "--answers", write(tmp_path, {**VALID, "stage": "later"}), "--format", "json"
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert "stage" in result.stderr and "sen_support" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "not valid JSON"), ("", "not valid JSON"), ("[1, 2]", "JSON object")],
)
def test_a_bad_answers_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    path = tmp_path / "answers.json"
    path.write_text(content, encoding="utf-8")
    assert main(["plan", "--answers", str(path)]) == 2
    assert message in capsys.readouterr().err


def test_a_missing_answers_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--answers", str(tmp_path / "none.json")]) == 2
    assert "cannot read the answers file" in capsys.readouterr().err


@pytest.mark.parametrize("today", ["tomorrow", "2026-W47-4", "20261130", "2026-02-30"])
def test_a_bad_today_exits_2(today: str) -> None:
    result = run("plan", "--answers", "x.json", "--today", today)
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"decision_date": "2026-W47-4"}, "decision_date"),
        ({"discrimination_date": "20260101"}, "discrimination_date"),
        ({"suspension_days": 46}, "suspension_days"),
        ({"suspension_days": True}, "suspension_days"),
        ({"transfer_year": 1850}, "transfer_year"),
        ({"role": "young_person", "age_band": "under_16"}, "age_band"),
        ({"school_type": "grammar"}, "school_type"),
    ],
)
def test_invalid_v2_answers_exit_2_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: dict[str, Any], key: str
) -> None:
    assert main(["plan", "--answers", write(tmp_path, {**VALID, **change})]) == 2
    out, err = capsys.readouterr()
    assert out == "" and key in err and "Traceback" not in err


def test_the_json_plan_is_schema_2_with_today_days_left_and_urgent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = {**VALID, "decision_date": "2026-10-01"}
    args = ["plan", "--answers", write(tmp_path, answers), "--format", "json"]
    assert main([*args, "--today", "2026-11-20"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["schema"] == 2 and plan["today"] == "2026-11-20"
    appeal = next(d for d in plan["deadlines"] if d["id"] == "appeal")
    assert (appeal["days_left"], appeal["passed"], appeal["uncertain"]) == (11, False, False)
    assert plan["urgent"]["deadline"] == "mediation_adviser"
    assert plan["routes"][0]["id"] == "mediation"


def test_the_text_plan_says_how_many_days_are_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = {**VALID, "decision_date": "2026-10-01"}
    args = ["plan", "--answers", write(tmp_path, answers), "--today", "2026-11-20"]
    assert main(args) == 0
    assert "11 days left" in capsys.readouterr().out


def test_answers_can_come_from_standard_input() -> None:
    result = run("plan", "--answers", "-", "--format", "json", stdin=json.dumps(VALID))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["routes"]


def test_the_text_plan_shows_routes_dates_and_the_disclaimer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["plan", "--answers", write(tmp_path, VALID), "--today", "2026-10-02"]) == 0
    out = capsys.readouterr().out
    assert "Do this first:" in out and "Tuesday 1 December 2026" in out
    assert "01905 768153" in out and "01905 610858" in out
    assert "not legal advice" in out


def test_a_plan_can_be_written_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    assert (
        main(["plan", "--answers", write(tmp_path, VALID), "--format", "json", "--out", str(out)])
        == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == 2


def test_writing_to_a_missing_folder_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no-stick" / "plan.txt"
    assert main(["plan", "--answers", write(tmp_path, VALID), "--out", str(out)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("query", ["sendias", "medation", "tribunel"])
def test_contacts_search_finds_misspelt_names(
    capsys: pytest.CaptureFixture[str], query: str
) -> None:
    assert main(["contacts", "search", query, "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found
    keys = {"id", "name", "kind", "phone", "email", "website", "local_authority", "source"}
    assert all(keys <= set(contact) for contact in found)


def test_contacts_search_within_an_area(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["contacts", "search", "sendiass", "--la", "dudley", "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found and {c["local_authority"] for c in found} <= {"dudley", ""}


@pytest.mark.parametrize("query", ['"', "(kids", "AND", "*", "", "x" * 10_000, "🙂🙂"])
def test_contacts_search_accepts_any_text(capsys: pytest.CaptureFixture[str], query: str) -> None:
    assert main(["contacts", "search", query, "--format", "json"]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)


def test_an_unknown_kind_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["contacts", "search", "x", "--kind", "wizard"]) == 2
    assert "sendiass" in capsys.readouterr().err


def test_build_db_writes_a_database(tmp_path: Path) -> None:
    out = tmp_path / "built.sqlite"
    result = run("build-db", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.exists() and "content version" in result.stdout


def test_build_db_reports_content_problems_by_file_and_line(tmp_path: Path) -> None:
    from send_routes import paths

    content = tmp_path / "content"
    import shutil

    shutil.copytree(paths.content_dir(), content)
    notes = content / "notes.yaml"
    notes.write_text(
        notes.read_text(encoding="utf-8").replace("- id: dr_free", "- id: free"), encoding="utf-8"
    )
    result = run("build-db", "--content", str(content), "--out", str(tmp_path / "x.sqlite"))
    assert result.returncode == 1
    assert f"{notes}:" in result.stderr and "'free'" in result.stderr
    assert not (tmp_path / "x.sqlite").exists()


def test_a_missing_content_database_is_a_clear_error(tmp_path: Path) -> None:
    env_db = str(tmp_path / "gone.sqlite")
    result = subprocess.run(
        [sys.executable, "-m", "send_routes", "contacts", "search", "kids"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "SEND_ROUTES_CONTENT_DB": env_db},
    )
    assert result.returncode == 1
    # Developer mode (tests/conftest.py): the named file is the developer's, not the app's.
    assert "missing" in result.stderr and "Check the file SEND_ROUTES_CONTENT_DB" in result.stderr
    assert "Reinstall" not in result.stderr
    assert "Traceback" not in result.stderr


def test_version_and_help() -> None:
    assert __version__ in run("--version").stdout
    help_text = run("--help").stdout
    for command in ("plan", "contacts", "build-db"):
        assert command in help_text


def test_plan_as_pdf_and_odt_in_large_print(tmp_path: Path) -> None:
    answers = write(tmp_path, VALID)
    for kind in ("pdf", "odt"):
        out = tmp_path / f"plan.{kind}"
        result = run(
            "plan",
            "--answers",
            answers,
            "--format",
            kind,
            "--out",
            str(out),
            "--large-print",
            "--name",
            "Amira",
        )
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 1000 and f"Saved your plan to {out}" in result.stderr


def test_a_document_format_needs_an_out_file(tmp_path: Path) -> None:
    result = run("plan", "--answers", write(tmp_path, VALID), "--format", "pdf")
    assert result.returncode == 2 and "--out" in result.stderr


SCHOOL_SUPPORT = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "sen_support",
    "disagree_with": ["setting"],
    "issues": ["setting_provision"],
}


@pytest.mark.parametrize(
    ("kind", "answers"),
    [
        ("complaint_setting", SCHOOL_SUPPORT),
        ("mediation_adviser", VALID),
        ("senco_meeting", SCHOOL_SUPPORT),
    ],
)
def test_a_letter_prints_as_text_or_saves_as_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, answers: dict[str, Any]
) -> None:
    path = write(tmp_path, answers)
    assert main(["letter", kind, "--answers", path, "--name", "Sam"]) == 0
    assert "Sam" in capsys.readouterr().out
    out = tmp_path / "letter.txt"
    assert main(["letter", kind, "--answers", path, "--out", str(out)]) == 0
    assert "Dear" in out.read_text(encoding="utf-8")


def test_a_letter_whose_conditions_do_not_fit_the_answers_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A complaint to a college about the council stopping the plan makes no sense.
    answers = {**VALID, "setting": "college", "issues": ["cease_plan"]}
    out = tmp_path / "letter.txt"
    status = main(
        ["letter", "complaint_setting", "--answers", write(tmp_path, answers), "--out", str(out)]
    )
    printed, err = capsys.readouterr()
    assert status == 2 and printed == "" and not out.exists()
    assert len(err.strip().splitlines()) == 1
    assert "'complaint_setting' does not fit" in err
    assert "explain_decision" in err and "mediation_adviser" in err


@pytest.mark.parametrize("kind", ["txt", "pdf", "odt"])
def test_every_saved_letter_keeps_where_to_send_it_and_the_2_month_limit(
    tmp_path: Path, kind: str
) -> None:
    out = tmp_path / f"letter.{kind}"
    result = run(
        "letter", "mediation_adviser", "--answers", write(tmp_path, VALID), "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    text = _document_text(out)
    assert "Send it to" in text and "within 2 months of the decision" in text
    assert "Dear Sir or Madam" in text


def test_a_printed_letter_also_says_where_to_send_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["letter", "mediation_adviser", "--answers", write(tmp_path, VALID)]) == 0
    printed = capsys.readouterr().out
    assert "Before you send this letter" in printed and "within 2 months" in printed


def _document_text(path: Path) -> str:
    """The words in a saved .txt, .pdf or .odt, with runs of spaces made single."""
    if path.suffix == ".pdf":
        text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    elif path.suffix == ".odt":
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("content.xml").decode("utf-8")
        text = re.sub(r"<[^>]+>", "", xml)
    else:
        text = path.read_text(encoding="utf-8")
    return " ".join(text.split())


def test_a_letter_to_an_unknown_file_type_exits_2(tmp_path: Path) -> None:
    result = run("letter", "request_dr", "--answers", write(tmp_path, VALID), "--out", "x.doc")
    assert result.returncode == 2 and ".pdf, .odt or .txt" in result.stderr


def test_calendar_writes_the_deadlines(tmp_path: Path) -> None:
    out = tmp_path / "deadlines.ics"
    assert main(["calendar", "--answers", write(tmp_path, VALID), "--out", str(out)]) == 0
    assert "BEGIN:VALARM" in out.read_text(encoding="utf-8")


def test_calendar_without_dates_exits_2(tmp_path: Path) -> None:
    no_dates = {key: value for key, value in VALID.items() if key != "decision_date"}
    result = run("calendar", "--answers", write(tmp_path, no_dates), "--out", "x.ics")
    assert result.returncode == 2 and "no deadlines" in result.stderr


def test_a_letter_in_a_language_says_the_school_and_the_childs_name_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, SCHOOL_SUPPORT)
    assert main(["letter", "senco_meeting", "--answers", path, "--name", "Sam"]) == 0
    assert "Sam's support" in capsys.readouterr().out
    args = ["letter", "senco_meeting", "--answers", path, "--name", "Sam", "--language", "ro"]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "sprijinul lui Sam" in printed and "Sam's" not in printed
    assert "Ce să atașați:" in printed and "What to attach" not in printed


def test_a_letter_in_a_language_is_dated_in_its_words_and_saved_only_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, SCHOOL_SUPPORT)
    args = ["letter", "senco_meeting", "--answers", path, "--today", "2026-12-01"]
    assert main([*args, "--language", "pl"]) == 0
    assert "1 grudnia 2026 (wtorek)" in capsys.readouterr().out
    assert main([*args, "--language", "pl", "--out", str(tmp_path / "letter.txt")]) == 0
    assert "Zanim wyślesz to pismo" in (tmp_path / "letter.txt").read_text(encoding="utf-8")
    assert main([*args, "--language", "pl", "--out", str(tmp_path / "letter.pdf")]) == 2
    assert not (tmp_path / "letter.pdf").exists()
