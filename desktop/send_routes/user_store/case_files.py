"""One saved case as a single encrypted file, for moving it to another computer.

The file is JSON: ``{"format": "send-routes-case", "version": 1, "kdf": {"name": "scrypt",
"n", "r", "p", "salt"}, "nonce", "ciphertext", "sha256"}`` (bytes in base64). The ciphertext
is AES-GCM under a key derived from the export passphrase. ``sha256`` is a checksum of the
ciphertext only, so a damaged file is told apart from a wrong passphrase. The file is written
atomically: a failure never leaves half a file behind.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from pathlib import Path
from typing import Any

from send_routes.fileio.atomic import WriteError, write_atomically
from send_routes.fileio.clip import clip_path
from send_routes.fileio.regular_file import read_regular, reason
from send_routes.user_store import crypto
from send_routes.user_store.crypto import KdfParams, WrongPassphrase
from send_routes.user_store.user_db import StorageError

FORMAT = "send-routes-case"
VERSION = 1
ASSOCIATED = b"send-routes-case-file:1"
#: A case is answers and notes: far below this, which bounds what an import reads.
MAX_FILE_BYTES = 16 * 1024 * 1024


class CaseFileError(Exception):
    """The file is not a SEND Routes case file, or it is damaged."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def write_case_file(path: Path, payload: dict[str, Any], passphrase: str, kdf: KdfParams) -> None:
    """Encrypt ``payload`` (a JSON object) with ``passphrase`` and write it to ``path``."""
    if not passphrase:
        raise CaseFileError("The passphrase for the exported file cannot be empty.")
    salt = crypto.new_salt()
    key = crypto.derive_key(passphrase, salt, kdf)
    plain = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    nonce, ciphertext = crypto.encrypt(key, plain, ASSOCIATED)
    envelope = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": {"name": "scrypt", "n": kdf.n, "r": kdf.r, "p": kdf.p, "salt": _b64(salt)},
        "nonce": _b64(nonce),
        "ciphertext": _b64(ciphertext),
        "sha256": hashlib.sha256(ciphertext).hexdigest(),
    }
    try:
        write_atomically(Path(path), json.dumps(envelope, indent=1).encode("utf-8"))
    except WriteError as error:
        raise StorageError(str(error)) from error


def _envelope(path: Path) -> tuple[KdfParams, bytes, bytes, bytes, str]:
    """The parts of the file, or CaseFileError saying why it cannot be one."""
    shown = clip_path(path)
    damaged = f"{shown} is not a SEND Routes case file, or it is damaged."
    try:
        raw = read_regular(path, MAX_FILE_BYTES)
        if len(raw) > MAX_FILE_BYTES:
            raise CaseFileError(f"{shown} is too big to be a SEND Routes case file.")
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT:
            raise CaseFileError(damaged)
        if data.get("version") != VERSION:
            raise CaseFileError(f"{shown} was made by a newer version of SEND Routes.")
        kdf_data = data["kdf"]
        kdf = crypto.checked_kdf(kdf_data["n"], kdf_data["r"], kdf_data["p"])
        salt = base64.b64decode(kdf_data["salt"], validate=True)
        nonce = base64.b64decode(data["nonce"], validate=True)
        ciphertext = base64.b64decode(data["ciphertext"], validate=True)
        checksum = str(data["sha256"])
    except crypto.UnsupportedKdf as error:
        raise CaseFileError(f"{shown} cannot be opened: {error}") from error
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as error:
        raise CaseFileError(damaged) from error
    except OSError as error:
        raise CaseFileError(f"Cannot read {shown}: {reason(error)}.") from error
    if len(salt) != crypto.SALT_BYTES or hashlib.sha256(ciphertext).hexdigest() != checksum:
        raise CaseFileError(damaged)
    return kdf, salt, nonce, ciphertext, damaged


def read_case_file(path: Path, passphrase: str) -> dict[str, Any]:
    """The payload of a case file; WrongPassphrase or CaseFileError when it cannot be."""
    kdf, salt, nonce, ciphertext, damaged = _envelope(path)
    key = crypto.derive_key(passphrase, salt, kdf)
    try:
        plain = crypto.decrypt(key, nonce, ciphertext, ASSOCIATED)
    except WrongPassphrase as error:
        raise WrongPassphrase("The passphrase for this file is not right.") from error
    try:
        payload = json.loads(plain.decode("utf-8"))
    except ValueError as error:
        raise CaseFileError(damaged) from error
    if not isinstance(payload, dict) or not isinstance(payload.get("content"), dict):
        raise CaseFileError(damaged)
    return payload
