"""The main window's menus and keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from send_routes.ui.common.theme import DEFAULT_THEME, THEMES

#: Each menu's entries: (handler name, text, shortcuts); None is a separator.
MENUS: dict[str, list[tuple[str, str, tuple[str, ...]] | None]] = {
    "&File": [
        ("print", "&Print your plan…", ("Ctrl+P",)),
        ("save_pdf", "Save your plan as P&DF…", ("Ctrl+S",)),
        ("open_answers", "&Open answers…", ("Ctrl+O",)),
        ("start_again", "&Start again", ()),
        ("finish_clear", "Finish and &clear", ()),
        ("hide_screen", "&Hide screen", ("Ctrl+Shift+H",)),
        None,
        ("adviser_area", "&Adviser area", ()),
        ("lock_cases", "&Lock saved cases", ("Ctrl+L",)),
        None,
        ("quit", "&Quit", ("Ctrl+Q",)),
    ],
    "&Go": [
        ("back", "Back", ("Alt+Left", "Alt+B")),
        ("next", "Next", ("Alt+Right", "Alt+N")),
        None,
        ("start_page", "Start page", ("Alt+Home",)),
        ("find_contact", "&Find a contact", ("Ctrl+F",)),
        ("glossary", "G&lossary", ("Ctrl+G",)),
    ],
    "&View": [
        ("bigger", "B&igger text", ("Ctrl++", "Ctrl+=")),
        ("smaller", "S&maller text", ("Ctrl+-",)),
        ("normal_size", "N&ormal text size", ("Ctrl+0",)),
        None,
    ],
    "&Help": [("help", "&Help for this page", ("F1",)), ("about", "&About SEND Routes", ())],
}


@dataclass
class WindowActions:
    """The window's actions by handler name, and one checkable action per theme."""

    by_name: dict[str, QAction] = field(default_factory=dict)
    themes: dict[str, QAction] = field(default_factory=dict)


def build_menus(
    window: QMainWindow,
    handlers: dict[str, Callable[[], object]],
    choose_theme: Callable[[str], object],
) -> WindowActions:
    """Add the File, Go, View and Help menus to ``window``; ``handlers`` names each slot."""
    actions = WindowActions()
    for title, entries in MENUS.items():
        menu = window.menuBar().addMenu(title)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            name, text, keys = entry
            action = QAction(text, window)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.triggered.connect(lambda _checked=False, slot=handlers[name]: slot())
            menu.addAction(action)
            actions.by_name[name] = action
        if title == "&View":
            actions.themes = _theme_menu(window, menu.addMenu("&Colours"), choose_theme)
    return actions


def _theme_menu(
    window: QMainWindow, menu: QMenu, choose_theme: Callable[[str], object]
) -> dict[str, QAction]:
    group = QActionGroup(window)
    themes: dict[str, QAction] = {}
    for name, theme in THEMES.items():
        action = QAction(theme.label, window)
        action.setCheckable(True)
        action.setChecked(name == DEFAULT_THEME)
        action.triggered.connect(lambda _checked=False, name=name: choose_theme(name))
        group.addAction(action)
        menu.addAction(action)
        themes[name] = action
    return themes
