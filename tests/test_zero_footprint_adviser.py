"""An adviser's session with the case file (log, reasons, wording check, papers) leaves
nothing readable on disk: what was saved is only inside the encrypted cases, and what was
not saved is nowhere, whether the session ends with Finish and clear or is killed."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from adviser_session_driver import NAME, PASSPHRASE, TITLE, UNSAVED
from send_routes import paths
from send_routes.core.case_file import case_file_from
from send_routes.user_store.cases import CaseStore

DRIVER = Path(__file__).with_name("adviser_session_driver.py")
FOLDERS = (
    "HOME",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
    "TMPDIR",
)
SECRETS = (NAME, UNSAVED, "Quillfeather", "Braithwaite", "13/10/2026", "2026-10-13", "2026-10-20")
#: The files an adviser's session may leave: the encrypted cases (SQLite and its journal
#: files while open) and the display preferences.
ALLOWED = {"cases.sqlite", "cases.sqlite-wal", "cases.sqlite-shm", "preferences.json"}


def _files(root: Path) -> Iterator[Path]:
    for folder, _dirs, files in os.walk(root):
        for name in files:
            yield Path(folder) / name


@pytest.mark.parametrize("ending", ["clear", "kill"])
def test_an_advisers_case_file_is_on_disk_only_encrypted(tmp_path: Path, ending: str) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.pop("SEND_ROUTES_DATA_DIR", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    roots = {}
    for variable in FOLDERS:
        roots[variable] = tmp_path / variable.lower()
        roots[variable].mkdir(mode=0o700)
        env[variable] = str(roots[variable])
    # The adviser's own copy of a plan, opened in the wording check: not the app's file.
    documents = tmp_path / "documents"
    documents.mkdir()
    plan_file = documents / "plan.docx"
    shutil.copy(paths.resources_dir() / "self_test" / "section_f_sample.docx", plan_file)
    result = subprocess.run(
        [sys.executable, str(DRIVER), ending, str(plan_file)],
        env={**env, "PYTHONPATH": os.pathsep.join([str(DRIVER.parent), env.get("PYTHONPATH", "")])},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "session done" in result.stdout, result.stderr[-3000:]
    assert result.returncode == (-signal.SIGKILL if ending == "kill" else 0), result.stderr
    created = [path for root in roots.values() for path in _files(root)]
    needles = [s.encode("utf-8") for s in SECRETS] + [s.encode("utf-16-le") for s in SECRETS]
    leaks = [str(p) for p in created if any(n in p.read_bytes() for n in needles)]
    assert leaks == []
    assert sorted({p.name for p in created} - ALLOWED) == []
    # The check could see them: the case was saved, with its log and reasons, encrypted.
    (database,) = [p for p in created if p.name == "cases.sqlite"]
    store = CaseStore.open(database)
    store.unlock(PASSPHRASE)
    (summary,) = store.list_cases()
    assert summary.title == TITLE
    saved = case_file_from(store.load(summary.id))
    store.close()
    assert [entry.sender for entry in saved.log] == [NAME]
    assert NAME in saved.reasons.opening and saved.reasons.section("F").evidence
    assert UNSAVED not in repr(saved)
