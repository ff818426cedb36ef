"""Run a few lines of Python in a new process, offscreen: fonts added and modules imported
by earlier tests stay for the whole test process, so what a start adds or imports can only
be seen in a fresh one."""

from __future__ import annotations

import os
import subprocess
import sys


def fresh_output(code: str) -> list[str]:
    """The lines ``code`` prints, run in a new Python process with Qt offscreen."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    return result.stdout.splitlines()
