"""Passphrase keys and authenticated encryption for saved cases: scrypt and AES-GCM.

A passphrase is normalised (Unicode NFC) and encoded as UTF-8, then stretched with scrypt
and a random 16-byte salt into a 256-bit key. Each encryption uses a fresh random 12-byte
nonce, and associated data binds a ciphertext to where it belongs (a case id), so a
ciphertext moved to another case does not decrypt. There is no recovery: a forgotten
passphrase means the data cannot be read by anyone.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12


class WrongPassphrase(Exception):
    """The passphrase does not open this data (or the data was changed since)."""


@dataclass(frozen=True)
class KdfParams:
    """scrypt's cost settings. The default takes about 0.5 s and 128 MiB on a 2-core PC."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def is_accepted(self) -> bool:
        """True only for settings this app writes (see ``ACCEPTED_KDF``)."""
        return self in ACCEPTED_KDF


class UnsupportedKdf(Exception):
    """The stored passphrase settings are not ones SEND Routes writes: refused unread."""


#: Only for tests that set many passphrases: far too cheap to protect anything.
FAST_KDF_FOR_TESTS = KdfParams(n=2**10, r=8, p=1)

#: The only scrypt settings read back from the user database or a case file, checked
#: before any key derivation: the default, and the cheap test setting (a file that uses it
#: costs nothing to open). Anything else (a huge ``n`` that would take gigabytes, a
#: zero, a string) is refused, so a crafted file cannot exhaust memory or time.
ACCEPTED_KDF = frozenset({KdfParams(), FAST_KDF_FOR_TESTS})


def checked_kdf(n: object, r: object, p: object) -> KdfParams:
    """The settings ``(n, r, p)`` if this app writes them, else UnsupportedKdf."""
    if not all(type(value) is int for value in (n, r, p)):
        raise UnsupportedKdf("The stored passphrase settings are not numbers.")
    params = KdfParams(n, r, p)  # type: ignore[arg-type]
    if not params.is_accepted():
        raise UnsupportedKdf(
            f"The stored passphrase settings (scrypt n={n}, r={r}, p={p}) are not ones "
            "SEND Routes uses, so they were not tried."
        )
    return params


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 256-bit key for ``passphrase`` (memory-hard, so slow on purpose).

    Refuses (UnsupportedKdf) settings outside ``ACCEPTED_KDF`` or a salt of the wrong
    size, before scrypt runs.
    """
    if not params.is_accepted():
        raise UnsupportedKdf(f"scrypt settings {params} are not ones SEND Routes uses.")
    if not isinstance(salt, bytes) or len(salt) != SALT_BYTES:
        raise UnsupportedKdf("The stored passphrase salt is not 16 bytes.")
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Scrypt(salt=salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p)
    return kdf.derive(secret)


def encrypt(key: bytes, plaintext: bytes, associated: bytes) -> tuple[bytes, bytes]:
    """``(nonce, ciphertext)`` for ``plaintext``, bound to ``associated``."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, associated)


def decrypt(key: bytes, nonce: bytes, ciphertext: bytes, associated: bytes) -> bytes:
    """The plaintext, or WrongPassphrase if the key or any byte does not match."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated)
    except (InvalidTag, ValueError) as error:
        raise WrongPassphrase("The passphrase is not right.") from error
