"""``send-routes --self-test`` from the source tree: passes, and names what fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_self_test(**env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "send_routes", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
    )


def test_self_test_passes_from_source() -> None:
    result = run_self_test()
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("send-routes ") and "(source" in lines[0]
    checks = ("content database", "bank holidays", "misspelt search", "read aloud", "languages")
    for check in (*checks, "scenarios", "plan to PDF", "wording check", "main window"):
        assert any(line.startswith("ok") and check in line for line in lines), check
    assert any("Qt's own dialog words: ar, pl" in line for line in lines)
    assert any(line.strip().startswith("speech engines:") for line in lines)
    assert lines[-1] == "self-test passed"


def test_self_test_names_the_check_that_failed(tmp_path: Path) -> None:
    broken = tmp_path / "content.sqlite"
    broken.write_bytes(b"not a database")
    result = run_self_test(SEND_ROUTES_CONTENT_DB=str(broken))
    assert result.returncode == 1
    assert "FAILED content database" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("self-test FAILED")


def test_self_test_says_where_user_files_go_without_making_the_folder(tmp_path: Path) -> None:
    data = tmp_path / "usb" / "data"
    result = run_self_test(SEND_ROUTES_DATA_DIR=str(data))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"user files go to {data}" in result.stdout
    assert not data.exists()
