"""Write files so that a failure never leaves a half-written file behind."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


class WriteError(Exception):
    """A file could not be written; the message says where and why in plain words."""


def refuse_non_regular(path: Path) -> None:
    """WriteError unless ``path`` is missing or a regular file (not a link, device, folder).

    Renaming over a symbolic link replaces the link and over a device node replaces the
    node, so neither is ever the target.
    """
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise WriteError(f"Cannot save to {path}: {error.strerror or error}.") from error
    if stat.S_ISLNK(mode):
        raise WriteError(f"Cannot save to {path}: it is a link; give the real file's path.")
    if not stat.S_ISREG(mode):
        raise WriteError(f"Cannot save to {path}: it is not an ordinary file.")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError(f"Cannot save to {path}: the folder {folder} does not exist.")
    refuse_non_regular(path)
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        reason = error.strerror or str(error)
        raise WriteError(f"Cannot save to {path}: {reason}.") from error
    finally:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
