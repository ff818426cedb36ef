"""Open the content database read-only and check it, with nothing but the standard library.

Kept apart from ``content.py`` so the window can check the database before the first page
is drawn without loading the engine.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from send_routes.content_store.schema import SCHEMA_VERSION

REINSTALL = "Reinstall SEND Routes to get a good copy."


class ContentError(Exception):
    """The content database cannot be used; the message says what is wrong and what to do."""


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
    """True when SQLite's integrity check finds nothing wrong (in ``tables``, or anywhere)."""
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


def _uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


class LaterCheck:
    """The full integrity check, run on another thread while the window draws its first page.

    ``wait()`` returns once the database is found whole and raises ContentError otherwise;
    nothing may read the contacts before it has returned.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._error: ContentError | None = None
        self._thread = threading.Thread(target=self._run, name="content-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(_uri(self.path), uri=True)
            try:
                whole = _whole(conn)
            finally:
                conn.close()
        except sqlite3.DatabaseError as error:
            self._error = ContentError(
                f"The content database is damaged ({error}): {self.path}. {REINSTALL}"
            )
            return
        if not whole:
            self._error = ContentError(f"The content database is damaged: {self.path}. {REINSTALL}")

    def wait(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error


def open_read_only(path: Path, check_contacts_later: bool = False) -> sqlite3.Connection:
    """Open ``path`` read-only, or raise ContentError saying why it cannot be used.

    The whole database is checked first, unless ``check_contacts_later``: then every table
    but the contacts' is checked now, and the caller must run a ``LaterCheck`` before it
    reads any contact (the window does, so its first paint does not wait for the contacts).
    """
    if not path.is_file():
        raise ContentError(f"The content database is missing: {path}. {REINSTALL}")
    try:
        conn = sqlite3.connect(_uri(path), uri=True, check_same_thread=False)
        tables = _early_tables(conn) if check_contacts_later else None
        if not _whole(conn, tables):
            conn.close()
            raise ContentError(f"The content database is damaged: {path}. {REINSTALL}")
        version = conn.execute("SELECT value FROM metadata WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError as error:
        raise ContentError(
            f"The content database is damaged ({error}): {path}. {REINSTALL}"
        ) from error
    if not version or version[0] != str(SCHEMA_VERSION):
        conn.close()
        found = version[0] if version else "none"
        raise ContentError(
            f"The content database is from another version of the app (schema {found}, "
            f"this app needs {SCHEMA_VERSION}): {path}. {REINSTALL}"
        )
    conn.row_factory = sqlite3.Row
    return conn
