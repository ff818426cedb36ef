"""Where user files go: environment, --data-dir, portable mode, then the platform's folder."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from send_routes import paths


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No environment override, no --data-dir, no portable marker, a private home folder."""
    monkeypatch.delenv(paths.DATA_DIR_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(paths, "source_root", lambda: tmp_path / "checkout")
    paths.set_data_dir_override(None)
    yield
    paths.set_data_dir_override(None)


def test_without_overrides_user_files_go_in_the_platform_data_folder(tmp_path: Path) -> None:
    expected = Path(platformdirs.user_data_dir("SEND Routes", appauthor=False))
    assert paths.user_data_dir() == expected
    assert expected.is_relative_to(tmp_path / "xdg")


def test_the_environment_variable_wins_over_everything(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "checkout").mkdir()
    (tmp_path / "checkout" / paths.PORTABLE_MARKER).write_text("")
    paths.set_data_dir_override(tmp_path / "option")
    monkeypatch.setenv(paths.DATA_DIR_VARIABLE, str(tmp_path / "env"))
    assert paths.user_data_dir() == tmp_path / "env"


def test_the_data_dir_option_wins_over_portable_mode(tmp_path: Path) -> None:
    (tmp_path / "checkout").mkdir()
    (tmp_path / "checkout" / paths.PORTABLE_MARKER).write_text("")
    paths.set_data_dir_override(tmp_path / "option")
    assert paths.user_data_dir() == tmp_path / "option"
    paths.set_data_dir_override(None)
    assert paths.user_data_dir() == tmp_path / "checkout" / "data"


def test_a_relative_data_dir_option_is_made_absolute(tmp_path: Path) -> None:
    paths.set_data_dir_override(Path("relative-folder"))
    assert paths.user_data_dir().is_absolute()


def test_a_marker_beside_the_frozen_executable_makes_it_portable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    app = tmp_path / "SEND Routes"
    app.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "send-routes.exe"))
    assert paths.portable_root() is None
    (app / paths.PORTABLE_MARKER).write_text("")
    assert paths.user_data_dir() == app / "data"


def test_a_folder_named_like_the_marker_is_not_a_marker(tmp_path: Path) -> None:
    (tmp_path / "checkout" / paths.PORTABLE_MARKER).mkdir(parents=True)
    assert paths.portable_root() is None


def test_the_user_database_and_preferences_share_the_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(paths.DATA_DIR_VARIABLE, str(tmp_path / "env"))
    assert paths.user_db_file() == tmp_path / "env" / "cases.sqlite"
    assert paths.preferences_file() == tmp_path / "env" / "preferences.json"


def test_asking_for_the_paths_creates_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    before = sorted(tmp_path.rglob("*"))
    found = [paths.user_data_dir(), paths.user_db_file(), paths.preferences_file()]
    paths.set_data_dir_override(tmp_path / "option")
    found += [paths.user_data_dir(), paths.user_db_file(), paths.preferences_file()]
    monkeypatch.setenv(paths.DATA_DIR_VARIABLE, str(tmp_path / "env"))
    found += [paths.user_data_dir(), paths.user_db_file(), paths.preferences_file()]
    assert not any(path.exists() for path in found)
    assert sorted(tmp_path.rglob("*")) == before
