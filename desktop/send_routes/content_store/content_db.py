"""Open the content database read-only and check it, with nothing but the standard library.

Kept apart from ``content.py`` so the window can check the database before the first page
is drawn without loading the engine.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from send_routes.content_store.schema import SCHEMA_VERSION

REINSTALL = "Reinstall SEND Routes to get a good copy."


class ContentError(Exception):
    """The content database cannot be used; the message says what is wrong and what to do."""


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only, or raise ContentError saying why it cannot be used."""
    if not path.is_file():
        raise ContentError(f"The content database is missing: {path}. {REINSTALL}")
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        result = conn.execute("PRAGMA integrity_check").fetchone()
        if not result or result[0] != "ok":
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
