"""The app never needs a network: a whole session runs with every socket refused."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from sample_answers import REFUSED_AMEND
from send_routes.content_store.content import ContentStore
from send_routes.ui.shell.main_window import MainWindow


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise OSError("network use is not allowed")


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_whole_session_runs_with_no_network(
    qtbot: QtBot, content: ContentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(socket, "socket", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    window = MainWindow(content)
    qtbot.addWidget(window)
    window.show()
    window.start_wizard(dict(REFUSED_AMEND))
    window.show_check()
    window.show_plan()
    assert window.plan_page.cards
    window.open_directory()
    window.side.directory_page.search_box.setText("medation")  # type: ignore[union-attr]
    assert window.side.directory_page.model.contacts()  # type: ignore[union-attr]
    window.open_glossary("mediation")
    window.guard.clear_and_start("Cleared.")
    assert window.current_page() is window.start_page
