"""Find a contact at 200% text: several whole rows, and Tab goes Search, Area, Kind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from wizard_keys import focused, press

from send_routes.ui.directory.contact_results import FEWEST_ROWS
from send_routes.ui.shell.main_window import MainWindow


def test_at_200_percent_the_results_show_several_whole_rows(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_directory()
    window.set_text_scale(2.0)
    page = window.side.directory_page
    assert page is not None
    qtbot.waitUntil(lambda: page.results.verticalHeader().defaultSectionSize() > 40)
    row = page.results.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: page.results.viewport().height() >= row * FEWEST_ROWS)
    assert page.results.model().rowCount() >= FEWEST_ROWS


def test_tab_from_the_search_box_goes_to_the_area_then_the_kind(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_directory()
    page = window.side.directory_page
    assert page is not None and focused() is page.search_box
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.area_filter
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.kind_filter
    press(qtbot, Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is page.search_box
