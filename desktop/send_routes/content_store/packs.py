"""Content packs: newer content, signed, installed beside the bundled database.

Installing checks, in order: the file is a regular file of a bounded size and a whole
pack, the signature is the app's content key's, the database inside is whole, shaped as
this app's schema and newer than the content in use. Only then is the pack written, whole
and still signed, atomically, to ``content/content.srpack`` in the user data folder: the
bundled database is never changed, nor are saved cases or own contacts. Every start checks
the signature again (``trusted_content.py``) before the pack's database is used.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import shutil
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from send_routes.content_store.content_db import ContentError, ContentFile, open_read_only
from send_routes.content_store.content_release import (
    installed_pack_path,
    legacy_installed_path,
    release_of,
)
from send_routes.content_store.pack_format import (
    NOTHING_CHANGED,
    PackError,
    PackInfo,
    Problem,
    read_pack,
    read_pack_file,
)
from send_routes.content_store.schema import SCHEMA_VERSION
from send_routes.fileio.atomic import WriteError, write_atomically


class InstallFailed(PackError):
    """The pack was good but could not be written (a fault of the computer, not the pack)."""


def installed_release(data_dir: Path, key: Ed25519PublicKey) -> int:
    """The release of the installed pack when its signature holds; -1 otherwise (an
    unsigned file there, however high its number, never blocks a genuine pack)."""
    try:
        info, _ = read_pack(read_pack_file(installed_pack_path(data_dir)), key)
    except PackError:
        return -1
    return info.release if info.schema_version == SCHEMA_VERSION else -1


def install_pack(pack: Path, key: Ed25519PublicKey, bundled: Path, data_dir: Path) -> PackInfo:
    """Check ``pack`` and install it beside ``bundled``; returns what it holds."""
    data = read_pack_file(pack)
    info, database = read_pack(data, key)
    if info.schema_version != SCHEMA_VERSION:
        raise PackError(
            f"The content pack is for another version of the app (schema {info.schema_version},"
            f" this app needs {SCHEMA_VERSION}). {NOTHING_CHANGED}"
        )
    current = max(release_of(bundled), installed_release(data_dir, key))
    if info.release <= current:
        raise PackError(
            f"The content pack ({info.describe()}) is not newer than the content you have "
            f"(release {current}). {NOTHING_CHANGED}"
        )
    _check_database(pack, database, info)
    target = installed_pack_path(data_dir)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, data)
    except OSError as error:
        raise _cannot_save(target.parent, error) from error
    except WriteError as error:
        if isinstance(error.__cause__, OSError):
            raise _cannot_save(target.parent, error.__cause__) from error
        raise InstallFailed(f"{error} {NOTHING_CHANGED}") from error
    with contextlib.suppress(PackError):  # the pack is in; an older version's copy may stay
        _remove(legacy_installed_path(data_dir))
    return info


#: Why a folder cannot take the pack, in words (never "[Errno 30]").
_FOLDER_REASONS = {
    errno.EROFS: "is read-only",
    errno.ENOSPC: "is full",
    errno.EDQUOT: "is full (disk quota reached)",
    errno.EACCES: "cannot be written to (permission denied)",
    errno.EPERM: "cannot be written to (permission denied)",
}


def _cannot_save(folder: Path, error: OSError) -> InstallFailed:
    reason = _FOLDER_REASONS.get(error.errno or 0)
    if reason is None:
        reason = f"cannot be written to ({error.strerror or 'the disk reported an error'})"
    return InstallFailed(
        f"Cannot save the content pack: the folder {folder} {reason}. {NOTHING_CHANGED}"
    )


def _check_database(pack: Path, database: bytes, info: PackInfo) -> None:
    """Refuse a database that is damaged, not this app's, or not the one the header names."""
    if hashlib.sha256(database).hexdigest() != info.sha256:
        raise PackError(
            f"The content pack's database does not match its header. {NOTHING_CHANGED}",
            Problem.DAMAGED,
        )
    try:
        conn = open_read_only(ContentFile(pack, database, NOTHING_CHANGED))
    except ContentError as error:
        raise PackError(
            f"The database in the content pack cannot be used. {NOTHING_CHANGED}",
            Problem.DAMAGED,
        ) from error
    try:
        row = conn.execute("SELECT value FROM metadata WHERE key = 'release'").fetchone()
    finally:
        conn.close()
    if row is None or row[0] != str(info.release):
        raise PackError(
            f"The content pack's database does not match its header. {NOTHING_CHANGED}",
            Problem.DAMAGED,
        )


def remove_pack(data_dir: Path) -> bool:
    """Remove the installed pack (and an older version's copy); False if there was none.

    The app holds no installed file open (it reads a pack into memory), so this works while
    it runs; the bundled content is used from the next start.
    """
    removed = [
        _remove(path) for path in (installed_pack_path(data_dir), legacy_installed_path(data_dir))
    ]
    return any(removed)


def _remove(path: Path) -> bool:
    try:
        if path.is_dir() and not path.is_symlink():  # a folder left in the pack's place
            shutil.rmtree(path)
        else:
            path.unlink()
    except (FileNotFoundError, NotADirectoryError):  # nothing there: a file holds its folder
        return False
    except OSError as error:
        if error.errno == errno.EROFS:  # closing other copies would not help
            raise InstallFailed(
                f"Cannot remove the installed content pack: the folder {path.parent} is "
                "read-only. Nothing was changed."
            ) from error
        raise InstallFailed(
            f"Cannot remove {path}: {error.strerror or 'the disk reported an error'}. "
            "Close every copy of SEND Routes and try again."
        ) from error
    return True
