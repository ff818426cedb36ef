"""Where an installed content pack lives, and a content database's release number.

Standard library only, so the start-up path can look for a pack without loading the
signature code when there is none.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from send_routes.content_store.schema import SCHEMA_VERSION
from send_routes.content_store.structure import StructureError, check_structure

INSTALLED_FOLDER = "content"
#: The installed pack, kept whole and signed: its signature is checked at every start.
INSTALLED_PACK_NAME = "content.srpack"
#: Where versions before signed-at-start kept an installed pack's bare database. Never used
#: now (nothing vouches for it), but reported and removed with the pack.
LEGACY_NAME = "content.sqlite"
#: The content key's public half, in the app's resources folder.
PUBLIC_KEY_NAME = "content-pack-key.pem"


def database_metadata(path: Path) -> dict[str, str]:
    """The metadata table of a content database (empty if it cannot be read or its shape
    is not a content database's: a view in its place is never run)."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            check_structure(conn)
            return dict(conn.execute("SELECT key, value FROM metadata").fetchall())
        finally:
            conn.close()
    except (sqlite3.Error, StructureError):
        return {}


def release_of(path: Path) -> int:
    """The release number of a content database for this app's schema; -1 if unusable."""
    metadata = database_metadata(path)
    if metadata.get("schema_version") != str(SCHEMA_VERSION):
        return -1
    try:
        return int(metadata.get("release", "0")[:20])
    except ValueError:
        return -1


def installed_pack_path(data_dir: Path) -> Path:
    """Where the installed content pack lives in the user data folder."""
    return data_dir / INSTALLED_FOLDER / INSTALLED_PACK_NAME


def legacy_installed_path(data_dir: Path) -> Path:
    """Where an older version of the app left an installed pack's unsigned database."""
    return data_dir / INSTALLED_FOLDER / LEGACY_NAME
