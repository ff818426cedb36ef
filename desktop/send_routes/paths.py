"""The one place that knows where things are: source tree, frozen bundle, or portable folder.

Environment variables redirect each location, which the tests and the frozen self-test use:
``SEND_ROUTES_CONTENT_DB`` for the content database (trusted as it is only in developer
mode: see ``content_build.locate``) and ``SEND_ROUTES_DATA_DIR`` for user files.

User files (saved cases, own contacts, preferences) go in ``user_data_dir()``, chosen in
this order: ``SEND_ROUTES_DATA_DIR``; the ``--data-dir`` option (``set_data_dir_override``);
portable mode, when a file named ``send-routes-portable`` sits beside the executable (frozen)
or at the repository root (from source), which uses the ``data`` folder beside that marker;
otherwise the platform's user data folder. Asking for a path never creates anything: folders
are made only when something is saved, so a shared computer keeps no trace until then.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "SEND Routes"
CONTENT_DB_NAME = "content.sqlite"
USER_DB_NAME = "cases.sqlite"
PREFERENCES_NAME = "preferences.json"
DATA_DIR_VARIABLE = "SEND_ROUTES_DATA_DIR"
#: A file with this name beside the executable (or at the checkout's root) means portable.
PORTABLE_MARKER = "send-routes-portable"

#: The longest name one folder may have on the disks SEND Routes runs on (ext4, NTFS, FAT).
NAME_LIMIT = 255
#: The longest whole path Linux accepts (Windows allows less without long paths).
PATH_LIMIT = 4096

_data_dir_override: Path | None = None


class DataDirError(ValueError):
    """The data folder given cannot be a folder on this computer; the message says why."""


def _shown(value: str) -> str:
    return value if len(value) <= 80 else f"{value[:50]}…{value[-20:]}"


def checked_folder(value: str | Path) -> Path:
    """``value`` as an absolute folder path (``~`` expanded), or DataDirError saying why
    no folder can have it: an unknown ``~user``, a NUL, a name or path too long for a disk.

    Checked before anything looks at the disk, so a bad ``--data-dir`` or
    ``SEND_ROUTES_DATA_DIR`` is one clear sentence rather than a traceback.
    """
    text = str(value)
    if "\0" in text:
        raise DataDirError("the data folder's name has a NUL character, which no folder can have")
    try:
        path = Path(text).expanduser().absolute()
    except RuntimeError as error:  # "~nosuchuser/x": no such user, or no home folder
        first = text.split("/", 1)[0].split("\\", 1)[0]
        raise DataDirError(
            f"the data folder {_shown(text)} starts with {_shown(first)}, but this computer has "
            "no such user's home folder; give the folder's full path"
        ) from error
    longest = max((len(os.fsencode(part)) for part in path.parts), default=0)
    if longest > NAME_LIMIT:
        raise DataDirError(
            f"the data folder {_shown(text)} has a name longer than {NAME_LIMIT} characters, "
            "which no disk allows; choose a shorter one"
        )
    if len(os.fsencode(str(path))) > PATH_LIMIT:
        raise DataDirError(
            f"the data folder {_shown(text)} is longer than {PATH_LIMIT} characters; "
            "choose a shorter path"
        )
    return path


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


def bundled_content_db() -> Path:
    """The content database shipped with the app (the one reinstalling restores)."""
    return bundle_root() / "data" / CONTENT_DB_NAME


def content_db() -> Path:
    """The content database ``SEND_ROUTES_CONTENT_DB`` names, else the bundled one. Which
    one the app trusts is decided in ``content_build.locate``."""
    override = content_db_override()
    if override is not None:
        return override
    return bundled_content_db()


def resources_dir() -> Path:
    """Icons, themes, fonts and templates."""
    root = source_root()
    return (root / "resources") if root else bundle_root() / "resources"


def set_data_dir_override(path: Path | None) -> None:
    """Use ``path`` for user files (the ``--data-dir`` option); None removes the override."""
    global _data_dir_override
    _data_dir_override = None if path is None else checked_folder(path)


def install_folders() -> list[Path]:
    """Where an administrator's ``send-routes.ini`` may be: the install folder(s).

    Frozen: the executable's folder and the bundle; from source: the checkout's root.
    """
    if is_frozen():
        found = [Path(sys.executable).resolve().parent, bundle_root()]
    else:
        found = [source_root() or bundle_root()]
    return list(dict.fromkeys(found))


def portable_root() -> Path | None:
    """The folder holding the portable-mode marker file, or None when not portable."""
    if is_frozen():
        folder: Path | None = Path(sys.executable).resolve().parent
    else:
        folder = source_root()
    if folder is not None and (folder / PORTABLE_MARKER).is_file():
        return folder
    return None


def check_data_dir_variable() -> None:
    """DataDirError now if ``SEND_ROUTES_DATA_DIR`` names no possible folder (checked at
    start, so that the first save is not where it is found)."""
    if os.environ.get(DATA_DIR_VARIABLE):
        user_data_dir()


def user_data_dir() -> Path:
    """Where saved cases, own contacts and preferences live; never created here.

    DataDirError when ``SEND_ROUTES_DATA_DIR`` names no possible folder.
    """
    value = os.environ.get(DATA_DIR_VARIABLE)
    if value:
        try:
            return checked_folder(value)
        except DataDirError as error:
            raise DataDirError(f"{DATA_DIR_VARIABLE}: {error}") from None
    if _data_dir_override is not None:
        return _data_dir_override
    portable = portable_root()
    if portable is not None:
        return portable / "data"
    import platformdirs  # only when user files are wanted, not at start-up

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_db_file() -> Path:
    """The user database: saved cases and own contacts (created only on the first save)."""
    return user_data_dir() / USER_DB_NAME


def preferences_file() -> Path:
    """Non-identifying preferences such as text size and theme (created only when saved)."""
    return user_data_dir() / PREFERENCES_NAME
