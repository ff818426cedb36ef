"""The app's content key is read exactly as cryptography reads it; any other key is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from send_routes.content_build.locate import public_key_file
from send_routes.content_store.pack_format import PackError, load_public_key

RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)
PEM = (serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def test_the_shipped_key_reads_as_cryptography_reads_it() -> None:
    ours = load_public_key(public_key_file())
    theirs = serialization.load_pem_public_key(public_key_file().read_bytes())
    assert ours.public_bytes(*RAW) == theirs.public_bytes(*RAW)


def test_a_new_ed25519_key_round_trips(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate().public_key()
    path = tmp_path / "key.pem"
    path.write_bytes(key.public_bytes(*PEM))
    assert load_public_key(path).public_bytes(*RAW) == key.public_bytes(*RAW)


@pytest.mark.parametrize(
    "text",
    [
        b"",
        b"not a key",
        b"-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n",
        b"-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n",
        b"\xff\xfe",
    ],
)
def test_a_key_file_that_is_not_a_pem_ed25519_key_is_refused(tmp_path: Path, text: bytes) -> None:
    path = tmp_path / "key.pem"
    path.write_bytes(text)
    with pytest.raises(PackError):
        load_public_key(path)


def test_a_key_of_another_kind_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "key.pem"
    path.write_bytes(ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(*PEM))
    with pytest.raises(PackError, match="not an Ed25519 public key"):
        load_public_key(path)
