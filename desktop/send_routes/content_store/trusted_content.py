"""Choose the content at every start: the bundled database, or a newer pack signed by
SEND Routes, checked before its first byte is read as a database.

The bundled database comes with the app (reinstalling restores it). Anything else (an
installed pack, a file ``SEND_ROUTES_CONTENT_DB`` names) sits where anyone using the
computer can write, so it is used only when its Ed25519 signature is the content key's,
and its release is newer. What fails is not used, and one line says so: the person sees
that an update was ignored, never content nobody vouched for.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from send_routes.content_store.content_db import ContentFile
from send_routes.content_store.content_release import release_of
from send_routes.content_store.schema import SCHEMA_VERSION

if TYPE_CHECKING:  # the signature code loads only when there is a pack to check
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from send_routes.content_store.pack_format import PackError

UNSIGNED = "Installed content update ignored: it is not signed by SEND Routes."
DAMAGED = "Installed content update ignored: it is damaged or incomplete."
UNREADABLE = "Installed content update ignored: it cannot be read."
UNCHECKABLE = "Installed content update ignored: its signature cannot be checked."
#: What to do when an installed pack cannot be used: reinstalling the app would not help.
REMOVE_PACK = (
    "Remove the installed content pack (adviser area, or send-routes content-pack remove)."
)


@dataclass(frozen=True)
class ContentChoice:
    """The content to use, and a line to show when an installed update was ignored."""

    source: ContentFile
    notice: str = ""


@dataclass(frozen=True)
class _Verified:
    path: Path
    release: int
    database: bytes


def choose_content(bundled: Path, candidates: Sequence[Path], key_file: Path) -> ContentChoice:
    """The bundled database, or the candidate pack with the highest release above it whose
    signature ``key_file``'s key vouches for; with the line saying why the first refused
    candidate was ignored (one line, however many were refused)."""
    present = [path for path in candidates if os.path.lexists(path)]
    if not present:  # the usual start: no signature code is loaded at all
        return ContentChoice(ContentFile(bundled))
    from send_routes.content_store.pack_format import PackError, load_public_key

    try:
        key = load_public_key(key_file)
    except PackError:
        return ContentChoice(ContentFile(bundled), UNCHECKABLE)
    notices: list[str] = []
    newest: _Verified | None = None
    floor = release_of(bundled)
    for path in present:
        try:
            found = _verify(path, key)
        except PackError as error:
            notices.append(_notice(error))
            continue
        if found is not None and found.release > max(floor, newest.release if newest else -1):
            newest = found
    notice = notices[0] if notices else ""  # one line: the first place the app looks
    if newest is None:
        return ContentChoice(ContentFile(bundled), notice)
    return ContentChoice(ContentFile(newest.path, newest.database, REMOVE_PACK), notice)


def _verify(path: Path, key: Ed25519PublicKey) -> _Verified | None:
    """The signed database in the pack at ``path``; None when it is genuine but not for
    this app's schema (left from an older version: passed over without a word)."""
    from send_routes.content_store.pack_format import read_pack, read_pack_file

    info, database = read_pack(read_pack_file(path), key)  # the one pass over the bytes
    if info.schema_version != SCHEMA_VERSION:
        return None
    return _Verified(path, info.release, database)


def _notice(error: PackError) -> str:
    from send_routes.content_store.pack_format import Problem

    return {
        Problem.NOT_A_PACK: UNSIGNED,
        Problem.UNSIGNED: UNSIGNED,
        Problem.DAMAGED: DAMAGED,
        Problem.UNSUITABLE: DAMAGED,
        Problem.UNREADABLE: UNREADABLE,
    }[error.problem]
