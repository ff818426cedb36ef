"""The window's menus, for tests that check every entry."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QMenu

from send_routes.ui.shell.main_window import MainWindow


def all_menus(window: MainWindow) -> Iterator[QMenu]:
    """Every menu in the menu bar, and the menus inside them (the colours)."""
    waiting = [action.menu() for action in window.menuBar().actions()]
    while waiting:
        menu = waiting.pop(0)
        assert isinstance(menu, QMenu)
        yield menu
        waiting.extend(action.menu() for action in menu.actions() if action.menu())
