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

    def is_reasonable(self) -> bool:
        """True for settings this app could have written (guards files read from elsewhere)."""
        power_of_two = self.n > 1 and self.n & (self.n - 1) == 0
        return power_of_two and self.n <= 2**20 and 1 <= self.r <= 16 and 1 <= self.p <= 4


#: Only for tests that set many passphrases: far too cheap to protect anything.
FAST_KDF_FOR_TESTS = KdfParams(n=2**10, r=8, p=1)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 256-bit key for ``passphrase`` (memory-hard, so slow on purpose)."""
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
