"""The content commands: content-pack build and install, and the coverage report."""

from __future__ import annotations

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
