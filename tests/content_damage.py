"""Make damaged copies of the content database, for the tests that prove it is refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path


def damage_table(source: Path, path: Path, table: str) -> None:
    """A copy of ``source`` with ``table``'s first page overwritten with noise."""
    shutil.copy(source, path)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root[0] - 1) * page_size
    for offset in range(start + 8, start + page_size, 5):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
