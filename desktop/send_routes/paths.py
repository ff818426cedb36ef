"""The one place that knows where things are: source tree, frozen bundle, or portable folder.

Environment variables redirect each location, which the tests and the frozen self-test use:
``SEND_ROUTES_CONTENT_DB`` for the content database and ``SEND_ROUTES_DATA_DIR`` for
user files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "SEND Routes"
CONTENT_DB_NAME = "content.sqlite"


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder that holds the app's read-only files (resources, content database)."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent


def source_root() -> Path | None:
    """The repository checkout this code runs from, or None when installed or frozen."""
    if is_frozen():
        return None
    root = Path(__file__).resolve().parents[2]
    return root if (root / "db" / "content").is_dir() else None


def content_dir() -> Path:
    """``db/content/`` in the checkout (building the database needs a checkout)."""
    root = source_root()
    if root is None:
        raise FileNotFoundError("the content sources are only in a source checkout")
    return root / "db" / "content"


def schema_file() -> Path:
    root = source_root()
    return (root / "db" / "schema.sql") if root else bundle_root() / "schema.sql"


def content_db_override() -> Path | None:
    """The content database named by ``SEND_ROUTES_CONTENT_DB``, if set."""
    value = os.environ.get("SEND_ROUTES_CONTENT_DB")
    return Path(value) if value else None


def content_db() -> Path:
    """Where the app reads its content database from."""
    override = content_db_override()
    if override is not None:
        return override
    return bundle_root() / "data" / CONTENT_DB_NAME


def resources_dir() -> Path:
    """Icons, themes, fonts and templates."""
    root = source_root()
    return (root / "resources") if root else bundle_root() / "resources"
