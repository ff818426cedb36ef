"""Find the content database, building it first when running from a source checkout."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from send_routes import paths
from send_routes.content_store.content_release import installed_path, release_of

if TYPE_CHECKING:
    from send_routes.content_store.content import ContentStore


def _built_version(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute(
                "SELECT value FROM metadata WHERE key = 'content_version'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def refresh_if_stale(path: Path) -> None:
    """In a source checkout, rebuild ``path`` when the content sources have changed.

    Installed and frozen apps ship a built database and never reach this.
    """
    root = paths.source_root()
    if root is None:
        return
    # hashlib (and OpenSSL's libcrypto) only here, in a source checkout, never when installed.
    from send_routes.content_build.versioning import content_version

    content, schema = paths.content_dir(), paths.schema_file()
    if path.exists() and _built_version(path) == content_version(content, schema):
        return
    from send_routes.content_build.build import build_database  # sqlite-utils: only when needed

    print(f"Building the content database at {path}…", file=sys.stderr)
    build_database(content, schema, path)


def content_path() -> Path:
    """Where the app's content database is: the bundled one (refreshed first in a source
    checkout), or an installed content pack's when its release is newer."""
    override = paths.content_db_override()
    if override is not None:
        return override
    path = paths.content_db()
    refresh_if_stale(path)
    return newer_content(path, installed_path(paths.user_data_dir()))


def newer_content(bundled: Path, installed: Path) -> Path:
    """``installed`` when it exists, fits this app and has a higher release than ``bundled``."""
    if installed.is_file() and release_of(installed) > release_of(bundled):
        return installed
    return bundled


def open_content() -> ContentStore:
    """Open the app's content database (raises ContentError if it cannot be used)."""
    from send_routes.content_store.content import ContentStore

    return ContentStore.open(content_path())
