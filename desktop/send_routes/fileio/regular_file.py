"""Read a file a person named, without ever waiting on it: ordinary files only, bounded.

``open()`` of a FIFO waits until something writes to it, so ``plan --answers fifo`` hung
for ever; a socket cannot be opened at all, and a device such as ``/dev/zero`` or a
terminal never ends. So the path is looked at first (``stat``), opened without blocking
(``O_NONBLOCK``, which a FIFO with no writer accepts at once), looked at again through the
open handle (the path may have been swapped between the two), and read only when it is an
ordinary file, at most ``limit + 1`` bytes. Every refusal is ``NotAFile`` or ``OSError``;
the caller puts it in its own words.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

if sys.platform == "win32":  # no FIFOs to wait on; O_BINARY keeps bytes as they are
    _FLAGS = os.O_RDONLY | os.O_BINARY
else:
    _FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


class NotAFile(OSError):
    """The path is a folder, pipe, socket or device: ``strerror`` says which, in words."""


def _kind(mode: int) -> str | None:
    """What a non-ordinary file is, in words; None for an ordinary file."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "not an ordinary file")


def _refuse(mode: int) -> None:
    kind = _kind(mode)
    if kind is not None:
        raise NotAFile(f"it is {kind}, not an ordinary file")


def read_regular(path: Path | str, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes of the ordinary file at ``path`` (symbolic links followed).

    The caller compares the length with ``limit`` to say the file is too big.
    """
    _refuse(os.stat(path).st_mode)
    handle = os.open(path, _FLAGS)
    try:
        _refuse(os.fstat(handle).st_mode)
        with os.fdopen(handle, "rb", closefd=True) as stream:
            handle = -1
            return stream.read(limit + 1)
    finally:
        if handle >= 0:
            os.close(handle)


def reason(error: OSError) -> str:
    """An OSError's reason in words, without ``[Errno 36]`` or the whole path again."""
    return error.strerror or str(error)
