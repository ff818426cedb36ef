"""What the app connects to, seen from outside the process with strace (Qt's own C++ code
included, which patching Python's ``socket`` cannot see).

A session (questions, plan, directory, glossary, Save as PDF, Finish and clear) connects to
nothing at all. Print preview and Print, where the person prints, may reach the local print
service (CUPS on 127.0.0.1 or ::1 port 631, or its socket) and the name service cache
(which CUPS asks for the user's name); nothing else, and never another machine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("network_driver.py")
STRACE = shutil.which("strace")
LOCAL_PRINT = re.compile(r'sin6?_port=htons\(631\).*(inet_addr\("127\.0\.0\.1"\)|"::1")')
LOCAL_SOCKETS = (
    "/var/run/nscd/socket",
    "/run/nscd/socket",
    "/run/cups/cups.sock",
    "/var/run/cups/cups.sock",
)

pytestmark = pytest.mark.skipif(
    STRACE is None, reason="strace is not installed, so sockets cannot be watched from outside"
)


def connects(step: str, log: Path) -> list[str]:
    """Every connect() the app makes while the driver runs ``step``."""
    assert STRACE is not None
    result = subprocess.run(
        [
            STRACE,
            "-f",
            "-qq",
            "-e",
            "trace=network",
            "-o",
            str(log),
            sys.executable,
            str(DRIVER),
            step,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if "Operation not permitted" in result.stderr and "ptrace" in result.stderr:
        pytest.skip("strace may not trace here (ptrace is not permitted)")
    assert result.returncode == 0 and "done" in result.stdout, result.stderr[-2000:]
    lines = log.read_text().splitlines()
    assert any("socket(" in line or "connect(" in line or "+++" in line for line in lines) or (
        lines == []
    )
    return [line for line in lines if "connect(" in line]


def allowed_when_printing(line: str) -> bool:
    if "AF_INET" in line:
        return bool(LOCAL_PRINT.search(line))
    return any(f'"{path}"' in line for path in LOCAL_SOCKETS)


def test_a_whole_session_and_saving_a_pdf_connect_to_nothing(tmp_path: Path) -> None:
    assert connects("pdf", tmp_path / "strace.txt") == []


@pytest.mark.parametrize("step", ["preview", "print"])
def test_printing_reaches_only_the_local_print_service(tmp_path: Path, step: str) -> None:
    found = connects(step, tmp_path / "strace.txt")
    assert [line for line in found if not allowed_when_printing(line)] == []
