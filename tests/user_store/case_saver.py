"""Saves, updates and deletes cases until killed, reporting each one after it commits.

Run by test_crash_safety.py: ``python case_saver.py DB_PATH PASSPHRASE FIRST_SEQ``. Each
run starts counting at FIRST_SEQ, above every earlier run's, so a save that committed but
was killed before it could report still has a higher number than any reported one. Output lines are
``ready``, ``saved <id> <seq>``, ``deleting <id>`` and ``deleted <id>``, each flushed.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from send_routes.user_store.cases import CaseStore
from send_routes.user_store.crypto import FAST_KDF_FOR_TESTS


def report(*parts: object) -> None:
    print(*parts, flush=True)


def main(path: Path, passphrase: str, first: int) -> None:
    store = CaseStore.open(path, kdf=FAST_KDF_FOR_TESTS)
    if store.is_set_up():
        store.unlock(passphrase)
    else:
        store.set_passphrase(passphrase)
    ids: list[str] = [case.id for case in store.list_cases()]
    report("ready")
    for seq in itertools.count(first):
        content = {"seq": seq, "notes": "words " * (seq % 40 * 50)}
        if ids and seq % 3 == 0:
            case_id = store.save(ids[seq % len(ids)], content)
        else:
            case_id = store.save(None, content, title=f"Case {seq}")
            ids.append(case_id)
        report("saved", case_id, seq)
        if seq % 10 == 9:
            gone = ids.pop(0)
            report("deleting", gone)
            store.delete(gone)
            report("deleted", gone)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
