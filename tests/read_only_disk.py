"""A folder that behaves as one on a read-only disk, for tests run by any user.

Permission bits cannot make a folder read-only for root (the tests run as root in the CI
container), so every call that would change something inside the folder fails as the
kernel fails it on a read-only mount: ``OSError(errno.EROFS, "Read-only file system")``.
Reading is untouched. A real read-only mount gives the same error (checked by hand with
``unshare -m`` and ``mount -t tmpfs -o ro``; see the report of issue 18).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


def make_read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """From now on, nothing in ``folder`` (nor the folder itself) can be created, written,
    renamed or removed."""
    root = folder.absolute()

    def inside(path: Any) -> bool:
        if isinstance(path, int):  # a file descriptor: not a path
            return False
        candidate = Path(os.fsdecode(path)).absolute()
        return candidate == root or root in candidate.parents

    def refuse(path: Any) -> OSError:
        return OSError(errno.EROFS, os.strerror(errno.EROFS), os.fsdecode(path))

    def guarded(original: Callable[..., Any], paths: int = 1) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if kwargs.get("dir_fd") is None:
                for path in args[:paths]:
                    if inside(path):
                        raise refuse(path)
            return original(*args, **kwargs)

        return call

    original_open = os.open

    def open_(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & _WRITE_FLAGS and kwargs.get("dir_fd") is None and inside(path):
            raise refuse(path)
        return original_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "mkdir", guarded(os.mkdir))
    monkeypatch.setattr(os, "unlink", guarded(os.unlink))
    monkeypatch.setattr(os, "remove", guarded(os.remove))
    monkeypatch.setattr(os, "rmdir", guarded(os.rmdir))
    monkeypatch.setattr(os, "replace", guarded(os.replace, paths=2))
    monkeypatch.setattr(os, "rename", guarded(os.rename, paths=2))
