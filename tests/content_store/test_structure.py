"""A content database's shape is checked before anything is read from it: views, triggers,
missing or extra tables are each refused at once, in words, never run."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from send_routes import paths
from send_routes.content_store.content_db import ContentError, open_read_only
from send_routes.content_store.content_release import release_of
from send_routes.content_store.structure import EXPECTED

#: A view that never ends: selecting from it counts up without limit.
ENDLESS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
    "SELECT 'release', CAST(i AS TEXT) FROM n"
)


def reshaped(source: Path, path: Path, *statements: str) -> Path:
    shutil.copy(source, path)
    conn = sqlite3.connect(path)
    conn.executescript(";\n".join(statements))
    conn.commit()
    conn.close()
    return path


def test_the_expected_shape_is_exactly_what_schema_sql_makes() -> None:
    conn = sqlite3.connect(":memory:")
    conn.executescript(paths.schema_file().read_text(encoding="utf-8"))
    made = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert made == set(EXPECTED), (
        "db/schema.sql changed shape: update EXPECTED in content_store/structure.py "
        "and raise SCHEMA_VERSION"
    )


def test_the_built_database_has_exactly_the_expected_shape(content_db: Path) -> None:
    open_read_only(content_db).close()


SHAPES = {
    "an endless view named metadata": (
        "ALTER TABLE metadata RENAME TO old_metadata",
        f"CREATE VIEW metadata(key, value) AS {ENDLESS}",
    ),
    "a view named contacts": (
        "DROP TABLE contacts",
        "CREATE VIEW contacts AS SELECT * FROM areas, areas AS a, areas AS b, areas AS c",
    ),
    "a trigger": ("CREATE TRIGGER t AFTER INSERT ON notes BEGIN DELETE FROM notes; END",),
    "a missing table": ("DROP TABLE deadline_rules",),
    "an extra table": ("CREATE TABLE extra (x)",),
    "an extra index": ("CREATE INDEX by_title ON routes(title)",),
    "a virtual table in a table's place": (
        "DROP TABLE sources",
        "CREATE VIRTUAL TABLE sources USING fts5(id, kind, title, file)",
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_database_of_another_shape_is_refused_before_it_is_read(
    content_db: Path, tmp_path: Path, shape: str
) -> None:
    path = reshaped(content_db, tmp_path / "content.sqlite", *SHAPES[shape])
    with pytest.raises(ContentError, match=r"cannot be used \(it ") as refused:
        open_read_only(path)
    assert len(str(refused.value)) < 400
    assert release_of(path) == -1  # nor is its release read from it
