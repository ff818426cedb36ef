"""The caseload benchmark still runs (on a tiny input: its figures are not checked here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "caseload.py"


def test_the_caseload_benchmark_runs_and_prints_its_figures() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARK), "--sizes", "20", "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "view median" in result.stdout and "filter median" in result.stdout
