"""The main window's menus and keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from send_routes.ui.common.theme import DEFAULT_THEME, THEMES
from send_routes.ui.common.words import marked, tr

#: Each menu's entries: (handler name, text, shortcuts); None is a separator.
MENUS: dict[str, list[tuple[str, str, tuple[str, ...]] | None]] = {
    marked("&File"): [
        ("print", marked("&Print your plan…"), ("Ctrl+P",)),
        ("save_pdf", marked("Save your plan as P&DF…"), ("Ctrl+S",)),
        ("open_answers", marked("&Open answers…"), ("Ctrl+O",)),
        ("start_again", marked("&Start again"), ()),
        ("finish_clear", marked("Finish and &clear"), ()),
        ("hide_screen", marked("&Hide screen"), ("Ctrl+Shift+H",)),
        None,
        ("adviser_area", marked("&Adviser area"), ()),
        ("lock_cases", marked("&Lock saved cases"), ("Ctrl+L",)),
        None,
        ("quit", marked("&Quit"), ("Ctrl+Q",)),
    ],
    marked("&Go"): [
        ("back", marked("Back"), ("Alt+Left", "Alt+B")),
        ("next", marked("Next"), ("Alt+Right", "Alt+N")),
        None,
        ("start_page", marked("Start page"), ("Alt+Home",)),
        ("find_contact", marked("&Find a contact"), ("Ctrl+F",)),
        ("glossary", marked("G&lossary"), ("Ctrl+G",)),
    ],
    marked("&View"): [
        ("bigger", marked("B&igger text"), ("Ctrl++", "Ctrl+=")),
        ("smaller", marked("S&maller text"), ("Ctrl+-",)),
        ("normal_size", marked("N&ormal text size"), ("Ctrl+0",)),
        None,
    ],
    marked("&Help"): [
        ("help", marked("&Help for this page"), ("F1",)),
        ("about", marked("&About SEND Routes"), ()),
    ],
}


@dataclass
class WindowActions:
    """The window's actions by handler name, and one checkable action per theme."""

    by_name: dict[str, QAction] = field(default_factory=dict)
    themes: dict[str, QAction] = field(default_factory=dict)
    #: Each menu with its English title, and each action's English, to say them again in
    #: another language (``retranslate``).
    menus: list[tuple[QMenu, str]] = field(default_factory=list)
    english: dict[QAction, str] = field(default_factory=dict)

    def retranslate(self) -> None:
        """Say every menu and action again in the language chosen now."""
        for menu, title in self.menus:
            menu.setTitle(tr(title))
        for action, text in self.english.items():
            action.setText(tr(text))


def build_menus(
    window: QMainWindow,
    handlers: dict[str, Callable[[], object]],
    choose_theme: Callable[[str], object],
) -> WindowActions:
    """Add the File, Go, View and Help menus to ``window``; ``handlers`` names each slot."""
    actions = WindowActions()
    for title, entries in MENUS.items():
        menu = window.menuBar().addMenu(tr(title))
        actions.menus.append((menu, title))
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            name, text, keys = entry
            action = QAction(tr(text), window)
            actions.english[action] = text
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.triggered.connect(lambda _checked=False, slot=handlers[name]: slot())
            menu.addAction(action)
            actions.by_name[name] = action
        if title == "&View":
            colours = menu.addMenu(tr("&Colours"))
            actions.menus.append((colours, "&Colours"))
            actions.themes = _theme_menu(window, colours, choose_theme)
            actions.english.update(
                {action: THEMES[name].label for name, action in actions.themes.items()}
            )
    return actions


def _theme_menu(
    window: QMainWindow, menu: QMenu, choose_theme: Callable[[str], object]
) -> dict[str, QAction]:
    group = QActionGroup(window)
    themes: dict[str, QAction] = {}
    for name, theme in THEMES.items():
        action = QAction(tr(theme.label), window)
        action.setCheckable(True)
        action.setChecked(name == DEFAULT_THEME)
        action.triggered.connect(lambda _checked=False, name=name: choose_theme(name))
        group.addAction(action)
        menu.addAction(action)
        themes[name] = action
    return themes
