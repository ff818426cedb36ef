"""Search-as-you-type speed against a bare FTS5 MATCH on the same table, in the same run.

Builds the content database with the bundled contacts plus N generated ones (through the
real build, so the index is the shipped one), then types words letter by letter.

    python benchmarks/search.py [--sizes 10000 100000] [--words 60]
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ratio, summary, timings_ms
from send_routes import paths
from send_routes.content_build.build import build_database
from send_routes.content_store.content import ContentStore
from send_routes.core.contact_fields import CONTACT_COLUMNS, KINDS

SYLLABLES = [
    "san",
    "dor",
    "mel",
    "ford",
    "wick",
    "ton",
    "ley",
    "bury",
    "ham",
    "field",
    "stow",
    "brook",
    "ash",
    "win",
    "ridge",
    "more",
    "gate",
    "well",
    "cliff",
    "dale",
]
SERVICES = [
    "Family support",
    "Parent partnership",
    "SEND advice",
    "Mediation service",
    "Disagreement resolution",
    "Advocacy",
    "Youth service",
    "Special needs team",
]
AREAS = ["worcestershire", "leicester", "shropshire", "dudley", ""]


def fake_name(rng: random.Random) -> str:
    return " ".join(
        "".join(rng.choices(SYLLABLES, k=rng.randint(2, 3))).title()
        for _ in range(rng.randint(1, 3))
    )


def fake_contacts(count: int, rng: random.Random) -> list[dict[str, str]]:
    rows = []
    for index in range(count):
        rows.append(
            {
                "id": f"generated-{index}",
                "organisation": fake_name(rng),
                "service": rng.choice(SERVICES),
                "kind": rng.choice(list(KINDS)),
                "local_authority": rng.choice(AREAS),
                "phone": f"01{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                "email": f"info{index}@example.org",
                "website": f"example{index}.org",
                "helps_with": f"Helps families in {fake_name(rng)} with {rng.choice(SERVICES)}.",
                "routes": "sendiass",
                "source": "seed-000",
                "confidence": "M",
                "source_read": "2026-11-22",
                "note": "",
            }
        )
    return rows


def build_with(extra: int, folder: Path) -> Path:
    content = folder / "content"
    shutil.copytree(paths.content_dir(), content)
    with (content / "contacts.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.DictWriter(handle, CONTACT_COLUMNS).writerows(fake_contacts(extra, random.Random(7)))
    out = folder / f"content-{extra}.sqlite"
    build_database(content, paths.schema_file(), out)
    return out


def typed_prefixes(store: ContentStore, words: int, rng: random.Random) -> list[str]:
    """Every prefix of some indexed words, as someone typing them would produce."""
    vocabulary = [word for word in store.search.vocabulary if word.isalpha() and len(word) > 3]
    chosen = rng.sample(vocabulary, min(words, len(vocabulary)))
    return [word[:end] for word in chosen for end in range(1, len(word) + 1)]


def bare_match(conn: sqlite3.Connection, prefix: str) -> None:
    conn.execute(
        "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT 20", (f'"{prefix}"*',)
    ).fetchall()


def bare_ranked(conn: sqlite3.Connection, prefix: str) -> None:
    conn.execute(
        "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? ORDER BY rank LIMIT 20",
        (f'"{prefix}"*',),
    ).fetchall()


def measure(extra: int, words: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = ContentStore.open(build_with(extra, Path(folder)))
        queries = typed_prefixes(store, words, random.Random(11))
        store.search_contacts("warm up")
        for _ in range(2):  # interleave so both see the same cache and machine state
            ours = timings_ms(lambda q: store.search_contacts(q, limit=20), queries)
            bare = timings_ms(lambda q: bare_match(store.conn, q), queries)
            ranked = timings_ms(lambda q: bare_ranked(store.conn, q), queries)
        (our_median, our_p99), (bare_median, bare_p99) = summary(ours), summary(bare)
        ranked_median, ranked_p99 = summary(ranked)
        print(
            f"{len(store.contacts):>7} contacts, {len(queries)} keystrokes: "
            f"search median {our_median:.2f} ms, p99 {our_p99:.2f} ms | "
            f"bare MATCH median {bare_median:.2f} ms, p99 {bare_p99:.2f} ms | "
            f"ratio median {ratio(our_median, bare_median)}, p99 {ratio(our_p99, bare_p99)}"
        )
        print(
            f"{'':>7} bare ranked MATCH (ORDER BY rank) median {ranked_median:.2f} ms, "
            f"p99 {ranked_p99:.2f} ms | ratio p99 {ratio(our_p99, ranked_p99)}"
        )
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--words", type=int, default=60)
    args = parser.parse_args()
    for size in args.sizes:
        measure(size, args.words)


if __name__ == "__main__":
    main()
