"""Hostile content packs through ``content-pack install`` and the adviser area's panel: each
is refused at once in one line of under 400 characters, exit 2, and nothing is written.

Shapes: a FIFO (opening it to read would wait for ever), a device, a socket, a folder, a
sparse 5 GB file, and packs correctly signed with the app's key whose database holds a
view that never ends, a view in place of a table, or a trigger, or whose release number is
10^30 (which would block every later pack). And a good pack into a data folder on a
read-only disk: one line naming the folder, never "[Errno 30]".
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from hostile_content import public_key_file, raw_pack
from read_only_disk import make_read_only
from send_routes.cli import main
from send_routes.content_build import locate

ENDLESS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
    "SELECT 'release', CAST(i AS TEXT) FROM n"
)
#: A database's changes (SQL) and the release its header claims.
SIGNED_SHAPES: dict[str, tuple[tuple[str, ...], int]] = {
    "an endless view named metadata": (
        ("ALTER TABLE metadata RENAME TO m", f"CREATE VIEW metadata(key, value) AS {ENDLESS}"),
        50,
    ),
    "a view named contacts": (
        ("DROP TABLE contacts", "CREATE VIEW contacts AS SELECT * FROM areas, areas a, areas b"),
        50,
    ),
    "a trigger": (("CREATE TRIGGER t AFTER INSERT ON notes BEGIN DELETE FROM notes; END",), 50),
    "a missing table": (("DROP TABLE deadline_rules",), 50),
    "release 10^30": ((), 10**30),
}
#: A good pack, for the tests where the pack is fine and the computer is not.
GOOD_SHAPE = {"a newer release": ((), 50)}


@pytest.fixture
def key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Ed25519PrivateKey:
    """A key of the test's own, which the app is told is its content key: the hostile packs
    are correctly signed, so only the checks after the signature stand in their way."""
    private = Ed25519PrivateKey.generate()
    pem = public_key_file(private, tmp_path / "app-key.pem")
    monkeypatch.setattr(locate, "public_key_file", lambda: pem)
    return private


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SEND_ROUTES_DATA_DIR", str(folder))
    return folder


def signed_shape(content_db: Path, tmp_path: Path, key: Ed25519PrivateKey, shape: str) -> Path:
    statements, release = {**SIGNED_SHAPES, **GOOD_SHAPE}[shape]
    database = tmp_path / "shaped.sqlite"
    shutil.copy(content_db, database)
    conn = sqlite3.connect(database)
    conn.execute("UPDATE metadata SET value = ? WHERE key = 'release'", (str(release),))
    conn.executescript(";\n".join(statements))
    conn.commit()
    conn.close()
    return raw_pack(database.read_bytes(), key, release, tmp_path / "hostile.srpack")


@pytest.fixture
def odd_file(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Make a file of an odd kind: FIFO, device, socket, folder, or a sparse 5 GB file."""
    sockets: list[socket.socket] = []

    def make(kind: str) -> Path:
        path = tmp_path / f"{kind}.srpack"
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "device":
            return Path("/dev/zero")
        elif kind == "socket":
            server = socket.socket(socket.AF_UNIX)
            server.bind(str(path))
            sockets.append(server)
        elif kind == "folder":
            path.mkdir()
        else:
            with path.open("wb") as handle:
                handle.truncate(5 * 1024**3)
        return path

    yield make
    for server in sockets:
        server.close()


def refused_in_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    started = time.monotonic()
    code = main(argv)
    took = time.monotonic() - started
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert code == 2, err[-400:]
    assert len(lines) == 1 and len(lines[0]) <= 400, err[-600:]
    assert "Traceback" not in err and "something went wrong" not in err
    assert took < 30, took  # a hang guard, not a speed test (see the report for figures)
    return lines[0]


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("device", "is not an ordinary file"),
        ("socket", "Cannot read"),
        ("folder", "is not an ordinary file"),
        ("sparse 5 GB", "too large to be a content pack"),
    ],
)
def test_a_pack_that_is_not_a_bounded_regular_file_is_refused(
    odd_file: Callable[[str], Path],
    data_dir: Path,
    key: Ed25519PrivateKey,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    says: str,
) -> None:
    line = refused_in_one_line(["content-pack", "install", str(odd_file(kind))], capsys)
    assert says in line
    assert not data_dir.exists()


def test_a_fifo_as_the_pack_is_refused_without_waiting_for_a_writer(
    odd_file: Callable[[str], Path], tmp_path: Path
) -> None:
    fifo = odd_file("fifo")
    env = {**os.environ, "SEND_ROUTES_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-m", "send_routes", "content-pack", "install", str(fifo)],
        capture_output=True,
        text=True,
        timeout=60,  # without the non-blocking open this waits for ever
        env=env,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert (
        result.stderr.strip()
        == f"send-routes: {fifo} is not an ordinary file. Nothing was changed."
    )
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("shape", sorted(SIGNED_SHAPES))
def test_a_signed_pack_of_the_wrong_shape_is_refused(
    content_db: Path,
    tmp_path: Path,
    data_dir: Path,
    key: Ed25519PrivateKey,
    capsys: pytest.CaptureFixture[str],
    shape: str,
) -> None:
    pack = signed_shape(content_db, tmp_path, key, shape)
    line = refused_in_one_line(["content-pack", "install", str(pack)], capsys)
    assert "Nothing was changed" in line
    assert not data_dir.exists()


def test_a_long_file_name_still_gives_a_short_line(
    data_dir: Path, key: Ed25519PrivateKey, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path
    for _ in range(4):
        folder = folder / ("x" * 200)
    line = refused_in_one_line(["content-pack", "install", str(folder / "p.srpack")], capsys)
    assert line.startswith("send-routes: Cannot read")


def test_the_panel_refuses_the_same_packs_in_words(
    qtbot: QtBot,
    content_db: Path,
    tmp_path: Path,
    data_dir: Path,
    key: Ed25519PrivateKey,
    odd_file: Callable[[str], Path],
) -> None:
    from send_routes.ui.adviser.content_pack_panel import ContentPackPanel

    panel = ContentPackPanel()
    try:
        for pack in (
            odd_file("fifo"),
            odd_file("device"),
            odd_file("sparse 5 GB"),
            signed_shape(content_db, tmp_path, key, "an endless view named metadata"),
        ):
            assert not panel.install(pack)
            text = panel.result.text()
            assert text.startswith("The content pack was not installed.") and len(text) < 400
        assert not data_dir.exists()
    finally:
        panel.deleteLater()


def test_a_signed_pack_whose_header_names_another_database_is_refused(
    content_db: Path,
    tmp_path: Path,
    data_dir: Path,
    key: Ed25519PrivateKey,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shaped = tmp_path / "newer.sqlite"
    shutil.copy(content_db, shaped)
    conn = sqlite3.connect(shaped)
    conn.execute("UPDATE metadata SET value = '50' WHERE key = 'release'")
    conn.commit()
    conn.close()
    pack = raw_pack(shaped.read_bytes(), key, 50, tmp_path / "p.srpack", digest="0" * 64)
    line = refused_in_one_line(["content-pack", "install", str(pack)], capsys)
    assert "does not match its header" in line
    assert not data_dir.exists()


def test_a_read_only_data_folder_is_one_clear_line_in_the_command_line_and_the_panel(
    qtbot: QtBot,
    content_db: Path,
    tmp_path: Path,
    data_dir: Path,
    key: Ed25519PrivateKey,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from send_routes.ui.adviser.content_pack_panel import ContentPackPanel

    pack = signed_shape(content_db, tmp_path, key, "a newer release")
    data_dir.mkdir()
    make_read_only(monkeypatch, data_dir)
    said = (
        f"Cannot save the content pack: the folder {data_dir / 'content'} is read-only. "
        "Nothing was changed."
    )

    assert main(["content-pack", "install", str(pack)]) == 1  # the computer's fault, not the pack's
    err = capsys.readouterr().err
    assert err == f"send-routes: {said}\n"
    assert "Errno" not in err and "Traceback" not in err

    panel = ContentPackPanel()
    try:
        assert not panel.install(pack)
        assert panel.result.text() == f"The content pack was not installed. {said}"
    finally:
        panel.deleteLater()
    assert list(data_dir.iterdir()) == []


def test_removing_from_a_read_only_data_folder_is_one_clear_line_in_both_places(
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from send_routes.content_store.content_release import installed_pack_path
    from send_routes.ui.adviser.content_pack_panel import ContentPackPanel

    planted = installed_pack_path(data_dir)
    planted.parent.mkdir(parents=True)
    planted.write_bytes(b"left by a previous visitor")
    make_read_only(monkeypatch, data_dir)
    said = (
        f"Cannot remove the installed content pack: the folder {planted.parent} is read-only. "
        "Nothing was changed."
    )
    assert main(["content-pack", "remove"]) == 1
    assert capsys.readouterr().err == f"send-routes: {said}\n"
    panel = ContentPackPanel()
    try:
        assert not panel.remove()
        assert panel.result.text() == f"The content pack was not removed. {said}"
    finally:
        panel.deleteLater()
    assert planted.read_bytes() == b"left by a previous visitor"
