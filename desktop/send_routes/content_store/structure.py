"""The content database's shape: exactly the tables and indexes ``db/schema.sql`` makes.

Checked before anything else is read, reading ``sqlite_master`` only, which runs no view
or trigger: a view named ``metadata`` that never ends, or a view in place of ``contacts``,
is refused here instead of hanging the app. When ``db/schema.sql`` gains or loses a table
or an index, update ``EXPECTED`` (tests/content_store/test_structure.py says so) and raise
``SCHEMA_VERSION``.
"""

from __future__ import annotations

import re
import sqlite3

_TABLES = (
    "areas",
    "contacts",
    "deadline_rules",
    "engine_texts",
    "glossary",
    "glossary_aliases",
    "languages",
    "letters",
    "metadata",
    "notes",
    "question_options",
    "questions",
    "route_statements",
    "routes",
    "sources",
)
_SEARCHED = ("contacts", "glossary", "routes")
_FTS5_SHADOWS = ("config", "content", "data", "docsize", "idx")

#: Each table and index by name: "table", "index", or the virtual table's module. Every
#: table has a primary key (an automatic index); contacts has a second unique key.
EXPECTED: dict[str, str] = {
    **dict.fromkeys(_TABLES, "table"),
    **{f"sqlite_autoindex_{table}_1": "index" for table in _TABLES},
    "sqlite_autoindex_contacts_2": "index",
    "contacts_by_kind_and_area": "index",
    **{f"{name}_fts": "fts5" for name in _SEARCHED},
    **{f"{name}_fts_{part}": "table" for name in _SEARCHED for part in _FTS5_SHADOWS},
    "contacts_vocab": "fts5vocab",
}

_VIRTUAL = re.compile(r"\s*CREATE\s+VIRTUAL\s+TABLE\s+\S+\s+USING\s+(\w+)", re.IGNORECASE)


class StructureError(Exception):
    """The database is not shaped as a content database; the message says how."""


def _kind(kind: str, sql: str | None) -> str:
    if kind == "table":
        virtual = _VIRTUAL.match(sql or "")
        return virtual.group(1).lower() if virtual else "table"
    return kind


def check_structure(conn: sqlite3.Connection) -> None:
    """StructureError unless ``conn`` holds exactly the expected tables and indexes (no view,
    no trigger, nothing missing or extra, no table swapped for a virtual one)."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    found: dict[str, str] = {}
    for kind, name, sql in rows:
        if kind in ("view", "trigger"):
            raise StructureError(f"it holds a {kind}, which a content database never does")
        found[str(name)] = _kind(str(kind), sql)
    missing = sorted(set(EXPECTED) - set(found))
    if missing:
        raise StructureError(f"it has no {missing[0][:40]} table or index")
    extra = sorted(set(found) - set(EXPECTED))
    if extra:
        raise StructureError(f"it has an unexpected table or index {extra[0][:40]}")
    wrong = sorted(name for name, kind in EXPECTED.items() if found[name] != kind)
    if wrong:
        raise StructureError(f"its {wrong[0]} is not the kind of table the app expects")
