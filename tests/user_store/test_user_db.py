"""The user database: damaged files are kept and replaced, storage failures are explained."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from send_routes.user_store import user_db
from send_routes.user_store.cases import CaseStore, StorageError
from send_routes.user_store.crypto import FAST_KDF_FOR_TESTS
from send_routes.user_store.local_contacts import LocalContacts
from send_routes.user_store.user_db import ForeignDatabase
from send_routes.user_store.user_schema import KNOWN_MIGRATIONS

PASSPHRASE = "correct horse battery staple"


def test_a_garbage_file_is_kept_aside_reported_and_replaced_by_a_fresh_one(
    db_path: Path,
) -> None:
    db_path.parent.mkdir(parents=True)
    garbage = b"this is not a database " * 500
    db_path.write_bytes(garbage)
    store = CaseStore.open(db_path, kdf=FAST_KDF_FOR_TESTS)
    assert store.recovery is not None
    kept = store.recovery.damaged_copy
    assert kept.name.startswith("cases.sqlite.damaged-") and kept.read_bytes() == garbage
    assert str(kept) in store.recovery.message and "new, empty" in store.recovery.message
    store.set_passphrase(PASSPHRASE)
    case_id = store.save(None, {"notes": "works"})
    assert store.load(case_id) == {"notes": "works"}
    store.close()
    assert CaseStore.open(db_path).recovery is None


def test_a_database_that_fails_its_integrity_check_is_moved_aside(db_path: Path) -> None:
    store = CaseStore.open(db_path, kdf=FAST_KDF_FOR_TESTS)
    store.set_passphrase(PASSPHRASE)
    for number in range(200):
        store.save(None, {"notes": f"case {number} " * 50})
    store.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\xff" * 200  # a b-tree page, not the header
    db_path.write_bytes(bytes(data))
    again = CaseStore.open(db_path)
    assert again.recovery is not None and again.recovery.damaged_copy.exists()
    assert not again.is_set_up()
    again.close()


def test_a_second_damage_in_the_same_second_gets_its_own_copy(tmp_path: Path) -> None:
    path, moment = tmp_path / "cases.sqlite", dt.datetime(2026, 11, 22, 9, 30, 5)
    path.write_bytes(b"one")
    first = user_db.move_aside(path, now=moment)
    path.write_bytes(b"two")
    second = user_db.move_aside(path, now=moment)
    assert first.name == "cases.sqlite.damaged-20261122-093005"
    assert second.name == "cases.sqlite.damaged-20261122-093005-2"
    assert (first.read_bytes(), second.read_bytes()) == (b"one", b"two")


def test_a_data_folder_that_cannot_be_created_gives_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(
        StorageError, match=r"Cannot open the saved data: the folder .*not-a-folder"
    ):
        CaseStore.open(blocker / "data" / "cases.sqlite")


def _saved_store(db_path: Path) -> tuple[CaseStore, str]:
    store = CaseStore.open(db_path, kdf=FAST_KDF_FOR_TESTS)
    store.set_passphrase(PASSPHRASE)
    return store, store.save(None, {"notes": "already saved"}, title="Earlier")


def test_a_read_only_folder_gives_a_clear_message_and_keeps_earlier_cases(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, earlier = _saved_store(db_path)
    store.close()

    def read_only(path: Path) -> sqlite3.Connection:  # what SQLite does in a read-only folder
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)

    monkeypatch.setattr(user_db, "_connect", read_only)
    store = CaseStore.open(db_path)
    store.unlock(PASSPHRASE)
    with pytest.raises(StorageError, match=r"Cannot save: the folder .* is read-only"):
        store.save(None, {"notes": "new"})
    with pytest.raises(StorageError, match="read-only"):
        store.rename(earlier, "Renamed")
    assert store.load(earlier) == {"notes": "already saved"}
    assert [case.title for case in store.list_cases()] == ["Earlier"]
    store.close()


def test_a_full_disk_gives_a_clear_message_and_keeps_earlier_cases(db_path: Path) -> None:
    store, earlier = _saved_store(db_path)
    conn = store.user_db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's "database or disk is full"
    with pytest.raises(StorageError, match=r"Cannot save: the folder .* is full"):
        store.save(None, {"notes": "x" * 100_000})
    assert [case.id for case in store.list_cases()] == [earlier]
    assert store.load(earlier) == {"notes": "already saved"}
    store.close()


def test_a_full_disk_while_importing_contacts_saves_none_of_them(
    db_path: Path, good_contact: dict[str, str]
) -> None:
    local = LocalContacts.open(db_path)
    local.add(good_contact)
    conn = local.user_db.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    rows = [{**good_contact, "id": f"bulk-{n}", "note": "n" * 500} for n in range(200)]
    with pytest.raises(StorageError, match="is full"):
        local.save_rows(rows)
    assert len(local.all()) == 1 and local.search_contacts("bramblewick")


def test_other_database_errors_are_not_disguised_as_storage_errors(cases: CaseStore) -> None:
    with pytest.raises(sqlite3.OperationalError, match="no such table"), cases.user_db.saving():
        cases.user_db.conn.execute("SELECT * FROM no_such_table")


def test_migrations_are_recorded_and_not_run_twice(cases: CaseStore, db_path: Path) -> None:
    names = [row[0] for row in cases.user_db.conn.execute("SELECT name FROM _sqlite_migrations")]
    assert names == ["001_cases", "002_local_contacts", "003_case_manifest"]
    cases.close()
    again = CaseStore.open(db_path)
    count = again.user_db.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert count == 3
    again.close()


def test_every_save_is_durable_when_it_returns(cases: CaseStore) -> None:
    conn = cases.user_db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    return names


def test_another_programs_database_is_refused_and_left_untouched(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(ForeignDatabase, match="another program"):
        CaseStore.open(db_path)
    assert db_path.read_bytes() == before and _tables(db_path) == {"photos"}


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(db_path: Path) -> None:
    CaseStore.open(db_path, kdf=FAST_KDF_FOR_TESTS).close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('send_routes_user', '099_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(ForeignDatabase, match="newer version"):
        CaseStore.open(db_path)
    assert db_path.read_bytes() == before


def test_a_database_whose_tables_do_not_match_its_migrations_is_refused(db_path: Path) -> None:
    CaseStore.open(db_path, kdf=FAST_KDF_FOR_TESTS).close()
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '003_case_manifest'")
    conn.commit()
    conn.close()
    tables = _tables(db_path)
    with pytest.raises(ForeignDatabase, match="has not been changed"):
        CaseStore.open(db_path)
    assert _tables(db_path) == tables


def test_the_known_migrations_are_the_ones_applied(cases: CaseStore) -> None:
    applied = {row[0] for row in cases.user_db.conn.execute("SELECT name FROM _sqlite_migrations")}
    assert applied == KNOWN_MIGRATIONS
