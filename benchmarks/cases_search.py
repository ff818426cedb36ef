"""Saved-case search per keystroke against a bare scan of the same strings, in the same run.

Saves N cases with realistic content (answers, a title, a few hundred characters of notes)
in a fresh encrypted store, unlocks it (which decrypts every case once into memory), then
types words letter by letter. Each keystroke's search is timed against a bare baseline: a
list of the same case-folded strings scanned with ``in``. For comparison it also times what
each keystroke used to cost: decrypting every case.

    python benchmarks/cases_search.py [--sizes 200 5000] [--words 30]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ratio, summary, timings_ms
from send_routes.user_store import case_records, crypto
from send_routes.user_store.case_index import texts
from send_routes.user_store.cases import CaseStore
from send_routes.user_store.crypto import FAST_KDF_FOR_TESTS

WORDS = [
    "senco",
    "review",
    "annual",
    "tribunal",
    "mediation",
    "phoned",
    "letter",
    "school",
    "academy",
    "plan",
    "needs",
    "assessment",
    "refused",
    "transport",
    "placement",
    "speech",
    "therapy",
    "occupational",
    "parent",
    "meeting",
    "deadline",
    "appeal",
    "evidence",
    "report",
    "headteacher",
    "council",
    "caseworker",
]
NAMES = [
    "Sam",
    "Alex",
    "Priya",
    "Jordan",
    "Maya",
    "Ellis",
    "Noor",
    "Tomasz",
    "Aisha",
    "Rowan",
    "Ifeoma",
    "Dylan",
]
PASSPHRASE = "benchmark words"


def case_content(rng: random.Random) -> tuple[str, dict[str, object]]:
    title = f"{rng.choice(NAMES)}, Year {rng.randint(1, 13)}"
    notes = " ".join(rng.choice(WORDS) for _ in range(60))
    answers = {
        "role": "parent_carer",
        "setting": "school",
        "issues": ["refused_assessment"],
        "school_name": f"{rng.choice(NAMES)} Academy",
        "decision_date": "2026-10-01",
    }
    return title, {"answers": answers, "notes": notes, "child_first_name": title.split(",")[0]}


def save_all(store: CaseStore, cases: list[tuple[str, dict[str, object]]]) -> None:
    """Save every case in one transaction, sealed exactly as ``CaseStore.save`` seals them
    (one save each would spend minutes on fsync and on rewriting the manifest)."""
    key = store._key
    assert key is not None
    versions: dict[str, int] = {}
    with store.user_db.saving() as conn:
        for number, (title, content) in enumerate(cases):
            case_id = uuid.uuid4().hex
            aad = case_records.associated(case_id, 1)
            nonce, sealed = crypto.encrypt(key, case_records.pack(title, content), aad)
            when = f"2026-{1 + number % 12:02d}-{1 + number % 28:02d}T10:00:00+00:00"
            conn.execute(
                "INSERT INTO cases (id, created, updated, nonce, ciphertext, version)"
                " VALUES (?, ?, ?, ?, ?, 1)",
                (case_id, when, when, nonce, sealed),
            )
            versions[case_id] = 1
        case_records.write_manifest(conn, key, versions)


def keystrokes(rng: random.Random, words: int) -> list[str]:
    typed = []
    for _ in range(words):
        word = rng.choice(WORDS + [name.lower() for name in NAMES])
        typed.extend(word[: n + 1] for n in range(len(word)))
    return typed


def measure(size: int, words: int, folder: Path) -> None:
    rng = random.Random(size)
    store = CaseStore.open(folder / f"cases-{size}.sqlite", kdf=FAST_KDF_FOR_TESTS)
    store.set_passphrase(PASSPHRASE)
    save_all(store, [case_content(rng) for _ in range(size)])
    store.lock()
    started = time.perf_counter()
    store.unlock(PASSPHRASE)
    unlock_ms = (time.perf_counter() - started) * 1000
    typed = keystrokes(rng, words)
    bare = [
        "\n".join([case.title, *case_records_texts(store, case.id)]).casefold()
        for case in store.list_cases()
    ]
    ours = timings_ms(store.search, typed)
    floor = timings_ms(lambda text: [s for s in bare if text.casefold() in s], typed)
    key = store._key
    assert key is not None
    versions = store._vault.manifest(key)
    rows = list(store.user_db.conn.execute(f"SELECT {case_records.ROW_COLUMNS} FROM cases"))
    old = timings_ms(lambda _text: case_records.index_rows(rows, key, versions), typed[:5])
    (ours_median, ours_p99), (floor_median, _) = summary(ours), summary(floor)
    print(
        f"{size} cases: keystroke search median {ours_median:.2f} ms, p99 {ours_p99:.2f} ms "
        f"({ratio(ours_median, floor_median)} the bare scan's median {floor_median:.2f} ms); "
        f"decrypting every case (the old cost per keystroke) median {summary(old)[0]:.1f} ms; "
        f"unlock {unlock_ms:.0f} ms"
    )
    store.close()


def case_records_texts(store: CaseStore, case_id: str) -> list[str]:
    return list(texts(store.load(case_id)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 5000])
    parser.add_argument("--words", type=int, default=30)
    args = parser.parse_args()
    memory = Path("/dev/shm")  # the saves are not what is measured: spare the disk
    with tempfile.TemporaryDirectory(dir=memory if memory.is_dir() else None) as folder:
        for size in args.sizes:
            measure(size, args.words, Path(folder))


if __name__ == "__main__":
    main()
