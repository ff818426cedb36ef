"""Content packs: newer content, signed, installed beside the bundled database.

A pack is one file::

    MAGIC                      b"SEND-ROUTES-CONTENT-PACK 1\\n"
    header length              4 bytes, big-endian
    header                     UTF-8 JSON: release, reviewed_on, content_version,
                               schema_version, size and sha256 of the database
    signature                  64 bytes, Ed25519, over everything above and the database
    database                   the content database, byte for byte

Installing checks, in order: the file is a whole pack, the signature is the app's content
key's, the database inside is whole, fits this app's schema and is newer than the content
in use. Only then is it written, atomically, to ``content/content.sqlite`` in the user data
folder: the bundled database is never changed, nor are saved cases or own contacts. The
app then uses whichever of the two has the higher release number.
"""

from __future__ import annotations

import hashlib
import json
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from send_routes.content_store.content_db import ContentError, open_read_only
from send_routes.content_store.content_release import (
    INSTALLED_NAME,
    database_metadata,
    installed_path,
    release_of,
)
from send_routes.content_store.schema import SCHEMA_VERSION
from send_routes.fileio.atomic import WriteError, write_atomically

MAGIC = b"SEND-ROUTES-CONTENT-PACK 1\n"
SIGNATURE_SIZE = 64
_LENGTH = struct.Struct(">I")
MAX_HEADER = 64 * 1024
NOTHING_CHANGED = "Nothing was changed."


class PackError(Exception):
    """The pack cannot be installed; the message says why, in plain words."""


@dataclass(frozen=True)
class PackInfo:
    """What a pack's header says about the content inside it."""

    release: int
    reviewed_on: str
    content_version: str
    schema_version: int
    size: int
    sha256: str

    def describe(self) -> str:
        return f"release {self.release}, reviewed on {self.reviewed_on}"


def load_public_key(path: Path) -> Ed25519PublicKey:
    key = load_pem_public_key(path.read_bytes())
    if not isinstance(key, Ed25519PublicKey):
        raise PackError(f"{path} is not an Ed25519 public key.")
    return key


def signed_part(header: bytes, database: bytes) -> bytes:
    """The bytes a pack's signature covers."""
    return MAGIC + _LENGTH.pack(len(header)) + header + database


def read_pack(data: bytes, key: Ed25519PublicKey) -> tuple[PackInfo, bytes]:
    """The header and database of a pack signed with ``key``, or PackError saying why not."""
    if not data.startswith(MAGIC):
        raise PackError(f"This file is not a SEND Routes content pack. {NOTHING_CHANGED}")
    start = len(MAGIC) + _LENGTH.size
    if len(data) < start:
        raise PackError(f"The content pack is incomplete (cut short). {NOTHING_CHANGED}")
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    body = start + length + SIGNATURE_SIZE
    if length > MAX_HEADER or len(data) < body:
        raise PackError(f"The content pack is incomplete (cut short). {NOTHING_CHANGED}")
    header = data[start : start + length]
    signature, database = data[start + length : body], data[body:]
    try:
        key.verify(signature, signed_part(header, database))
    except InvalidSignature:
        raise PackError(
            "The content pack is not signed by SEND Routes, or it was changed after it was "
            f"signed. {NOTHING_CHANGED}"
        ) from None
    info = _info(header)
    if len(database) != info.size or hashlib.sha256(database).hexdigest() != info.sha256:
        raise PackError(f"The content pack is incomplete or damaged. {NOTHING_CHANGED}")
    return info, database


def _info(header: bytes) -> PackInfo:
    try:
        fields = json.loads(header.decode("utf-8"))
        return PackInfo(
            release=int(fields["release"]),
            reviewed_on=str(fields["reviewed_on"]),
            content_version=str(fields["content_version"]),
            schema_version=int(fields["schema_version"]),
            size=int(fields["size"]),
            sha256=str(fields["sha256"]),
        )
    except (ValueError, KeyError, TypeError) as error:
        raise PackError(f"The content pack's header cannot be read. {NOTHING_CHANGED}") from error


def install_pack(pack: Path, key: Ed25519PublicKey, bundled: Path, data_dir: Path) -> PackInfo:
    """Check ``pack`` and install its database beside ``bundled``; returns what it holds."""
    try:
        data = pack.read_bytes()
    except OSError as error:
        raise PackError(f"Cannot read {pack}: {error.strerror or error}.") from error
    info, database = read_pack(data, key)
    if info.schema_version != SCHEMA_VERSION:
        raise PackError(
            f"The content pack is for another version of the app (schema {info.schema_version},"
            f" this app needs {SCHEMA_VERSION}). {NOTHING_CHANGED}"
        )
    target = installed_path(data_dir)
    current = max(release_of(bundled), release_of(target) if target.exists() else -1)
    if info.release <= current:
        raise PackError(
            f"The content pack ({info.describe()}) is not newer than the content you have "
            f"(release {current}). {NOTHING_CHANGED}"
        )
    _check_database(database, info)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, database)
    except (OSError, WriteError) as error:
        raise PackError(f"{error} {NOTHING_CHANGED}") from error
    return info


def _check_database(database: bytes, info: PackInfo) -> None:
    """Refuse a database that is damaged, not this app's, or not the one the header names."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / INSTALLED_NAME
        path.write_bytes(database)
        try:
            open_read_only(path).close()
        except ContentError as error:
            raise PackError(
                f"The database in the content pack cannot be used. {NOTHING_CHANGED}"
            ) from error
        metadata = database_metadata(path)
    if metadata.get("release") != str(info.release):
        raise PackError(f"The content pack's database does not match its header. {NOTHING_CHANGED}")
