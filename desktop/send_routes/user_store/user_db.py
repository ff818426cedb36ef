"""The writable user database (saved cases, own contacts): open, check, upgrade, save safely.

``UserDatabase.open(path)`` creates the folder and file if needed, so call it only when the
person saves something (nothing is written on start). A file SQLite cannot read, or one that
fails ``PRAGMA integrity_check``, is moved aside as ``<name>.damaged-YYYYMMDD-HHMMSS`` (kept,
never deleted) and a fresh database is started; ``recovery`` then says what happened.

Durability: rollback journal (``journal_mode=DELETE``) with ``synchronous=FULL``, so every
committed transaction is on disk before the save returns, and a crash (even SIGKILL or a
power cut) loses at most the save in progress. ``secure_delete=ON`` overwrites deleted rows.
Every write goes through ``saving()``, one transaction; failures such as a read-only or full
folder become a ``StorageError`` with a plain message, and the earlier data stay as they were.
Schema changes are sqlite-utils ``Migrations`` (``MIGRATIONS`` in ``user_schema``).
"""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from send_routes.user_store.user_schema import KNOWN_MIGRATIONS, MIGRATIONS

SIDE_FILES = ("-journal", "-wal", "-shm")


class StorageError(Exception):
    """Something could not be saved or opened; the message says why in plain words."""


class ForeignDatabase(StorageError):
    """The file is another program's database, or a newer SEND Routes': left untouched."""


@dataclass(frozen=True)
class Recovery:
    """A damaged database was moved aside and a new one started."""

    damaged_copy: Path
    reason: str

    @property
    def message(self) -> str:
        return (
            f"The saved-cases file could not be read ({self.reason}). It was kept as "
            f"{self.damaged_copy} and a new, empty file was started."
        )


_SQLITE_REASONS = {
    "SQLITE_READONLY": "is read-only",
    "SQLITE_FULL": "is full",
    "SQLITE_BUSY": "is in use by another copy of SEND Routes; try again",
    "SQLITE_CANTOPEN": "cannot be written to (it may be read-only)",
    "SQLITE_PERM": "cannot be written to (permission denied)",
    "SQLITE_IOERR": "cannot be written to (the disk reported an error)",
}
_OS_REASONS = {
    errno.EROFS: "is read-only",
    errno.ENOSPC: "is full",
    errno.EDQUOT: "is full (disk quota reached)",
    errno.EACCES: "cannot be written to (permission denied)",
    errno.EPERM: "cannot be written to (permission denied)",
}


def _reason(error: Exception) -> str | None:
    """A plain description of a storage failure, or None when it is not one."""
    if isinstance(error, sqlite3.Error):
        name = getattr(error, "sqlite_errorname", "") or ""
        return next((why for code, why in _SQLITE_REASONS.items() if name.startswith(code)), None)
    if isinstance(error, OSError):
        known = _OS_REASONS.get(error.errno or 0)
        return known or f"cannot be written to ({error.strerror or error})"
    return None


def storage_error(error: Exception, folder: Path, action: str = "save") -> Exception:
    """A StorageError for ``error`` if it is a storage failure, else ``error`` itself."""
    reason = _reason(error)
    if reason is None:
        return error
    return StorageError(
        f"Cannot {action}: the folder {folder} {reason}. Nothing already saved has been lost."
    )


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(str(path), timeout=5.0, check_same_thread=False)


def _check(conn: sqlite3.Connection) -> str | None:
    """Why the database is damaged, or None when it is sound."""
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as error:
        return str(error)
    if rows != [("ok",)]:
        return "; ".join(str(row[0]) for row in rows[:3])
    return None


def move_aside(path: Path, now: dt.datetime | None = None) -> Path:
    """Rename ``path`` (and its journal files) to a free ``.damaged-<time>`` name."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    path.replace(target)
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    return target


class UserDatabase:
    """One open user database, shared by the case store and the local contacts."""

    def __init__(self, db: Database, path: Path, recovery: Recovery | None = None) -> None:
        self.db = db
        self.path = path
        self.recovery = recovery

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def folder(self) -> Path:
        return self.path.parent

    @classmethod
    def open(cls, path: Path) -> UserDatabase:
        """Open (creating and upgrading as needed) the database at ``path``."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn, recovery = _open_checked(path)
        except (OSError, sqlite3.OperationalError) as error:
            raise storage_error(error, path.parent, "open the saved data") from error
        db = Database(conn, execute_plugins=False)
        try:
            MIGRATIONS.apply(db)
        except (OSError, sqlite3.DatabaseError) as error:
            conn.close()
            problem = storage_error(error, path.parent, "open the saved data")
            if problem is error:  # a table the migrations did not expect: not ours
                problem = ForeignDatabase(
                    f"Cannot open the saved data: {path} is not a SEND Routes file that "
                    "this copy can read, so it has not been changed."
                )
            raise problem from error
        return cls(db, path, recovery)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def saving(self, action: str = "save") -> Iterator[sqlite3.Connection]:
        """One transaction: all of it is saved, or none of it (then StorageError)."""
        try:
            with self.db.atomic():
                yield self.conn
        except (OSError, sqlite3.OperationalError) as error:
            raise storage_error(error, self.folder, action) from error

    def vacuum(self) -> None:
        """Rewrite the file so that deleted rows leave no bytes behind."""
        try:
            self.conn.execute("VACUUM")
        except (OSError, sqlite3.OperationalError) as error:
            raise storage_error(error, self.folder) from error


def _foreign(conn: sqlite3.Connection, path: Path) -> str | None:
    """Why the database at ``path`` is not ours to change, or None (ours, or empty).

    Ours means: no tables at all (new), or every table SEND Routes' migrations made, with
    only migrations this copy knows. Read only: nothing is written to decide.
    """
    tables = {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not str(row[0]).startswith("sqlite_")
    }
    if not tables:
        return None
    if "_sqlite_migrations" not in tables:
        return f"{path} belongs to another program, so SEND Routes has not changed it"
    applied = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATIONS.name,)
        )
    ]
    if not applied:
        return f"{path} belongs to another program, so SEND Routes has not changed it"
    unknown = set(applied) - KNOWN_MIGRATIONS
    if unknown:
        return (
            f"{path} was saved by a newer version of SEND Routes. Use that version, or "
            "choose another data folder; this copy has not changed the file"
        )
    return None


def _open_checked(path: Path) -> tuple[sqlite3.Connection, Recovery | None]:
    """A connection to a sound database at ``path``, moving a damaged one aside first.

    A newer or foreign database is refused (ForeignDatabase) before anything is written.
    """
    conn = _connect(path)
    problem = _check(conn)
    recovery = None
    if problem is not None:
        conn.close()
        recovery = Recovery(move_aside(path), problem)
        conn = _connect(path)
    foreign = _foreign(conn, path)
    if foreign is not None:
        conn.close()
        raise ForeignDatabase(f"Cannot open the saved data: {foreign}.")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA secure_delete=ON")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn, recovery
