"""The benchmark scripts still run (on tiny inputs: figures are not checked here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def test_the_search_and_plan_benchmarks_run_and_print_ratios() -> None:
    search = subprocess.run(
        [sys.executable, str(BENCHMARKS / "search.py"), "--sizes", "50", "--words", "3"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "ratio" in search.stdout
    plan = subprocess.run(
        [sys.executable, str(BENCHMARKS / "plan.py"), "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "median" in plan.stdout
