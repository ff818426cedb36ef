"""At every start the content is chosen by signature: a newer pack signed by SEND Routes is
used from memory; anything else is ignored with one line, and the bundled content used."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hostile_content import FAKE_PHONE, changed_database, plant, public_key_file, signed_pack
from send_routes.content_store.content_db import open_read_only
from send_routes.content_store.trusted_content import (
    DAMAGED,
    UNCHECKABLE,
    UNREADABLE,
    UNSIGNED,
    choose_content,
)


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def key_file(key: Ed25519PrivateKey, tmp_path: Path) -> Path:
    return public_key_file(key, tmp_path / "app-key.pem")


@pytest.fixture
def pack_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "content" / "content.srpack"


def tribunal_phone(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT phone FROM contacts WHERE id = 'tribunal-send-new'").fetchone()
    return str(row[0])


@pytest.mark.parametrize(
    ("form", "notice"), [("unsigned", UNSIGNED), ("another key", UNSIGNED), ("damaged", DAMAGED)]
)
def test_a_changed_database_is_ignored_with_one_line_and_the_bundled_content_used(
    content_db: Path,
    key: Ed25519PrivateKey,
    key_file: Path,
    pack_path: Path,
    form: str,
    notice: str,
) -> None:
    plant(form, content_db, pack_path, key)
    choice = choose_content(content_db, [pack_path], key_file)
    assert choice.source.path == content_db and choice.source.data is None
    assert choice.notice == notice
    conn = open_read_only(choice.source)
    assert tribunal_phone(conn) != FAKE_PHONE
    conn.close()


def test_a_newer_pack_signed_by_the_app_key_is_used_from_memory(
    content_db: Path, key: Ed25519PrivateKey, key_file: Path, pack_path: Path, tmp_path: Path
) -> None:
    pack_path.parent.mkdir(parents=True)
    signed_pack(changed_database(content_db, tmp_path / "newer.sqlite"), key, pack_path)
    choice = choose_content(content_db, [pack_path], key_file)
    assert choice.notice == "" and choice.source.path == pack_path
    pack_path.write_bytes(b"changed after the check")  # what was checked is what is read
    conn = open_read_only(choice.source)
    assert tribunal_phone(conn) == FAKE_PHONE  # the test key signed it, so it is trusted here
    conn.close()


def test_a_signed_pack_not_newer_than_the_bundled_content_is_passed_over_without_a_word(
    content_db: Path, key: Ed25519PrivateKey, key_file: Path, pack_path: Path, tmp_path: Path
) -> None:
    pack_path.parent.mkdir(parents=True)
    older = changed_database(content_db, tmp_path / "older.sqlite", release=1)
    signed_pack(older, key, pack_path)
    assert choose_content(content_db, [pack_path], key_file).source.data is None
    assert choose_content(content_db, [pack_path], key_file).notice == ""


def test_the_highest_signed_release_wins_and_the_refused_files_make_one_line(
    content_db: Path, key: Ed25519PrivateKey, key_file: Path, tmp_path: Path
) -> None:
    good = signed_pack(changed_database(content_db, tmp_path / "a.sqlite", 50), key, tmp_path / "a")
    best = signed_pack(changed_database(content_db, tmp_path / "b.sqlite", 60), key, tmp_path / "b")
    bad = [plant("unsigned", content_db, tmp_path / name, key) for name in ("c", "d")]
    choice = choose_content(content_db, [good, *bad, best], key_file)
    assert choice.source.path == best
    assert choice.notice == UNSIGNED  # one line, however many files were refused


@pytest.mark.parametrize("shape", ["fifo", "folder", "dangling link", "empty", "huge"])
def test_odd_files_in_the_pack_place_are_refused_without_waiting_or_reading_them_whole(
    content_db: Path, key_file: Path, pack_path: Path, shape: str
) -> None:
    pack_path.parent.mkdir(parents=True)
    if shape == "fifo":
        os.mkfifo(pack_path)  # opening it to read would wait for a writer forever
    elif shape == "folder":
        pack_path.mkdir()
    elif shape == "dangling link":
        pack_path.symlink_to(pack_path.parent / "nowhere")
    elif shape == "empty":
        pack_path.write_bytes(b"")
    else:
        with pack_path.open("wb") as handle:
            handle.truncate(5 * 1024**3)  # sparse: 5 GB that take no disk space
    choice = choose_content(content_db, [pack_path], key_file)
    assert choice.source.data is None
    assert choice.notice in (UNSIGNED, UNREADABLE)


def test_an_app_without_its_key_uses_the_bundled_content_and_says_the_update_is_unchecked(
    content_db: Path, key: Ed25519PrivateKey, pack_path: Path, tmp_path: Path
) -> None:
    plant("another key", content_db, pack_path, key)
    choice = choose_content(content_db, [pack_path], tmp_path / "no-key.pem")
    assert choice.source.data is None and choice.notice == UNCHECKABLE


def test_with_nothing_installed_the_bundled_content_is_used_and_nothing_is_said(
    content_db: Path, key_file: Path, pack_path: Path
) -> None:
    choice = choose_content(content_db, [pack_path], key_file)
    assert choice.source.path == content_db and choice.notice == ""


def test_the_one_line_never_suggests_reinstalling_the_app() -> None:
    for line in (UNSIGNED, DAMAGED, UNREADABLE, UNCHECKABLE):
        assert line.startswith("Installed content update ignored: ")
        assert "Reinstall" not in line and len(line) < 400


def test_a_pack_copied_from_another_computer_is_used_when_its_signature_holds(
    content_db: Path, key: Ed25519PrivateKey, key_file: Path, pack_path: Path, tmp_path: Path
) -> None:
    made = signed_pack(changed_database(content_db, tmp_path / "n.sqlite"), key, tmp_path / "p")
    pack_path.parent.mkdir(parents=True)
    shutil.copy(made, pack_path)
    assert choose_content(content_db, [pack_path], key_file).source.data is not None
