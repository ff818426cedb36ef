"""Content packs: a signed pack installs beside the bundled content; anything else is refused
with a clear message and nothing changed."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from send_routes.content_build.locate import newer_content
from send_routes.content_build.pack_build import build_pack
from send_routes.content_store.content_release import installed_path, release_of
from send_routes.content_store.packs import MAGIC, PackError, install_pack


def with_release(source: Path, folder: Path, release: int) -> Path:
    """A copy of the content database whose release number is ``release``."""
    path = folder / f"content-{release}.sqlite"
    shutil.copy(source, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE metadata SET value = ? WHERE key = 'release'", (str(release),))
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()  # each test signs with its own key


@pytest.fixture
def bundled(tmp_path: Path, content_db: Path) -> Path:
    (tmp_path / "app").mkdir()
    return with_release(content_db, tmp_path / "app", 2)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "cases.sqlite").write_bytes(b"saved cases stay as they are")
    return folder


def make_pack(content_db: Path, tmp_path: Path, key: Ed25519PrivateKey, release: int) -> Path:
    pack = tmp_path / f"pack-{release}.srpack"
    build_pack(with_release(content_db, tmp_path, release), key, pack)
    return pack


def untouched(bundled: Path, data_dir: Path, before: bytes) -> bool:
    return (
        bundled.read_bytes() == before
        and not installed_path(data_dir).exists()
        and (data_dir / "cases.sqlite").read_bytes() == b"saved cases stay as they are"
    )


def test_a_good_pack_installs_beside_the_bundled_content_and_is_used(
    tmp_path: Path, content_db: Path, key: Ed25519PrivateKey, bundled: Path, data_dir: Path
) -> None:
    before = bundled.read_bytes()
    pack = make_pack(content_db, tmp_path, key, release=3)
    info = install_pack(pack, key.public_key(), bundled, data_dir)
    assert info.release == 3 and info.reviewed_on
    installed = installed_path(data_dir)
    assert release_of(installed) == 3
    assert bundled.read_bytes() == before  # never over the bundled content
    assert (data_dir / "cases.sqlite").read_bytes() == b"saved cases stay as they are"
    assert newer_content(bundled, installed) == installed


def test_the_bundled_content_is_used_when_it_is_newer_than_the_installed_pack(
    tmp_path: Path, content_db: Path, bundled: Path, data_dir: Path
) -> None:
    installed = installed_path(data_dir)
    installed.parent.mkdir()
    shutil.copy(with_release(content_db, tmp_path, 1), installed)
    assert newer_content(bundled, installed) == bundled


@pytest.mark.parametrize("offset", [len(MAGIC) + 10, 200, -1, -5000])
def test_a_pack_with_one_byte_changed_is_refused(
    tmp_path: Path,
    content_db: Path,
    key: Ed25519PrivateKey,
    bundled: Path,
    data_dir: Path,
    offset: int,
) -> None:
    before = bundled.read_bytes()
    pack = make_pack(content_db, tmp_path, key, release=3)
    data = bytearray(pack.read_bytes())
    data[offset] ^= 0x01
    pack.write_bytes(bytes(data))
    with pytest.raises(PackError, match=r"(not signed|changed|header|incomplete).*Nothing"):
        install_pack(pack, key.public_key(), bundled, data_dir)
    assert untouched(bundled, data_dir, before)


def test_a_pack_signed_with_another_key_is_refused(
    tmp_path: Path, content_db: Path, key: Ed25519PrivateKey, bundled: Path, data_dir: Path
) -> None:
    before = bundled.read_bytes()
    pack = make_pack(content_db, tmp_path, Ed25519PrivateKey.generate(), release=3)
    with pytest.raises(PackError, match="not signed by SEND Routes"):
        install_pack(pack, key.public_key(), bundled, data_dir)
    assert untouched(bundled, data_dir, before)


def test_an_unsigned_database_is_refused(
    key: Ed25519PrivateKey, bundled: Path, data_dir: Path, tmp_path: Path, content_db: Path
) -> None:
    before = bundled.read_bytes()
    plain = with_release(content_db, tmp_path, 5)  # a database, not a signed pack
    with pytest.raises(PackError, match="not a SEND Routes content pack"):
        install_pack(plain, key.public_key(), bundled, data_dir)
    assert untouched(bundled, data_dir, before)


@pytest.mark.parametrize("release", [1, 2])
def test_an_older_or_same_release_is_refused(
    tmp_path: Path,
    content_db: Path,
    key: Ed25519PrivateKey,
    bundled: Path,
    data_dir: Path,
    release: int,
) -> None:
    before = bundled.read_bytes()
    pack = make_pack(content_db, tmp_path, key, release=release)
    with pytest.raises(PackError, match=r"not newer than the content you have \(release 2\)"):
        install_pack(pack, key.public_key(), bundled, data_dir)
    assert untouched(bundled, data_dir, before)


def test_a_pack_older_than_the_installed_one_is_refused_and_the_installed_one_kept(
    tmp_path: Path, content_db: Path, key: Ed25519PrivateKey, bundled: Path, data_dir: Path
) -> None:
    install_pack(
        make_pack(content_db, tmp_path, key, release=4), key.public_key(), bundled, data_dir
    )
    installed = installed_path(data_dir).read_bytes()
    with pytest.raises(PackError, match="release 4"):
        install_pack(
            make_pack(content_db, tmp_path, key, release=3), key.public_key(), bundled, data_dir
        )
    assert installed_path(data_dir).read_bytes() == installed


@pytest.mark.parametrize("keep", [5, len(MAGIC) + 2, len(MAGIC) + 40, 1000, -1])
def test_a_truncated_pack_is_refused(
    tmp_path: Path,
    content_db: Path,
    key: Ed25519PrivateKey,
    bundled: Path,
    data_dir: Path,
    keep: int,
) -> None:
    before = bundled.read_bytes()
    pack = make_pack(content_db, tmp_path, key, release=3)
    pack.write_bytes(pack.read_bytes()[:keep])
    with pytest.raises(PackError, match=r"Nothing was changed"):
        install_pack(pack, key.public_key(), bundled, data_dir)
    assert untouched(bundled, data_dir, before)


def test_an_installed_file_that_is_not_a_usable_database_is_passed_over(
    bundled: Path, data_dir: Path
) -> None:
    installed = installed_path(data_dir)
    installed.parent.mkdir()
    installed.write_bytes(b"not a database")
    assert release_of(installed) == -1
    assert newer_content(bundled, installed) == bundled
