"""The .deb, installer, portable and CI files: contents checked without building anything."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

import make_deb
import make_installer
import pytest
import yaml

import freeze
import make_portable
from send_routes import __version__, paths

REPO = freeze.REPO


def test_the_desktop_entry_opens_the_app_with_its_icon(tmp_path: Path) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read_string(make_deb.DESKTOP_ENTRY)
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "send-routes"
    assert section["Icon"] == "send-routes"
    assert section["Terminal"] == "false"
    assert section["Categories"].endswith(";")
    if shutil.which("desktop-file-validate"):
        path = tmp_path / "send-routes.desktop"
        path.write_text(make_deb.DESKTOP_ENTRY, encoding="utf-8")
        subprocess.run(["desktop-file-validate", str(path)], check=True)


def test_control_names_version_and_system_libraries() -> None:
    text = make_deb.control(__version__, "amd64", 1234)
    fields = dict(line.split(": ", 1) for line in text.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "send-routes"
    assert fields["Version"] == __version__
    assert fields["Installed-Size"] == "1234"
    for package in ("libc6 (>= 2.36)", "libxcb1", "libegl1", "libcups2"):
        assert package in fields["Depends"]


def test_maintainer_scripts_only_refresh_caches_that_exist() -> None:
    script = make_deb.CACHE_SCRIPT
    assert script.startswith("#!/bin/sh\n")
    assert "command -v update-desktop-database" in script
    assert script.rstrip().endswith("exit 0")


def test_nsis_installs_per_user_without_admin_rights() -> None:
    script = make_installer.SCRIPT.read_text(encoding="utf-8")
    assert re.search(r"^Unicode true$", script, re.M)
    assert re.search(r"^RequestExecutionLevel user$", script, re.M)
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in script
    assert "HKLM" not in script
    assert "WriteUninstaller" in script and "HKCU" in script
    assert "$SMPROGRAMS\\${APP_NAME}.lnk" in script
    assert 'RMDir /r "$INSTDIR"\n' not in script  # never wipe a folder the user chose


@pytest.mark.skipif(shutil.which("makensis") is None, reason="needs makensis (apt nsis)")
def test_nsis_script_compiles_against_placeholders(tmp_path: Path) -> None:
    payload = make_installer.placeholder_payload(tmp_path / "payload")
    out = tmp_path / make_installer.installer_name(__version__)
    make_installer.build(payload, out, __version__, None)
    data = out.read_bytes()
    assert data[:2] == b"MZ"
    header = int.from_bytes(data[0x3C:0x40], "little")  # the PE header: a 64-bit installer
    assert data[header : header + 4] == b"PE\0\0"
    assert int.from_bytes(data[header + 4 : header + 6], "little") == 0x8664  # x86-64


def test_portable_marker_matches_the_app() -> None:
    assert make_portable.PORTABLE_MARKER == paths.PORTABLE_MARKER


def test_portable_tar_has_the_marker_beside_the_executable(tmp_path: Path) -> None:
    bundle = tmp_path / "send-routes"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "send-routes").write_text("#!/bin/sh\n")
    out = make_portable.make_tar(bundle, tmp_path / "out.tar.gz", "send-routes-9")
    with tarfile.open(out) as tar:
        names = set(tar.getnames())
        assert {"send-routes-9/send-routes", "send-routes-9/send-routes-portable"} <= names
        assert {member.uname for member in tar.getmembers()} == {"root"}


def test_windows_workflow_freezes_self_tests_and_builds_the_installer() -> None:
    workflow = yaml.safe_load((REPO / ".github/workflows/windows.yml").read_text("utf-8"))
    job = workflow["jobs"]["package"]
    assert job["runs-on"] == "windows-latest"
    steps = job["steps"]
    text = yaml.safe_dump(steps)
    assert "python-version: '3.11'" in text
    assert 'pip install -c constraints.txt -e ".[build]"' in text
    assert "build/freeze.py" in text and "--self-test" in text and "make_installer.py" in text
    self_test = next(step for step in steps if "--self-test" in step.get("run", ""))
    assert self_test["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_ci_script_is_valid_bash() -> None:
    script = REPO / "build" / "ci_package.sh"
    assert script.read_text("utf-8").splitlines()[1:3]
    assert "set -euo pipefail" in script.read_text("utf-8")
    subprocess.run(["bash", "-n", str(script)], check=True)


def test_pyinstaller_never_works_inside_build() -> None:
    assert freeze.WORK.name == ".pyinstaller" and freeze.DIST.name == "dist"
    ignored = (REPO / ".gitignore").read_text("utf-8").splitlines()
    assert ".pyinstaller/" in ignored and "dist/" in ignored
    assert not any(line.strip("/") == "build" for line in ignored)


@pytest.mark.parametrize("name", ["build.sh", "check.sh", "wine.sh"])
def test_windows_scripts_are_valid_bash(name: str) -> None:
    subprocess.run(["bash", "-n", str(REPO / "build" / "windows" / name)], check=True)


def test_ci_builds_and_checks_windows_after_the_linux_packages() -> None:
    steps = [line for line in (REPO / ".ci" / "run").read_text("utf-8").splitlines()]
    assert steps.index("make windows-check") > steps.index("make package-check")


def test_windows_downloads_are_cached_outside_the_repository(tmp_path: Path) -> None:
    script = f"source {REPO / 'build' / 'windows' / 'wine.sh'}; echo $CACHE"
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    cache = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True)
    assert Path(cache.stdout.strip()) == tmp_path / ".cache" / "send-routes-windows"
