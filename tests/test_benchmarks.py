"""The benchmark scripts still run (on tiny inputs: figures are not checked here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.mark.parametrize(
    "args",
    [
        ["search.py", "--sizes", "50", "--words", "3"],
        ["plan.py", "--repeat", "1"],
        ["plan_pdf.py", "--repeat", "1"],
        ["cases_search.py", "--sizes", "20", "--words", "2"],
        ["directory.py", "--sizes", "50", "--opens", "1", "--rounds", "1"],
    ],
    ids=["search", "plan", "plan_pdf", "cases_search", "directory"],
)
def test_a_benchmark_runs_and_prints_its_figures(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / args[0]), *args[1:]],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "median" in result.stdout
