"""The adviser area's content pack panel: a good pack installs, a bad one is refused in words."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot
from shiboken6 import delete

from send_routes.content_build.pack_build import build_pack
from send_routes.content_store.content_release import installed_pack_path
from send_routes.ui.adviser import content_pack_panel
from send_routes.ui.adviser.content_pack_panel import ContentPackPanel
from send_routes.ui.shell.main_window import MainWindow


@pytest.fixture
def key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Ed25519PrivateKey:
    """A key of the test's own; the panel is told its public half is the app's."""
    from cryptography.hazmat.primitives import serialization

    private = Ed25519PrivateKey.generate()
    public = tmp_path / "test-public.pem"
    public.write_bytes(
        private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    monkeypatch.setattr(content_pack_panel, "public_key_file", lambda: public)
    return private


@pytest.fixture
def panel(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ContentPackPanel]:
    monkeypatch.setenv("SEND_ROUTES_DATA_DIR", str(tmp_path / "data"))
    widget = ContentPackPanel()
    yield widget
    delete(widget)


def pack_of_release(content_db: Path, tmp_path: Path, key: Ed25519PrivateKey, release: int) -> Path:
    database = tmp_path / f"content-{release}.sqlite"
    shutil.copy(content_db, database)
    conn = sqlite3.connect(database)
    conn.execute("UPDATE metadata SET value = ? WHERE key = 'release'", (str(release),))
    conn.commit()
    conn.close()
    pack = tmp_path / f"content-{release}.srpack"
    build_pack(database, key, pack)
    return pack


def test_a_newer_signed_pack_is_installed_and_the_panel_says_so(
    panel: ContentPackPanel, content_db: Path, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    assert panel.install(pack_of_release(content_db, tmp_path, key, 99))
    assert "Installed content release 99" in panel.result.text()
    assert installed_pack_path(tmp_path / "data").is_file()


def test_a_pack_signed_with_another_key_is_refused_in_words(
    panel: ContentPackPanel, content_db: Path, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    other = Ed25519PrivateKey.generate()
    assert not panel.install(pack_of_release(content_db, tmp_path, other, 99))
    assert "not installed" in panel.result.text() and "not signed" in panel.result.text()
    assert not (tmp_path / "data").exists()


def test_the_adviser_area_offers_the_content_pack_button(window: MainWindow) -> None:
    window.open_adviser_area()
    page = window.side.adviser_page
    assert page is not None
    assert page.packs.install_button.accessibleName() == "Install a content pack"


def test_the_panel_removes_an_installed_pack_and_says_when_there_is_none(
    panel: ContentPackPanel, content_db: Path, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    assert panel.install(pack_of_release(content_db, tmp_path, key, 99))
    panel.remove_button.click()
    assert "Removed the installed content pack" in panel.result.text()
    assert not installed_pack_path(tmp_path / "data").exists()
    assert not panel.remove()
    assert "No content pack is installed" in panel.result.text()


def test_a_planted_file_in_the_pack_place_is_removed_by_the_panel(
    panel: ContentPackPanel, tmp_path: Path
) -> None:
    planted = installed_pack_path(tmp_path / "data")
    planted.parent.mkdir(parents=True)
    planted.write_bytes(b"left by someone else")
    assert panel.remove()
    assert not planted.exists()
