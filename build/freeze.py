"""Freeze SEND Routes into dist/send-routes/ (onedir) with PyInstaller: ``make dist``.

Builds the content database fresh from db/content/, runs PyInstaller on
build/send_routes.spec with its work files in .pyinstaller/ (never in build/, which holds
these scripts), then checks the bundle: every library resolves (ldd, on Linux) and no
dropped Qt file slipped in.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
import freeze_config

REPO = freeze_config.REPO
SPEC = REPO / "build" / "send_routes.spec"
WORK = REPO / ".pyinstaller"
DIST = REPO / "dist"
APP_NAME = "send-routes"


def version() -> str:
    """The app's version, from its one home: ``send_routes.__version__``."""
    text = (REPO / "desktop" / "send_routes" / "__init__.py").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("no __version__ in desktop/send_routes/__init__.py")


def build_content_db(staging: Path) -> Path:
    """A fresh content database in ``staging``, built from the checkout's db/content/."""
    sys.path.insert(0, str(REPO / "desktop"))
    from send_routes import paths
    from send_routes.content_build.build import build_database

    result = build_database(paths.content_dir(), paths.schema_file(), staging / "content.sqlite")
    print(f"freeze: content database {result.content_version} ({result.path})")
    return result.path


def run_pyinstaller(spec_args: list[str], name: str, dist: Path = DIST, work: Path = WORK) -> Path:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--workpath",
        str(work / name),
        "--distpath",
        str(dist),
        str(SPEC),
        "--",
        "--name",
        name,
        *spec_args,
    ]
    subprocess.run(command, check=True, cwd=REPO)
    return dist / name


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def unresolved_libraries(bundle: Path) -> list[str]:
    """Each ``file: library`` that ldd cannot find (Linux only; empty elsewhere)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    problems = []
    for path in elf_files(bundle):
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        problems += [
            f"{path.relative_to(bundle)}: {line.split()[0]}"
            for line in out.splitlines()
            if "not found" in line
        ]
    return problems


def dropped_files_present(bundle: Path) -> list[str]:
    """Files in the bundle that freeze_config says should have been dropped."""
    return [
        str(path.relative_to(bundle))
        for path in bundle.rglob("*")
        if path.is_file() and not freeze_config.keep_file(path.relative_to(bundle).as_posix())
    ]


#: The read-aloud engines each system's users get (facts H23, H28); never Qt's mock engine.
SHIPPED_SPEECH = {"linux": {"speechd"}, "win32": {"sapi", "winrt"}}
#: Where a missing engine is a fault of the build (checked here; Windows is built under Wine).
MUST_SHIP_SPEECH = ("linux",)


def speech_engines(bundle: Path) -> set[str]:
    """The text-to-speech plugins in the bundle, by engine name (speechd, sapi, mock...)."""
    return {
        path.name.split("qtexttospeech_", 1)[1].split(".", 1)[0]
        for path in bundle.rglob("*qtexttospeech_*")
        if path.parent.name == "texttospeech"
    }


def speech_problems(bundle: Path, platform: str = sys.platform) -> list[str]:
    """Engines that should not ship (the mock one), or this system's that are missing."""
    system = "linux" if platform.startswith("linux") else platform
    shipped = SHIPPED_SPEECH.get(system, set())
    engines = speech_engines(bundle)
    problems = [f"speech engine not shipped to users: {name}" for name in sorted(engines - shipped)]
    if system in MUST_SHIP_SPEECH:
        problems += [f"speech engine missing: {name}" for name in sorted(shipped - engines)]
    return problems


def check_bundle(bundle: Path, app: bool = True) -> None:
    """Every library resolves, no dropped file, and (the app, not the bare window) only the
    speech engines users get."""
    problems = unresolved_libraries(bundle) + [
        f"dropped file present: {p}" for p in dropped_files_present(bundle)
    ]
    if app:
        problems += speech_problems(bundle)
    if problems:
        raise SystemExit("freeze: the bundle has problems:\n  " + "\n  ".join(problems))


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def freeze(
    bare_entry: Path | None = None, name: str = APP_NAME, dist: Path = DIST, work: Path = WORK
) -> Path:
    """Freeze the app (or, with ``bare_entry``, a bare script the same way) into ``dist``."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="send-routes-freeze-") as staging:
        if bare_entry is None:
            database = build_content_db(Path(staging))
            spec_args = ["--content-db", str(database)]
            if sys.platform == "win32":
                import render_icon

                icon = render_icon.render(render_icon.SVG, Path(staging) / "send-routes.ico")
                spec_args += ["--icon", str(icon)]
        else:
            spec_args = ["--bare", "--entry", str(bare_entry)]
        bundle = run_pyinstaller(spec_args, name, dist, work)
    check_bundle(bundle, app=bare_entry is None)
    seconds = time.perf_counter() - started
    print(f"freeze: {bundle} ({folder_size(bundle) / 2**20:.1f} MiB) in {seconds:.0f} s")
    return bundle


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="store_true", help="print the version and stop")
    parser.add_argument("--dist", type=Path, default=DIST, help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=WORK, help="PyInstaller's work folder")
    parser.add_argument("--bare", type=Path, metavar="SCRIPT", help="freeze a bare script instead")
    parser.add_argument("--name", default=APP_NAME, help="the bundle's name")
    args = parser.parse_args()
    if args.version:
        print(version())
        return 0
    bare = args.bare.absolute() if args.bare else None
    freeze(bare, args.name, args.dist.absolute(), args.work.absolute())
    return 0


if __name__ == "__main__":
    sys.exit(main())
