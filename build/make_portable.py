"""Package the frozen app as a portable archive that keeps its data beside itself.

Linux: dist/send-routes-<version>-linux-x86_64.tar.gz; Windows: dist/SEND-Routes-<version>-
portable-win64.zip. Both hold one folder with the app and the marker file
``send-routes-portable`` next to the executable, which makes the app keep saved cases and
preferences in the ``data`` folder beside it (see send_routes.paths) instead of the user's
profile. Run ``make dist`` first (``make portable`` does).
"""

from __future__ import annotations

import argparse
import io
import sys
import tarfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import freeze

#: Must match send_routes.paths.PORTABLE_MARKER (a test checks they agree).
PORTABLE_MARKER = "send-routes-portable"
MARKER_TEXT = (
    "This file makes SEND Routes portable: it keeps your saved cases and settings in the\n"
    "'data' folder next to it, not in your user profile. Delete this file to stop that.\n"
    "Anyone with this folder can open what you save in it (saved cases can have a passphrase).\n"
)

#: Beside the executable, so a person who unzips the folder finds it first.
READ_ME = "READ ME FIRST.txt"
READ_ME_TEXT = """\
SEND Routes, portable copy

You can run SEND Routes from this folder, on a USB stick or a shared computer, without
installing it. Open send-routes.exe.

What this copy keeps beside itself
- Nothing, unless you save something. The questions you answer and the plan it makes are
  kept only while it is open. "Finish and clear" (or leaving it unused for a while) forgets
  them, with the text size and colours you chose.
- If you save a case or your own contacts, they go in the folder called "data" next to
  send-routes.exe (a file called cases.sqlite). A saved case can have a passphrase.
  Content updates you install go there too.
- A plan or letter you save as a file goes where you choose, not in this folder.
- It keeps nothing of yours in this computer's registry or in your user folders.

Anyone who has this folder can open what is saved in "data", so keep the stick safe.

How to remove it
- To remove what you saved: delete the "data" folder.
- To remove everything: close SEND Routes, then delete this whole folder.
- The file called send-routes-portable makes this copy keep its files in "data". If you
  delete it, SEND Routes keeps them in your user profile instead, like an installed copy.
"""


def archive_name(version: str, windows: bool) -> str:
    if windows:
        return f"SEND-Routes-{version}-portable-win64.zip"
    return f"send-routes-{version}-linux-x86_64.tar.gz"


def _reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def make_tar(bundle: Path, out: Path, top: str) -> Path:
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=_reset)
        marker = tarfile.TarInfo(f"{top}/{PORTABLE_MARKER}")
        data = MARKER_TEXT.encode("utf-8")
        marker.size, marker.mode, marker.mtime = len(data), 0o644, int(time.time())
        tar.addfile(_reset(marker), io.BytesIO(data))
        read_me = tarfile.TarInfo(f"{top}/{READ_ME}")
        text = READ_ME_TEXT.encode("utf-8")
        read_me.size, read_me.mode, read_me.mtime = len(text), 0o644, int(time.time())
        tar.addfile(_reset(read_me), io.BytesIO(text))
    return out


def make_zip(bundle: Path, out: Path, top: str) -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                archive.write(path, f"{top}/{path.relative_to(bundle).as_posix()}")
        archive.writestr(f"{top}/{PORTABLE_MARKER}", MARKER_TEXT)
        # Windows line ends, so Notepad on an older Windows shows the lines apart.
        archive.writestr(f"{top}/{READ_ME}", READ_ME_TEXT.replace("\n", "\r\n"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=freeze.DIST / freeze.APP_NAME)
    parser.add_argument("--zip", action="store_true", help="a .zip (the default on Windows)")
    args = parser.parse_args()
    windows = args.zip or sys.platform == "win32"
    if not args.bundle.is_dir():
        raise SystemExit(f"make_portable: no frozen app in {args.bundle}; run `make dist` first")
    version = freeze.version()
    out = freeze.DIST / archive_name(version, windows)
    top = f"SEND-Routes-{version}" if windows else f"send-routes-{version}"
    started = time.perf_counter()
    (make_zip if windows else make_tar)(args.bundle, out, top)
    print(
        f"make_portable: {out} ({out.stat().st_size / 2**20:.1f} MiB) "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
