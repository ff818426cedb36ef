"""Find the content database, building it first when running from a source checkout.

The bundled database is used unless a newer pack signed by SEND Routes is installed
(``content_store.trusted_content``). ``SEND_ROUTES_CONTENT_DB`` names a database to use
instead only in developer mode (``SEND_ROUTES_DEVELOPER=1`` in a source checkout); anywhere
else the file it names is one more pack whose signature must hold, because on a shared
Windows account any visitor can set a user environment variable.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from send_routes import paths
from send_routes.content_store.content_db import ContentError, ContentFile, open_read_only
from send_routes.content_store.content_release import (
    PUBLIC_KEY_NAME,
    installed_pack_path,
    legacy_installed_path,
)
from send_routes.content_store.trusted_content import DAMAGED, ContentChoice, choose_content

if TYPE_CHECKING:
    from send_routes.content_store.content import ContentStore

DEVELOPER_VARIABLE = "SEND_ROUTES_DEVELOPER"
OVERRIDE_VARIABLE = "SEND_ROUTES_CONTENT_DB"


def developer_mode() -> bool:
    """True when ``SEND_ROUTES_DEVELOPER=1`` and the app runs from a source checkout (never
    installed or frozen: there a visitor could set the variable)."""
    return os.environ.get(DEVELOPER_VARIABLE) == "1" and paths.source_root() is not None


def public_key_file() -> Path:
    """The content key's public half, shipped with the app."""
    return paths.resources_dir() / PUBLIC_KEY_NAME


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


def base_database() -> Path:
    """The database used when no signed pack is newer: the bundled one (refreshed first in
    a source checkout), or in developer mode the one ``SEND_ROUTES_CONTENT_DB`` names."""
    override = paths.content_db_override()
    if override is not None and developer_mode():
        return override
    bundled = paths.bundled_content_db()
    refresh_if_stale(bundled)
    return bundled


def content_choice() -> ContentChoice:
    """The content the app uses, with a line to show when an installed update was ignored."""
    override = paths.content_db_override()
    if override is not None and developer_mode():
        return ContentChoice(
            ContentFile(override, advice=f"Check the file {OVERRIDE_VARIABLE} names.")
        )
    data_dir = paths.user_data_dir()
    candidates = [installed_pack_path(data_dir), legacy_installed_path(data_dir)]
    if override is not None:
        candidates.insert(0, override)
    return choose_content(base_database(), candidates, public_key_file())


def open_chosen(check_contacts_later: bool = False) -> tuple[sqlite3.Connection, ContentChoice]:
    """Open the chosen content, checked. A signed pack whose database fails the checks
    (possible only if a bad database was ever signed) gives way to the bundled content with
    a notice, never an error: ContentError only when the bundled database cannot be used."""
    choice = content_choice()
    try:
        # A pack in memory is checked whole now (a few ms), so nothing found later can
        # stop the app; only the bundled file's contacts wait for the first paint.
        later = check_contacts_later and choice.source.data is None
        return open_read_only(choice.source, later), choice
    except ContentError:
        if choice.source.data is None:
            raise
    fallback = ContentChoice(ContentFile(base_database()), DAMAGED)
    return open_read_only(fallback.source, check_contacts_later), fallback


def open_content() -> ContentStore:
    """Open the app's content (raises ContentError if even the bundled one cannot be used)."""
    from send_routes.content_store.content import ContentStore

    conn, choice = open_chosen()
    return ContentStore(conn, choice.source.path, choice.notice)
