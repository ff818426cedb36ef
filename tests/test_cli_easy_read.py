"""``send-routes plan --easy-read``: the Easy Read plan as text, PDF and ODT."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from sample_answers import PLAN_CONTENT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "send_routes", *args], capture_output=True, text=True, timeout=60
    )


def answers_file(tmp_path: Path) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(PLAN_CONTENT), encoding="utf-8")
    return str(path)


def test_easy_read_text_starts_with_what_to_do_first(tmp_path: Path) -> None:
    result = run(
        "plan", "--answers", answers_file(tmp_path), "--easy-read", "--today", "2026-11-22"
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Your plan in Easy Read"
    assert lines.index("What to do first") < lines.index("By when") < lines.index("Who to contact")
    assert lines.index("Who to contact") < lines.index("Your next steps") < lines.index("Key words")
    assert "Pictures by OpenMoji, licence CC BY-SA 4.0." in lines


def test_easy_read_pdf_and_odt_are_saved(tmp_path: Path) -> None:
    answers = answers_file(tmp_path)
    for kind in ("pdf", "odt"):
        out = tmp_path / f"easy.{kind}"
        result = run(
            "plan", "--answers", answers, "--easy-read", "--format", kind, "--out", str(out)
        )
        assert result.returncode == 0, result.stderr
        assert f"Saved your Easy Read plan to {out}" in result.stderr
    reader = PdfReader(tmp_path / "easy.pdf")
    assert reader.metadata is not None and reader.metadata.title == "Your plan in Easy Read"
    assert "What to do first" in " ".join((reader.pages[0].extract_text() or "").split())


def test_easy_read_json_is_the_ordinary_contract(tmp_path: Path) -> None:
    answers = answers_file(tmp_path)
    plain = run("plan", "--answers", answers, "--format", "json", "--today", "2026-11-22")
    easy = run(
        "plan", "--answers", answers, "--format", "json", "--today", "2026-11-22", "--easy-read"
    )
    assert easy.returncode == 0 and easy.stdout == plain.stdout
