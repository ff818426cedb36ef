"""Content packs: a signed pack installs beside the bundled content; anything else is refused
with a clear message and nothing changed."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from read_only_disk import make_read_only
from send_routes.content_build.pack_build import build_pack
from send_routes.content_store.content_release import installed_pack_path
from send_routes.content_store.pack_format import MAGIC, PackError
from send_routes.content_store.packs import (
    InstallFailed,
    install_pack,
    installed_release,
    remove_pack,
)


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


def untouched(bundled: Path, data_dir: Path, before: bytes) -> bool:
    return (
        bundled.read_bytes() == before
        and not installed_pack_path(data_dir).exists()
        and (data_dir / "cases.sqlite").read_bytes() == b"saved cases stay as they are"
    )


@pytest.fixture
def pack_of(content_db: Path, tmp_path: Path, key: Ed25519PrivateKey) -> Callable[..., Path]:
    """A pack of the content with a given release, signed with the test's key or ``signer``."""

    def make(release: int, signer: Ed25519PrivateKey | None = None) -> Path:
        pack = tmp_path / f"pack-{release}.srpack"
        build_pack(with_release(content_db, tmp_path, release), signer or key, pack)
        return pack

    return make


@pytest.fixture
def refused(key: Ed25519PrivateKey, bundled: Path, data_dir: Path) -> Callable[[Path, str], None]:
    """Check that installing a pack fails with a message matching ``match``, changing nothing."""

    def install(pack: Path, match: str) -> None:
        before = bundled.read_bytes()
        with pytest.raises(PackError, match=match):
            install_pack(pack, key.public_key(), bundled, data_dir)
        assert untouched(bundled, data_dir, before)

    return install


def test_a_good_pack_installs_whole_and_signed_beside_the_bundled_content(
    pack_of: Callable[..., Path], key: Ed25519PrivateKey, bundled: Path, data_dir: Path
) -> None:
    before = bundled.read_bytes()
    pack = pack_of(3)
    info = install_pack(pack, key.public_key(), bundled, data_dir)
    assert info.release == 3 and info.reviewed_on
    assert installed_pack_path(data_dir).read_bytes() == pack.read_bytes()
    assert installed_release(data_dir, key.public_key()) == 3
    assert bundled.read_bytes() == before  # never over the bundled content
    assert (data_dir / "cases.sqlite").read_bytes() == b"saved cases stay as they are"


@pytest.mark.parametrize("offset", [len(MAGIC) + 10, 200, -1, -5000])
def test_a_pack_with_one_byte_changed_is_refused(
    pack_of: Callable[..., Path], refused: Callable[[Path, str], None], offset: int
) -> None:
    pack = pack_of(3)
    data = bytearray(pack.read_bytes())
    data[offset] ^= 0x01
    pack.write_bytes(bytes(data))
    refused(pack, r"(not signed|changed|header|incomplete).*Nothing")


def test_a_pack_signed_with_another_key_is_refused(
    pack_of: Callable[..., Path], refused: Callable[[Path, str], None]
) -> None:
    refused(pack_of(3, signer=Ed25519PrivateKey.generate()), "not signed by SEND Routes")


def test_an_unsigned_database_is_refused(
    tmp_path: Path, content_db: Path, refused: Callable[[Path, str], None]
) -> None:
    plain = with_release(content_db, tmp_path, 5)  # a database, not a signed pack
    refused(plain, "not a SEND Routes content pack")


@pytest.mark.parametrize("release", [1, 2])
def test_an_older_or_same_release_is_refused(
    pack_of: Callable[..., Path], refused: Callable[[Path, str], None], release: int
) -> None:
    refused(pack_of(release), r"not newer than the content you have \(release 2\)")


def test_a_pack_older_than_the_installed_one_is_refused_and_the_installed_one_kept(
    pack_of: Callable[..., Path], key: Ed25519PrivateKey, bundled: Path, data_dir: Path
) -> None:
    install_pack(pack_of(4), key.public_key(), bundled, data_dir)
    installed = installed_pack_path(data_dir).read_bytes()
    with pytest.raises(PackError, match="release 4"):
        install_pack(pack_of(3), key.public_key(), bundled, data_dir)
    assert installed_pack_path(data_dir).read_bytes() == installed


@pytest.mark.parametrize("keep", [5, len(MAGIC) + 2, len(MAGIC) + 40, 1000, -1])
def test_a_truncated_pack_is_refused(
    pack_of: Callable[..., Path], refused: Callable[[Path, str], None], keep: int
) -> None:
    pack = pack_of(3)
    pack.write_bytes(pack.read_bytes()[:keep])
    refused(pack, r"Nothing was changed")


@pytest.mark.parametrize("content_folder_exists", [False, True])
def test_a_read_only_data_folder_is_named_in_words_and_nothing_changes(
    pack_of: Callable[..., Path],
    key: Ed25519PrivateKey,
    bundled: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    content_folder_exists: bool,
) -> None:
    if content_folder_exists:
        installed_pack_path(data_dir).parent.mkdir()
    pack = pack_of(3)
    before = bundled.read_bytes()
    make_read_only(monkeypatch, data_dir)
    with pytest.raises(InstallFailed) as refused:
        install_pack(pack, key.public_key(), bundled, data_dir)
    message = str(refused.value)
    assert message == (
        f"Cannot save the content pack: the folder {installed_pack_path(data_dir).parent} "
        "is read-only. Nothing was changed."
    )
    assert untouched(bundled, data_dir, before)


def test_removing_a_pack_from_a_read_only_folder_says_so_without_false_advice(
    pack_of: Callable[..., Path],
    key: Ed25519PrivateKey,
    bundled: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    install_pack(pack_of(3), key.public_key(), bundled, data_dir)
    make_read_only(monkeypatch, data_dir)
    with pytest.raises(InstallFailed, match=r"the folder .* is read-only\. Nothing was changed\.$"):
        remove_pack(data_dir)
    assert installed_pack_path(data_dir).is_file()


def test_removing_when_the_data_folder_is_a_file_finds_nothing_installed(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_bytes(b"a file where the data folder would be")
    assert remove_pack(not_a_folder) is False  # not "close every copy and try again"
    assert not_a_folder.read_bytes() == b"a file where the data folder would be"
