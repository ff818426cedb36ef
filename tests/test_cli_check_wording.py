"""``send-routes check-wording FILE``: one line per vague phrase, with its line and question."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "send_routes", *args], capture_output=True, text=True, timeout=60
    )


def test_each_phrase_found_is_one_line_with_its_question_and_the_exit_is_zero() -> None:
    result = run("check-wording", str(DATA / "section_f_vague.txt"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert 'line 3: "access to": Access to what, exactly?' in lines[0]
    assert any(line.startswith('line 8: "support as needed": ') for line in lines)
    assert all(line.startswith("line ") and "?" in line for line in lines)


def test_a_well_specified_section_f_prints_nothing() -> None:
    result = run("check-wording", str(DATA / "section_f_specified.txt"))
    assert (result.returncode, result.stdout) == (0, "")
    assert "No vague wording found." in result.stderr


def test_a_file_that_cannot_be_read_is_a_usage_error(tmp_path: Path) -> None:
    result = run("check-wording", str(tmp_path / "missing.docx"))
    assert result.returncode == 2 and result.stdout == ""
    assert "Cannot open" in result.stderr
