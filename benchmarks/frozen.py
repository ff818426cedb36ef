"""The frozen app against a frozen bare PySide6 window (the floor), built the same way.

Freezes both (onedir, the same spec and exclusions), then launches the bare window and the
app in turn, N times each, and reports for each: launch to first paint of the window
(median), bundle size, and peak memory (max RSS of the child, from wait4), with the ratios
to the floor. Uses Xvfb (the real xcb platform) when there is no display and Xvfb is
installed, otherwise the offscreen platform. Takes about a minute.

``--wine`` measures the Windows bundles under Wine instead: dist/windows/send-routes and
dist/windows/bare-window, both made by ``make windows``, launched with
the build's Wine prefix (memory then includes Wine's own share of the process).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "build"))
import freeze  # noqa: E402

AIMS = {"start_ms": 1.25, "size_mib": 1.25, "peak_mib": 1.2}
WINDOWS_DIST = freeze.DIST / "windows"


def wine_environment(env: dict[str, str]) -> dict[str, str]:
    """What build/windows/wine.sh sets up for Wine: its prefix and the stand-in DLLs."""
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    cache = Path(os.environ.get("SEND_ROUTES_WINDOWS_CACHE", cache / "send-routes-windows"))
    prefixes = Path(os.environ.get("SEND_ROUTES_WINE_PREFIXES", cache))
    env.update(
        WINEPREFIX=str(prefixes / "prefix-build"), WINEDEBUG="-all", WINEDLLOVERRIDES="mscms=n"
    )
    return env


@contextmanager
def display() -> Iterator[dict[str, str]]:
    """Environment for the runs: an Xvfb display if possible, else offscreen."""
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    if env.get("DISPLAY") or shutil.which("Xvfb") is None:
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        yield env
        return
    number = 90 + os.getpid() % 100
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        for _ in range(100):
            if socket.exists():
                break
            time.sleep(0.05)
        env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
        yield env
    finally:
        server.terminate()
        server.wait()


def launch(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """One launch: milliseconds to the first paint, and peak memory in MiB."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,  # Wine: standard handles must be pipes or /dev/null
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    shown_ms = (time.perf_counter() - started) * 1000
    # Wait for the process, not for the end of its output: under Wine, services it starts
    # inherit the pipe and outlive it.
    _, status, usage = os.wait4(child.pid, 0)
    child.stdout.close()
    child.returncode = os.waitstatus_to_exitcode(status)
    if line.strip() != "shown" or child.returncode != 0:
        raise SystemExit(f"{command[-1]}: no first paint (exit {child.returncode}, {line!r})")
    return shown_ms, usage.ru_maxrss / 1024


def measure(
    bare: list[str], app: list[str], runs: int, env: dict[str, str]
) -> tuple[dict[str, float], dict[str, float]]:
    """Launch the bare window and the app in turn, so a change in machine load hits both."""
    launch(bare, env)  # warm the file cache, as a second launch would be
    launch(app, env)
    results: dict[str, list[tuple[float, float]]] = {"bare": [], "app": []}
    for _ in range(runs):
        results["bare"].append(launch(bare, env))
        results["app"].append(launch(app, env))
    return _figures(results["bare"], bare[-1]), _figures(results["app"], app[-1])


def _figures(results: list[tuple[float, float]], executable: str) -> dict[str, float]:
    return {
        "start_ms": statistics.median(r[0] for r in results),
        "peak_mib": statistics.median(r[1] for r in results),
        "size_mib": freeze.folder_size(Path(executable).parent) / 2**20,
    }


def freeze_both() -> None:
    """Freeze the app and the bare window, each in a process of its own.

    Not in this process: a child's peak memory (ru_maxrss) starts from this process's own
    peak, which Linux carries over into the child when it starts the frozen program (the
    high-water mark of the memory it replaced). Building the content database here took this
    process past the bare window's own peak, so the floor read 66 MiB instead of 60.
    """
    script = str(HERE.parent / "build" / "freeze.py")
    subprocess.run([sys.executable, script], check=True)
    bare = ["--bare", str(HERE / "bare_window.py"), "--name", "bare-window"]
    subprocess.run([sys.executable, script, *bare], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--no-freeze", action="store_true", help="reuse dist/ from last time")
    parser.add_argument("--wine", action="store_true", help="the Windows bundles, under Wine")
    args = parser.parse_args()
    app = [str(freeze.DIST / freeze.APP_NAME / freeze.APP_NAME)]
    bare = [str(freeze.DIST / "bare-window" / "bare-window")]
    if args.wine:
        app = ["wine", str(WINDOWS_DIST / freeze.APP_NAME / f"{freeze.APP_NAME}.exe")]
        bare = ["wine", str(WINDOWS_DIST / "bare-window" / "bare-window.exe")]
    elif not args.no_freeze:
        freeze_both()
    with display() as env, tempfile.TemporaryDirectory() as home:
        env.update(HOME=home, SEND_ROUTES_EXIT_AFTER_SHOWN="1")
        if args.wine:
            env = wine_environment(env)
        env.pop("SEND_ROUTES_CONTENT_DB", None)
        platform = "windows (Wine)" if args.wine else env.get("QT_QPA_PLATFORM", "xcb")
        floor, ours = measure(bare, app, args.runs, env)
    print(f"frozen onedir, platform {platform}, median of {args.runs} launches each, in turn")
    print(f"{'':22}{'bare window':>14}{'SEND Routes':>14}{'ratio':>9}{'aim':>7}")
    labels = {
        "start_ms": "launch to first paint",
        "size_mib": "bundle size (MiB)",
        "peak_mib": "peak memory (MiB)",
    }
    for key, label in labels.items():
        ratio = ours[key] / floor[key]
        verdict = "ok" if ratio <= AIMS[key] else "MISSED"
        print(
            f"{label:22}{floor[key]:>14.1f}{ours[key]:>14.1f}{ratio:>8.2f}x"
            f"{AIMS[key]:>6.2f}x {verdict}"
        )
    results = HERE / ".results"
    results.mkdir(exist_ok=True)
    record = {"platform": platform, "runs": args.runs, "floor": floor, "app": ours}
    name = "frozen-wine.json" if args.wine else "frozen.json"
    (results / name).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
