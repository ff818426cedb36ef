"""Open the content database read-only and check it, with nothing but the standard library.

Kept apart from ``content.py`` so the window can check the database before the first page
is drawn without loading the engine. Its shape is checked before anything else is read
(``structure.py``), then SQLite's integrity check, then the schema version.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from send_routes.content_store.schema import SCHEMA_VERSION
from send_routes.content_store.structure import StructureError, check_structure

REINSTALL = "Reinstall SEND Routes to get a good copy."


class ContentError(Exception):
    """The content database cannot be used; the message says what is wrong and what to do."""


@dataclass(frozen=True)
class ContentFile:
    """A content database to open: the file at ``path``, or, when ``data`` is given, those
    bytes (a signed pack's database, checked already) held in memory, so the file can
    change or go after the check without changing what is read.

    ``advice`` ends every message about it: what a person can do when it cannot be used.
    """

    path: Path
    data: bytes | None = None
    advice: str = REINSTALL


#: Tables that grow with the contacts: the window checks them just after its first paint.
LATER_TABLES = frozenset(
    (
        "contacts",
        "contacts_fts_data",
        "contacts_fts_idx",
        "contacts_fts_content",
        "contacts_fts_docsize",
        "contacts_fts_config",
    )
)


def _whole(conn: sqlite3.Connection, tables: list[str] | None = None) -> bool:
    """True when SQLite's integrity check (which includes ``quick_check``) finds nothing
    wrong (in ``tables``, or anywhere)."""
    pragmas = [f"PRAGMA integrity_check('{table}')" for table in tables or []]
    for pragma in pragmas or ["PRAGMA integrity_check"]:
        result = conn.execute(pragma).fetchone()
        if not result or result[0] != "ok":
            return False
    return True


def _early_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    ).fetchall()
    return [row[0] for row in rows if row[0] not in LATER_TABLES]


def connect(source: ContentFile) -> sqlite3.Connection:
    """A read-only connection to ``source`` (no check yet); sqlite3.Error if impossible."""
    if source.data is None:
        uri = source.path.resolve().as_uri() + "?mode=ro"
        return sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        conn.deserialize(source.data)
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


class LaterCheck:
    """The full integrity check, run on another thread while the window draws its first page.

    ``wait()`` returns once the database is found whole and raises ContentError otherwise;
    nothing may read the contacts before it has returned.
    """

    def __init__(self, source: Path | ContentFile) -> None:
        self.source = source if isinstance(source, ContentFile) else ContentFile(source)
        self._error: ContentError | None = None
        self._thread = threading.Thread(target=self._run, name="content-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        source = self.source
        try:
            conn = connect(source)
            try:
                whole = _whole(conn)
            finally:
                conn.close()
        except sqlite3.DatabaseError as error:
            self._error = _damaged(source, error)
            return
        if not whole:
            self._error = _damaged(source)

    def wait(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error


def _damaged(source: ContentFile, reason: object = None) -> ContentError:
    because = f" ({str(reason)[:120]})" if reason else ""
    return ContentError(f"The content database is damaged{because}: {source.path}. {source.advice}")


def open_read_only(
    source: Path | ContentFile, check_contacts_later: bool = False
) -> sqlite3.Connection:
    """Open ``source`` read-only, or raise ContentError saying why it cannot be used.

    The whole database is checked first, unless ``check_contacts_later``: then every table
    but the contacts' is checked now, and the caller must run a ``LaterCheck`` before it
    reads any contact (the window does, so its first paint does not wait for the contacts).
    """
    source = source if isinstance(source, ContentFile) else ContentFile(source)
    if source.data is None and not source.path.is_file():
        raise ContentError(f"The content database is missing: {source.path}. {source.advice}")
    try:
        conn = connect(source)
    except sqlite3.Error as error:
        raise _damaged(source, error) from error
    try:
        _check(conn, source, check_contacts_later)
    except BaseException:
        conn.close()
        raise
    conn.row_factory = sqlite3.Row
    return conn


def _check(conn: sqlite3.Connection, source: ContentFile, contacts_later: bool) -> None:
    try:
        check_structure(conn)  # first: nothing else is read from a database of another shape
        if not _whole(conn, _early_tables(conn) if contacts_later else None):
            raise _damaged(source)
        version = conn.execute("SELECT value FROM metadata WHERE key = 'schema_version'").fetchone()
    except StructureError as error:
        raise ContentError(
            f"The content database cannot be used ({error}): {source.path}. {source.advice}"
        ) from error
    except sqlite3.DatabaseError as error:
        raise _damaged(source, error) from error
    if not version or version[0] != str(SCHEMA_VERSION):
        found = str(version[0])[:20] if version else "none"
        raise ContentError(
            f"The content database is from another version of the app (schema {found}, "
            f"this app needs {SCHEMA_VERSION}): {source.path}. {source.advice}"
        )
