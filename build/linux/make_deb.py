"""Package the frozen app (dist/send-routes/) as dist/send-routes_<version>_<arch>.deb.

Installs the bundle under /opt/send-routes, a /usr/bin/send-routes symlink, a desktop entry
and the icon; postinst/postrm refresh the desktop database when the tool exists (the icon
cache is refreshed by hicolor-icon-theme's own dpkg trigger).
Run ``make dist`` first (``make deb`` does). Uses dpkg-deb; nothing is installed here.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

BUILD = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(BUILD))
import freeze  # noqa: E402
import render_icon  # noqa: E402

REPO = freeze.REPO
PACKAGE = "send-routes"
INSTALL_DIR = "/opt/send-routes"

#: Libraries the bundle takes from the system (measured: ldd on every ELF in the bundle,
#: then ``dpkg -S``); their own dependencies come with them. PyInstaller bundles the rest,
#: including the xcb helper libraries (libxcb-icccm4, -keysyms1, -cursor0, libxkbcommon-x11).
#: glibc 2.36 because the bundle is built on Debian 12.
DEPENDS = ("libc6 (>= 2.36)", "libxcb1", "libgl1", "libegl1", "libcups2")
RECOMMENDS = ("fontconfig-config", "fonts-dejavu-core")

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Version=1.5
Name=SEND Routes
GenericName=SEND disagreement guide
Comment=Find the routes you can take when you disagree with a SEND decision in England
Exec=send-routes
Icon=send-routes
Terminal=false
Categories=Education;Office;
Keywords=SEND;EHCP;special educational needs;tribunal;appeal;mediation;SENDIASS;
StartupNotify=true
"""

CACHE_SCRIPT = """\
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
exit 0
"""


def architecture() -> str:
    try:
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "amd64"


def control(version: str, arch: str, installed_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        "Maintainer: SEND Routes <send-routes@users.noreply.github.com>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Description: offline guide to SEND disagreement routes in England\n"
        " SEND Routes asks a few plain questions and shows the routes a family can take\n"
        " when they disagree with a decision about special educational needs support:\n"
        " talking to the school, SENDIASS, mediation, complaints, the Ombudsman and the\n"
        " First-tier Tribunal, with the deadlines as real dates and the right contacts.\n"
        " It never uses the network. This is information, not legal advice.\n"
    )


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def _normalise_modes(root: Path) -> None:
    """Folders 0755, executables 0755, other files 0644 (dpkg-deb records them as is)."""
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir() or os.access(path, os.X_OK):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def stage(bundle: Path, root: Path, version: str, arch: str) -> Path:
    """Lay out the package tree in ``root``."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / INSTALL_DIR.lstrip("/"), symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(f"{INSTALL_DIR}/{PACKAGE}")
    _write(root / "usr/share/applications/send-routes.desktop", DESKTOP_ENTRY)
    icons = root / "usr/share/icons/hicolor"
    render_icon.render(render_icon.SVG, icons / "256x256/apps/send-routes.png", (256,))
    (icons / "scalable/apps").mkdir(parents=True)
    shutil.copy2(render_icon.SVG, icons / "scalable/apps/send-routes.svg")
    _normalise_modes(root)
    size = sum(p.lstat().st_size for p in root.rglob("*")) // 1024 + 1
    _write(root / "DEBIAN/control", control(version, arch, size))
    _write(root / "DEBIAN/postinst", CACHE_SCRIPT, 0o755)
    _write(root / "DEBIAN/postrm", CACHE_SCRIPT, 0o755)
    return root


def build_deb(root: Path, out: Path, compression: str) -> Path:
    level = {"xz": ["-z6"], "zstd": ["-z9"], "gzip": ["-z9"]}[compression]
    command = ["dpkg-deb", "--root-owner-group", f"-Z{compression}", *level, "--build"]
    subprocess.run([*command, str(root), str(out)], check=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=freeze.DIST / freeze.APP_NAME)
    parser.add_argument("--compression", choices=("xz", "zstd", "gzip"), default="xz")
    args = parser.parse_args()
    if not (args.bundle / freeze.APP_NAME).is_file():
        raise SystemExit(f"make_deb: no frozen app in {args.bundle}; run `make dist` first")
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("make_deb: dpkg-deb is needed (Debian or Ubuntu)")
    started = time.perf_counter()
    version, arch = freeze.version(), architecture()
    name = f"{PACKAGE}_{version}_{arch}"
    root = stage(args.bundle, freeze.WORK / "deb" / name, version, arch)
    out = build_deb(root, freeze.DIST / f"{name}.deb", args.compression)
    seconds = time.perf_counter() - started
    print(
        f"make_deb: {out} ({out.stat().st_size / 2**20:.1f} MiB, {args.compression}) "
        f"in {seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
