"""The version lives in one place (send_routes.__version__) and every artefact uses it."""

from __future__ import annotations

import tomllib

import make_installer

import freeze
import make_portable
from send_routes import __version__
from send_routes.cli import build_parser

REPO = freeze.REPO


def test_pyproject_reads_the_version_from_the_package() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    dynamic = project["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "send_routes.__version__"}


def test_build_scripts_read_the_same_version() -> None:
    assert freeze.version() == __version__


def test_artefact_names_carry_the_version() -> None:
    assert make_installer.installer_name(__version__) == f"SEND-Routes-{__version__}-setup.exe"
    linux = make_portable.archive_name(__version__, windows=False)
    assert linux == f"send-routes-{__version__}-linux-x86_64.tar.gz"
    assert __version__ in make_portable.archive_name(__version__, windows=True)


def test_cli_offers_self_test_and_version() -> None:
    help_text = build_parser().format_help()
    assert "--self-test" in help_text and "--version" in help_text


def test_nsis_needs_a_numeric_version() -> None:
    # VIProductVersion takes four numbers: "${VERSION}.0" must be x.y.z.0.
    assert all(part.isdigit() for part in __version__.split("."))
    assert len(__version__.split(".")) == 3
