"""Build the per-user Windows installer with NSIS: dist/SEND-Routes-<version>-setup.exe.

On Windows (CI) it wraps the frozen dist/send-routes/ folder. With ``--placeholder`` it
compiles the script against a few dummy files instead, which proves send-routes.nsi compiles
on Linux too (needs Debian's ``nsis`` package for ``makensis``).

The installer is 64-bit (``--target amd64``, the default) like the app it installs, so it
runs where only 64-bit Windows code can (64-bit Wine in ``make windows-check``). Debian's
NSIS has the amd64 stub; the official Windows NSIS ships only x86 stubs, so the Windows
runner passes ``--target x86`` (a 32-bit installer, which 64-bit Windows runs as well).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUILD = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(BUILD))
import freeze  # noqa: E402

SCRIPT = BUILD / "windows" / "send-routes.nsi"
EXE_NAME = "send-routes.exe"
#: makensis's -XTarget for each --target choice.
TARGETS = {"amd64": "amd64-unicode", "x86": "x86-unicode"}


def installer_name(version: str) -> str:
    return f"SEND-Routes-{version}-setup.exe"


def find_makensis() -> str:
    found = shutil.which("makensis")
    for candidate in (r"C:\Program Files (x86)\NSIS\makensis.exe", r"C:\Program Files\NSIS"):
        if not found and os.path.isfile(candidate):
            found = candidate
    if not found:
        raise SystemExit(
            "make_installer: makensis not found (apt-get install nsis, or choco install nsis)"
        )
    return found


def placeholder_payload(folder: Path) -> Path:
    """A stand-in for the frozen app: a fake executable and a few files in _internal."""
    (folder / "_internal" / "data").mkdir(parents=True)
    (folder / EXE_NAME).write_bytes(b"MZ placeholder, not a real program\n")
    (folder / "_internal" / "data" / "content.sqlite").write_bytes(b"placeholder\n")
    (folder / "_internal" / "base_library.zip").write_bytes(b"placeholder\n")
    return folder


def build(payload: Path, out: Path, version: str, icon: Path | None, target: str = "amd64") -> Path:
    if not (payload / EXE_NAME).is_file():
        raise SystemExit(f"make_installer: no {EXE_NAME} in {payload}")
    out.parent.mkdir(parents=True, exist_ok=True)
    defines = [f"-DVERSION={version}", f"-DPAYLOAD={payload}", f"-DOUTFILE={out}"]
    if icon is not None:
        defines.append(f"-DICON={icon}")
    command = [find_makensis(), "-V2", "-WX", f"-XTarget {TARGETS[target]}", *defines]
    subprocess.run([*command, str(SCRIPT)], check=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--payload", type=Path, default=freeze.DIST / freeze.APP_NAME)
    parser.add_argument("--placeholder", action="store_true", help="compile with dummy files")
    parser.add_argument("--target", choices=sorted(TARGETS), default="amd64")
    args = parser.parse_args()
    version = freeze.version()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="send-routes-nsis-") as scratch:
        import render_icon

        icon = render_icon.render(render_icon.SVG, Path(scratch) / "send-routes.ico")
        if args.placeholder:
            payload = placeholder_payload(Path(scratch) / "payload")
            out = freeze.WORK / "nsis-check" / installer_name(version)
        else:
            payload, out = args.payload.absolute(), freeze.DIST / installer_name(version)
        build(payload, out, version, icon, args.target)
    print(
        f"make_installer: {out} ({out.stat().st_size / 2**20:.1f} MiB) "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
