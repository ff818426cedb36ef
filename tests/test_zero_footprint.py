"""A whole session on a shared computer leaves nothing that identifies anyone on disk."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

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
