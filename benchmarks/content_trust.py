"""What checking the content's signature at start costs: choosing and opening the content
with no pack installed, and with a signed pack installed, against opening the bundled
database bare (the same modules loaded, no choice made), each in a fresh process,
alternately in the same run.

    python benchmarks/content_trust.py [--runs 15]

The signed pack is made with a key of the run's own, which the child is told is the app's;
the source checkout's rebuild check is skipped, as an installed app never makes it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import ratio  # noqa: E402

CHILD = """
import sys, time
started = time.perf_counter()
from pathlib import Path
mode, key = sys.argv[1], Path(sys.argv[2])
from send_routes.content_build import locate
if mode == "bare":
    from send_routes import paths
    from send_routes.content_store.content_db import open_read_only
    open_read_only(paths.bundled_content_db(), check_contacts_later=True)
else:
    locate.public_key_file = lambda: key
    locate.refresh_if_stale = lambda path: None  # as installed: no rebuild check
    conn, choice = locate.open_chosen(check_contacts_later=True)
    assert (choice.source.data is not None) == (mode == "signed pack"), mode
print((time.perf_counter() - started) * 1000)
"""


def make_pack(folder: Path) -> Path:
    """A signed pack of the bundled content with a higher release; the public key's path."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from send_routes import paths
    from send_routes.content_build.locate import refresh_if_stale
    from send_routes.content_build.pack_build import build_pack
    from send_routes.content_store.content_release import installed_pack_path

    bundled = paths.bundled_content_db()
    refresh_if_stale(bundled)
    newer = folder / "newer.sqlite"
    shutil.copy(bundled, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE metadata SET value = '999' WHERE key = 'release'")
    conn.commit()
    conn.close()
    key = Ed25519PrivateKey.generate()
    target = installed_pack_path(folder / "with-pack")
    target.parent.mkdir(parents=True)
    build_pack(newer, key, target)
    public = folder / "key.pem"
    public.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return public


def once(mode: str, folder: Path, key: Path) -> float:
    env = {k: v for k, v in os.environ.items() if k not in ("SEND_ROUTES_DEVELOPER",)}
    env.pop("SEND_ROUTES_CONTENT_DB", None)
    data = folder / ("with-pack" if mode == "signed pack" else "empty")
    env["SEND_ROUTES_DATA_DIR"] = str(data)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(key)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    return float(result.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    modes = ("bare", "no pack", "signed pack")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        key = make_pack(folder)
        for mode in modes:
            once(mode, folder, key)  # warm the disk cache and the byte-code
        times: dict[str, list[float]] = {mode: [] for mode in modes}
        for _ in range(runs):
            for mode in modes:
                times[mode].append(once(mode, folder, key))
    bare = statistics.median(times["bare"])
    for mode in modes[1:]:
        ours = statistics.median(times[mode])
        print(
            f"choose and open the content, {mode} (median of {runs}): {ours:.1f} ms, bare "
            f"open {bare:.1f} ms, ratio {ratio(ours, bare)}"
        )


if __name__ == "__main__":
    main()
