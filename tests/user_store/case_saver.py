"""Saves, updates and deletes cases until killed, reporting each one after it commits.

Run by test_crash_safety.py: ``python case_saver.py DB_PATH PASSPHRASE FIRST_SEQ``. Each
run starts counting at FIRST_SEQ, above every earlier run's, so a save that committed but
was killed before it could report still has a higher number than any reported one. Output lines are
``ready``, ``saved <id> <seq>``, ``deleting <id>`` and ``deleted <id>``, each flushed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import sys
from pathlib import Path

from send_routes.core.case_file import CaseFile, Evidence, Reasons, SectionReasons
from send_routes.core.case_log import new_entry
from send_routes.user_store.cases import CaseStore
from send_routes.user_store.crypto import FAST_KDF_FOR_TESTS


def case_file(seq: int) -> dict[str, object]:
    """A log and reasons that grow with ``seq``, saved in the same record as the rest."""
    log = [
        new_entry("call", dt.date(2026, 1, 1) + dt.timedelta(days=n), None, "SENCO", f"seq {seq}")
        for n in range(seq % 7 + 1)
    ]
    evidence = (Evidence(f"report {seq}", str(seq % 9), "weekly therapy", "nothing"),)
    reasons = Reasons(f"reasons for save {seq}").with_section(
        "F", SectionReasons(f"section F for save {seq}", evidence)
    )
    return CaseFile(tuple(log), reasons).to_dict()


def report(*parts: object) -> None:
    """One line in one write() call, so a SIGKILL never leaves half a line."""
    os.write(1, (" ".join(str(part) for part in parts) + "\n").encode())


def main(path: Path, passphrase: str, first: int, keep: int = 0) -> None:
    """Save until killed; with ``keep``, delete the oldest case beyond ``keep`` cases."""
    store = CaseStore.open(path, kdf=FAST_KDF_FOR_TESTS)
    if store.is_set_up():
        store.unlock(passphrase)
    else:
        store.set_passphrase(passphrase)
    ids: list[str] = [case.id for case in store.list_cases()]
    report("ready")
    for seq in itertools.count(first):
        content = {"seq": seq, "notes": "words " * (seq % 40 * 50), **case_file(seq)}
        if ids and seq % 3 == 0:
            case_id = store.save(ids[seq % len(ids)], content)
        else:
            case_id = store.save(None, content, title=f"Case {seq}")
            ids.append(case_id)
        report("saved", case_id, seq)
        if (keep and len(ids) > keep) or (not keep and seq % 10 == 9):
            gone = ids.pop(0)
            report("deleting", gone)
            store.delete(gone)
            report("deleted", gone)


def serve(path: Path, passphrase: str) -> None:
    """A fork server: for each ``go FIRST_SEQ KEEP`` line, fork a saver (modules already
    imported, so it starts at once), say ``child PID``, and ``ended`` when it is gone."""
    for line in sys.stdin:
        _, first, keep = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                main(path, passphrase, int(first), int(keep))
            finally:
                os._exit(1)
        report("child", pid)
        os.waitpid(pid, 0)
        report("ended")


if __name__ == "__main__":
    if sys.argv[1] == "--serve":
        serve(Path(sys.argv[2]), sys.argv[3])
    else:
        main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
