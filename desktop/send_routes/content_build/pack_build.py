"""Make a signed content pack from a built content database (see ``content_store.packs``).

The private key is the content team's, kept outside the repository; tests make their own.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from send_routes.content_store.content_db import open_read_only
from send_routes.content_store.pack_format import (
    MAX_DATABASE,
    SIGNATURE_SIZE,
    PackError,
    PackInfo,
    signed_part,
)
from send_routes.fileio.atomic import write_atomically
from send_routes.fileio.regular_file import read_regular, reason

#: A PEM Ed25519 private key is about 120 bytes.
MAX_KEY_FILE = 64 * 1024


def _read(path: Path, what: str, limit: int) -> bytes:
    """An ordinary file's bytes, never waiting on a FIFO nor reading a device for ever."""
    try:
        data = read_regular(path, limit)
    except OSError as error:
        raise PackError(f"Cannot read {what} {path}: {reason(error)}.") from error
    if len(data) > limit:
        raise PackError(f"Cannot read {what} {path}: it is too large to be one.")
    return data


def load_private_key(path: Path) -> Ed25519PrivateKey:
    data = _read(path, "the signing key", MAX_KEY_FILE)
    try:
        key = load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as error:  # cryptography's words name its own internals
        raise PackError(
            f"Cannot read the signing key {path}: it is not an unencrypted PEM private key."
        ) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise PackError(f"{path} is not an Ed25519 private key.")
    return key


def pack_info(database: Path, data: bytes) -> PackInfo:
    """The header for ``database`` (checked whole first), from its own metadata."""
    conn = open_read_only(database)
    try:
        metadata = dict(conn.execute("SELECT key, value FROM metadata").fetchall())
    finally:
        conn.close()
    return PackInfo(
        release=int(metadata.get("release", "0")),
        reviewed_on=metadata.get("reviewed_on", ""),
        content_version=metadata["content_version"],
        schema_version=int(metadata["schema_version"]),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def build_pack(database: Path, key: Ed25519PrivateKey, out: Path) -> PackInfo:
    """Sign ``database`` with ``key`` and write the pack to ``out`` atomically."""
    data = _read(database, "the content database", MAX_DATABASE)
    info = pack_info(database, data)
    header = json.dumps(info.__dict__, sort_keys=True).encode("utf-8")
    signature = key.sign(signed_part(header, data))
    assert len(signature) == SIGNATURE_SIZE
    body = signed_part(header, b"")
    write_atomically(out, body + signature + data)
    return info
