"""Atomic writes replace only ordinary files: never a link, a device or a folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from send_routes.fileio.atomic import WriteError, write_atomically


def test_an_ordinary_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "plan.txt"
    target.write_text("old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["plan.txt"]


def test_a_symbolic_link_is_refused_and_neither_it_nor_its_target_changes(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("kept")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with pytest.raises(WriteError, match="is a link"):
        write_atomically(link, b"new")
    assert link.is_symlink() and real.read_text() == "kept"


def test_a_dangling_link_is_refused_too(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(WriteError, match="is a link"):
        write_atomically(link, b"new")
    assert not (tmp_path / "nowhere.txt").exists()


def test_a_device_node_is_refused_and_kept(tmp_path: Path) -> None:
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except OSError:
        device = Path("/dev/null")  # not root: the real one (the app would replace it)
    with pytest.raises(WriteError, match="not an ordinary file"):
        write_atomically(device, b"new")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="not an ordinary file"):
        write_atomically(tmp_path, b"new")
