"""Building the content database: deterministic, with keys, search and metadata."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from send_routes import paths
from send_routes.content_build.build import BuildError, build_database
from send_routes.content_store.schema import SCHEMA_VERSION


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts_%'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    result = {
        table: conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in tables
    }
    conn.close()
    return result


def test_building_twice_gives_the_same_version_and_the_same_rows(tmp_path: Path) -> None:
    first = build_database(paths.content_dir(), paths.schema_file(), tmp_path / "a.sqlite")
    second = build_database(paths.content_dir(), paths.schema_file(), tmp_path / "b.sqlite")
    assert first.content_version == second.content_version
    assert rows(first.path) == rows(second.path)


def test_a_change_to_any_source_changes_the_content_version(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(paths.content_dir(), content)
    before = build_database(content, paths.schema_file(), tmp_path / "a.sqlite").content_version
    glossary = content / "glossary.yaml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
    after = build_database(content, paths.schema_file(), tmp_path / "b.sqlite").content_version
    assert before != after


def test_the_database_records_its_schema_and_content_versions(content_db: Path) -> None:
    conn = sqlite3.connect(content_db)
    metadata = dict(conn.execute("SELECT key, value FROM metadata"))
    assert metadata["schema_version"] == str(SCHEMA_VERSION)
    assert len(metadata["content_version"]) == 16


def test_foreign_keys_hold_in_the_built_database(content_db: Path) -> None:
    conn = sqlite3.connect(content_db)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_full_text_search_covers_contacts_routes_and_glossary(content_db: Path) -> None:
    conn = sqlite3.connect(content_db)
    assert conn.execute(
        "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'kids'"
    ).fetchone()[0]
    assert conn.execute(
        "SELECT count(*) FROM routes_fts WHERE routes_fts MATCH 'ombudsman'"
    ).fetchone()[0]
    assert conn.execute(
        "SELECT count(*) FROM glossary_fts WHERE glossary_fts MATCH 'senco'"
    ).fetchone()[0]


def test_every_contract_route_and_note_is_in_the_database(content_db: Path) -> None:
    from send_routes.core.answers import NOTE_IDS, ROUTE_IDS

    conn = sqlite3.connect(content_db)
    assert {r[0] for r in conn.execute("SELECT id FROM routes")} == set(ROUTE_IDS)
    assert {r[0] for r in conn.execute("SELECT id FROM notes")} == set(NOTE_IDS)


def test_a_failed_build_leaves_any_earlier_database_in_place(tmp_path: Path) -> None:
    out = tmp_path / "content.sqlite"
    build_database(paths.content_dir(), paths.schema_file(), out)
    before = out.read_bytes()
    content = tmp_path / "content"
    shutil.copytree(paths.content_dir(), content)
    (content / "notes.yaml").write_text(
        "- id: not_a_note\n  title: x\n  text: x\n", encoding="utf-8"
    )
    with pytest.raises(BuildError):
        build_database(content, paths.schema_file(), out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".content-")] == []
