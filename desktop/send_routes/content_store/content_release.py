"""Which content database is newer: the bundled one or an installed content pack's.

Standard library only, so the start-up path can choose without loading the signature code.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from send_routes.content_store.schema import SCHEMA_VERSION

INSTALLED_FOLDER = "content"
INSTALLED_NAME = "content.sqlite"
#: The content key's public half, in the app's resources folder.
PUBLIC_KEY_NAME = "content-pack-key.pem"


def database_metadata(path: Path) -> dict[str, str]:
    """The metadata table of a content database (empty if it cannot be read)."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return dict(conn.execute("SELECT key, value FROM metadata").fetchall())
        finally:
            conn.close()
    except sqlite3.Error:
        return {}


def release_of(path: Path) -> int:
    """The release number of a content database for this app's schema; -1 if unusable."""
    metadata = database_metadata(path)
    if metadata.get("schema_version") != str(SCHEMA_VERSION):
        return -1
    try:
        return int(metadata.get("release", "0"))
    except ValueError:
        return -1


def installed_path(data_dir: Path) -> Path:
    """Where an installed pack's database lives in the user data folder."""
    return data_dir / INSTALLED_FOLDER / INSTALLED_NAME
