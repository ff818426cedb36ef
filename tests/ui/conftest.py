"""UI fixtures: a main window shown offscreen with a fixed 'today', reset to the default look."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from adviser_fixtures import FAST_KDF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from wizard_keys import TODAY, MakeWindow

from send_routes.content_store.content import ContentStore
from send_routes.ui.adviser.adviser_page import AdviserPage
from send_routes.ui.common.theme import DEFAULT_THEME, apply_theme
from send_routes.ui.shell.main_window import MainWindow

#: The offscreen platform warns on every shown window and tooltip; it says nothing about our code.
OFFSCREEN_NOISE = "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in item.path.as_posix():
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _default_look(qapp: QApplication) -> Iterator[None]:
    """Each test starts and ends with the default theme at 100% text."""
    yield
    apply_theme(qapp, DEFAULT_THEME, 1.0)


@pytest.fixture
def make_window(qtbot: QtBot, content: ContentStore) -> MakeWindow:
    """Open a main window (shown and active, so keyboard focus works) for ``today``."""

    def make(today: dt.date | None = TODAY) -> MainWindow:
        window = MainWindow(content, today=today)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    return make_window()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, not yet created, folder for user files."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SEND_ROUTES_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def adviser(window: MainWindow, data_dir: Path) -> Iterator[AdviserPage]:
    """The adviser area, opened from the start page (nothing saved yet), with a fast KDF."""
    window.open_adviser_area()
    page = window.side.adviser_page
    assert page is not None
    page.session.kdf = FAST_KDF
    yield page
    page.session.close()
