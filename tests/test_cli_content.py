"""The content commands: content-pack build and install, and the coverage report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from send_routes.cli import main
from send_routes.cli_content import public_key_file
from send_routes.content_store.content_release import installed_pack_path


def write_key(path: Path) -> Path:
    key = Ed25519PrivateKey.generate()
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return path


def test_the_app_ships_a_public_key_and_no_private_key() -> None:
    text = public_key_file().read_text(encoding="ascii")
    assert "BEGIN PUBLIC KEY" in text
    repo = Path(__file__).resolve().parents[1]
    for folder in ("resources", "desktop", "db", "build"):
        for path in (repo / folder).rglob("*.pem"):
            assert "PRIVATE" not in path.read_text(encoding="ascii", errors="ignore"), path


def test_a_pack_signed_with_another_key_is_refused_by_the_command_line(
    tmp_path: Path,
    content_db: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SEND_ROUTES_DATA_DIR", str(tmp_path / "data"))
    pack = tmp_path / "content.srpack"
    key = write_key(tmp_path / "test-key.pem")
    assert (
        main(
            [
                "content-pack",
                "build",
                "--key",
                str(key),
                "--db",
                str(content_db),
                "--out",
                str(pack),
            ]
        )
        == 0
    )
    assert "Wrote" in capsys.readouterr().out
    assert main(["content-pack", "install", str(pack)]) == 2  # a bad pack is bad input
    error = capsys.readouterr().err
    assert "not signed by SEND Routes" in error and "Nothing was changed" in error
    assert not installed_pack_path(tmp_path / "data").exists()
    assert not (tmp_path / "data").exists()  # nothing created either


def test_building_a_pack_to_out_dash_is_refused_and_writes_no_file_named_dash(
    tmp_path: Path,
    content_db: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    key = write_key(tmp_path / "test-key.pem")
    argv = ["content-pack", "build", "--key", str(key), "--db", str(content_db), "--out", "-"]
    assert main(argv) == 2
    said = capsys.readouterr()
    assert said.out == ""  # nothing binary on the screen either
    assert said.err == (
        "send-routes: --out - would write the pack to a file named '-': give the pack's file "
        "name, such as --out content.srpack\n"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["test-key.pem"]


@pytest.mark.parametrize("which", ["--key", "--db"])
def test_a_fifo_as_the_signing_key_or_database_is_refused_without_waiting(
    tmp_path: Path, content_db: Path, which: str
) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    given = {"--key": str(write_key(tmp_path / "test-key.pem")), "--db": str(content_db)}
    given[which] = str(fifo)
    out = tmp_path / "content.srpack"
    result = subprocess.run(
        [sys.executable, "-m", "send_routes", "content-pack", "build"]
        + [part for pair in given.items() for part in pair]
        + ["--out", str(out)],
        capture_output=True,
        text=True,
        timeout=60,  # reading the FIFO as a file waits for a writer for ever
        check=False,
    )
    what = "the signing key" if which == "--key" else "the content database"
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"send-routes: Cannot read {what} {fifo}: it is a pipe (FIFO), not an ordinary file.\n"
    )
    assert not out.exists()


def test_a_signing_key_that_is_not_a_key_is_refused_in_plain_words(
    tmp_path: Path, content_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = tmp_path / "key.pem"
    key.write_text("not a key\n", encoding="utf-8")
    out = tmp_path / "content.srpack"
    argv = ["content-pack", "build", "--key", str(key), "--db", str(content_db), "--out", str(out)]
    assert main(argv) == 2
    assert capsys.readouterr().err == (
        f"send-routes: Cannot read the signing key {key}: it is not an unencrypted PEM "
        "private key.\n"
    )
    assert not out.exists()
