"""A whole session on a shared computer leaves nothing that identifies anyone on disk."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from session_driver import NAME

DRIVER = Path(__file__).with_name("session_driver.py")
FOLDERS = (
    "HOME",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
    "TMPDIR",
)
SECRETS = (NAME, "2026-10-13", "2026-07-19", "13 October 2026", "19 July 2026", "13/10/2026")


def _files(root: Path) -> Iterator[Path]:
    for folder, _dirs, files in os.walk(root):
        for name in files:
            yield Path(folder) / name


def test_zero_footprint_a_whole_session_writes_nothing_identifying(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.pop("SEND_ROUTES_DATA_DIR", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    roots = {}
    for variable in FOLDERS:
        roots[variable] = tmp_path / variable.lower()
        roots[variable].mkdir(mode=0o700)
        env[variable] = str(roots[variable])
    result = subprocess.run(
        [sys.executable, str(DRIVER)], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "session done" in result.stdout
    created = [path for root in roots.values() for path in _files(root)]
    needles = [s.encode("utf-8") for s in SECRETS] + [s.encode("utf-16-le") for s in SECRETS]
    leaks = [str(p) for p in created if any(n in p.read_bytes() for n in needles)]
    assert leaks == []
    # Only a preferences file, if anything at all.
    assert [p.name for p in created if p.name != "preferences.json"] == []


X11_DRIVER = Path(__file__).with_name("x11_session_driver.py")


def test_on_x11_finish_and_clear_empties_the_primary_selection_and_no_title_shows_the_name(
    tmp_path: Path,
) -> None:
    """X11 copies selected text into the primary selection, which any program can paste
    with the middle button; and every window's title is listed for every program."""
    for tool in ("xvfb-run", "xwininfo"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (Debian: xvfb, x11-utils)")
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.pop("SEND_ROUTES_DATA_DIR", None)
    env.update({"QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path), "TMPDIR": str(tmp_path)})
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(__file__).parent), str(Path(__file__).parents[1] / "desktop")]
    )
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, str(X11_DRIVER)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert NAME in report["selection_while_working"]  # the check can see a selection
    assert "Print preview" in report["titles_in_preview"]  # and the preview's window
    assert NAME not in report["titles_in_preview"]
    assert NAME not in report["selection_after_clear"]
