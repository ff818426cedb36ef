"""The content pack file format, and checking a pack's signature.

A pack is one file::

    MAGIC                      b"SEND-ROUTES-CONTENT-PACK 1\\n"
    header length              4 bytes, big-endian
    header                     UTF-8 JSON: release, reviewed_on, content_version,
                               schema_version, size and sha256 of the database
    signature                  64 bytes, Ed25519, over everything above and the database
    database                   the content database, byte for byte

The same checks serve installing a pack and choosing the content at every start, so a
pack is trusted only for what its signature covers.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import stat
import struct
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

MAGIC = b"SEND-ROUTES-CONTENT-PACK 1\n"
#: The DER prefix of an Ed25519 SubjectPublicKeyInfo: SEQUENCE, the algorithm 1.3.101.112,
#: then a 33-byte BIT STRING holding the 32-byte key.
_ED25519_KEY_INFO = bytes.fromhex("302a300506032b6570032100")
_PEM_BEGIN, _PEM_END = "-----BEGIN PUBLIC KEY-----", "-----END PUBLIC KEY-----"
SIGNATURE_SIZE = 64
_LENGTH = struct.Struct(">I")
MAX_HEADER = 64 * 1024
#: The content database is about 1.2 MB; a pack many times that is not one of ours.
MAX_DATABASE = 64 * 1024 * 1024
MAX_PACK = len(MAGIC) + _LENGTH.size + MAX_HEADER + SIGNATURE_SIZE + MAX_DATABASE
#: Release and schema numbers count up by one per release: anything larger is not ours,
#: and a huge one would block every later pack.
MAX_NUMBER = 1_000_000
NOTHING_CHANGED = "Nothing was changed."


class Problem(Enum):
    """Why a pack cannot be used, which decides what the person is told."""

    NOT_A_PACK = "not a pack"
    UNSIGNED = "not signed by SEND Routes"
    DAMAGED = "damaged"
    UNSUITABLE = "not for this app"
    UNREADABLE = "cannot be read"


class PackError(Exception):
    """The pack cannot be used; the message says why, in plain words."""

    def __init__(self, message: str, problem: Problem = Problem.UNSUITABLE) -> None:
        super().__init__(message)
        self.problem = problem


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
    """The Ed25519 public key in the PEM file at ``path`` (the app's own, shipped with it).

    Read here rather than with cryptography's PEM loader, whose import alone costs about as
    much as the signature check at start: an Ed25519 key's SubjectPublicKeyInfo is always
    these 12 bytes and then the 32-byte key (RFC 8410, section 4).
    """
    try:
        lines = [line.strip() for line in path.read_text(encoding="ascii").splitlines()]
        lines = [line for line in lines if line]
        if lines[:1] != [_PEM_BEGIN] or lines[-1:] != [_PEM_END]:
            raise ValueError("not a PEM public key")
        der = base64.b64decode("".join(lines[1:-1]), validate=True)
    except (OSError, ValueError, binascii.Error, UnicodeDecodeError) as error:
        raise PackError(f"Cannot read the content key {path}.", Problem.UNREADABLE) from error
    if len(der) != len(_ED25519_KEY_INFO) + 32 or not der.startswith(_ED25519_KEY_INFO):
        raise PackError(f"{path} is not an Ed25519 public key.", Problem.UNREADABLE)
    return Ed25519PublicKey.from_public_bytes(der[len(_ED25519_KEY_INFO) :])


def signed_part(header: bytes, database: bytes) -> bytes:
    """The bytes a pack's signature covers."""
    return MAGIC + _LENGTH.pack(len(header)) + header + database


def read_pack_file(path: Path) -> bytes:
    """The bytes of the pack at ``path``: a regular file of at most ``MAX_PACK`` bytes.

    Opened without blocking, so a FIFO or device is refused instead of waited on, and read
    no further than the limit, so ``/dev/zero`` or a 4 GB file cannot exhaust memory.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)
    except OSError as error:
        raise _unreadable(path, error) from None
    try:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode):
            raise PackError(
                f"{path} is not an ordinary file. {NOTHING_CHANGED}", Problem.UNREADABLE
            )
        if status.st_size > MAX_PACK:
            raise _too_large(path)
        with os.fdopen(handle, "rb", closefd=False) as stream:
            data = stream.read(MAX_PACK + 1)
    except OSError as error:
        raise _unreadable(path, error) from None
    finally:
        os.close(handle)
    if len(data) > MAX_PACK:  # it grew while being read
        raise _too_large(path)
    return data


def _unreadable(path: Path, error: OSError) -> PackError:
    reason = error.strerror or str(error)
    return PackError(f"Cannot read {path}: {reason}. {NOTHING_CHANGED}", Problem.UNREADABLE)


def _too_large(path: Path) -> PackError:
    return PackError(
        f"{path} is too large to be a content pack. {NOTHING_CHANGED}", Problem.NOT_A_PACK
    )


def read_pack(data: bytes, key: Ed25519PublicKey) -> tuple[PackInfo, bytes]:
    """The header and database of a pack signed with ``key``, or PackError saying why not.

    The signature is checked first and covers the header too, so nothing unsigned is read.
    """
    if not data.startswith(MAGIC):
        raise PackError(
            f"This file is not a SEND Routes content pack. {NOTHING_CHANGED}", Problem.NOT_A_PACK
        )
    start = len(MAGIC) + _LENGTH.size
    if len(data) < start:
        raise PackError(
            f"The content pack is incomplete (cut short). {NOTHING_CHANGED}", Problem.DAMAGED
        )
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    body = start + length + SIGNATURE_SIZE
    if length > MAX_HEADER or len(data) < body:
        raise PackError(
            f"The content pack is incomplete (cut short). {NOTHING_CHANGED}", Problem.DAMAGED
        )
    header = data[start : start + length]
    signature, database = data[start + length : body], data[body:]
    try:
        key.verify(signature, signed_part(header, database))
    except InvalidSignature:
        raise PackError(
            "The content pack is not signed by SEND Routes, or it was changed after it was "
            f"signed. {NOTHING_CHANGED}",
            _unsigned_or_damaged(header, database),
        ) from None
    info = _info(header)
    # The signature covers the database, so this is the one pass over its bytes; the
    # header's own digest is compared once, when installing (packs.py).
    if len(database) != info.size:
        raise PackError(
            f"The content pack is incomplete or damaged. {NOTHING_CHANGED}", Problem.DAMAGED
        )
    return info, database


def _unsigned_or_damaged(header: bytes, database: bytes) -> Problem:
    """After a failed signature: DAMAGED when the database no longer matches its header
    (a pack changed or cut short), otherwise UNSIGNED (signed by someone else, or not at all).
    Only the failure path hashes the database a second time."""
    try:
        info = _info(header)
    except PackError:
        return Problem.DAMAGED
    whole = len(database) == info.size and hashlib.sha256(database).hexdigest() == info.sha256
    return Problem.UNSIGNED if whole else Problem.DAMAGED


def _bounded(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_NUMBER:
        raise ValueError("a number out of range")
    return value


def _info(header: bytes) -> PackInfo:
    try:
        fields = json.loads(header.decode("utf-8"))
        info = PackInfo(
            release=_bounded(fields["release"]),
            reviewed_on=str(fields["reviewed_on"])[:40],
            content_version=str(fields["content_version"])[:80],
            schema_version=_bounded(fields["schema_version"]),
            size=int(fields["size"]),
            sha256=str(fields["sha256"]),
        )
    except (ValueError, KeyError, TypeError, RecursionError) as error:
        raise PackError(
            f"The content pack's header cannot be read. {NOTHING_CHANGED}", Problem.DAMAGED
        ) from error
    if not 0 < info.size <= MAX_DATABASE:
        raise PackError(
            f"The content pack's header cannot be read. {NOTHING_CHANGED}", Problem.DAMAGED
        )
    return info
