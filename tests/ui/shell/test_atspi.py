"""A screen reader's view: every focusable control on every page has a name and a role.

The window runs under Xvfb with the AT-SPI accessibility bus, in its own D-Bus session, and
``atspi_reader.py`` reads it through the bus with Debian's python3-pyatspi (system Python).
Skipped, saying why, where Xvfb, D-Bus or pyatspi is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
#: Roles a screen reader cannot act on: a control that reports one has lost its role.
NO_ROLE = {"", "unknown", "invalid", "redundant object"}


def _missing() -> str | None:
    for tool in ("dbus-run-session", "xvfb-run"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: dbus, xvfb)"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        return "pyatspi is not installed for the system Python (Debian: python3-pyatspi)"
    return None


@pytest.fixture(scope="module")
def screen_reader_view(content_db: Path) -> dict[str, list[list[str]]]:
    why = _missing()
    if why:
        pytest.skip(f"cannot start the accessibility bus: {why}")
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "PYTHONPATH": str(HERE.parents[1] / "desktop"),
    }
    command = ["dbus-run-session", "--", "xvfb-run", "-a", SYSTEM_PYTHON]
    command += [str(HERE / "atspi_reader.py"), sys.executable, str(content_db)]
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment, timeout=600, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        pytest.fail(f"the reader said nothing: {done.stderr[-2000:]}")
    view: dict[str, list[list[str]]] = json.loads(lines[-1])
    if "error" in view:
        pytest.skip(f"the accessibility bus did not answer: {view['error']}")
    return view


PAGES = (
    "start",
    "question",
    "check your answers",
    "plan",
    "directory",
    "glossary",
    "adviser area",
    "hidden screen",
)


@pytest.mark.parametrize("page", PAGES)
def test_every_focusable_control_has_a_name_and_a_role_on_the_bus(
    screen_reader_view: dict[str, list[list[str]]], page: str
) -> None:
    controls = screen_reader_view[page]
    assert controls, f"no focusable control was read on the {page} page"
    nameless = [role for role, name in controls if not name.strip()]
    roleless = [name for role, name in controls if role in NO_ROLE]
    assert nameless == [] and roleless == []
