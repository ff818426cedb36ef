"""The portable archives carry a read-me beside the executable: what the copy keeps beside
itself, and how to remove it."""

from __future__ import annotations

import tarfile
import zipfile
from pathlib import Path

import make_portable
from send_routes import paths


def _bundle(tmp_path: Path, exe: str) -> Path:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / exe).write_text("x")
    return bundle


def test_the_windows_zip_has_a_read_me_beside_send_routes_exe(tmp_path: Path) -> None:
    out = make_portable.make_zip(_bundle(tmp_path, "send-routes.exe"), tmp_path / "p.zip", "S-9")
    with zipfile.ZipFile(out) as archive:
        assert {"S-9/send-routes.exe", f"S-9/{make_portable.READ_ME}"} <= set(archive.namelist())
        text = archive.read(f"S-9/{make_portable.READ_ME}").decode("utf-8")
    assert "\r\n" in text  # Notepad shows the lines apart
    assert paths.USER_DB_NAME in text and '"data"' in text
    assert "How to remove it" in text and "delete this whole folder" in text
    assert paths.PORTABLE_MARKER in text


def test_the_linux_archive_has_it_too(tmp_path: Path) -> None:
    out = make_portable.make_tar(_bundle(tmp_path, "send-routes"), tmp_path / "p.tgz", "s-9")
    with tarfile.open(out) as tar:
        member = tar.extractfile(f"s-9/{make_portable.READ_ME}")
        assert member is not None
        assert "How to remove it" in member.read().decode("utf-8")
