"""In every language, the menu bar's titles and each menu's entries have access keys of their
own: the letter after ``&``, which Alt (on the bar) or the letter alone (in an open menu)
chooses. Where two share a letter, Qt only moves between them and chooses neither, so a
family using the keyboard cannot reach one of them (an earlier Panjabi draft gave
"&Adviser area" and "&Hide screen" the same letter). A menu title's Alt key must not be a
shortcut of the window's either (Alt+B and Alt+N are Back and Next)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from menu_walk import all_menus
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from wizard_keys import MakeWindow

from send_routes.content_store.content import ContentStore
from send_routes.core.translation import Language
from send_routes.ui.common.catalogue_translator import Translators
from send_routes.ui.shell.main_window import MainWindow

LANGUAGE_CODES = ("ur", "pl", "pa", "bn", "ro", "ar")


@pytest.fixture(autouse=True)
def _english_after(qapp: QApplication) -> Iterator[None]:
    """The chosen language's translators and direction are the application's: put them back."""
    yield
    Translators().use(None)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def access_key(text: str) -> str:
    """The key Qt gives ``text`` ("Alt+H" for "&Hide screen"; "" for none), upper case as
    Qt compares them (QKeySequence.mnemonic is what QMenu and QMenuBar use)."""
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)


def _english(window: MainWindow) -> dict[QAction, str]:
    """Each menu title's and menu entry's English, as the window's menus were built."""
    titles = {menu.menuAction(): title for menu, title in window.actions_.menus}
    return {**titles, **window.actions_.english}


def _without_key_on_purpose(english: str, language: Language | None) -> bool:
    """The English has no access key, or the catalogue translates only its words ("Save"
    for "&Save"), so the entry shows none on purpose."""
    if "&" not in english:
        return True
    return (
        language is not None
        and language.text(english) is None
        and language.text(english.replace("&", "")) is not None
    )


def access_key_problems(
    where: str, actions: list[QAction], english: dict[QAction, str], language: Language | None
) -> list[str]:
    problems: list[str] = []
    first_with: dict[str, str] = {}
    for action in actions:
        text, key = action.text(), access_key(action.text())
        if not key:
            if not _without_key_on_purpose(english[action], language):
                problems.append(f"{text!r} has no access key in {where}")
        elif key in first_with:
            problems.append(f"{first_with[key]!r} and {text!r} share {key} in {where}")
        else:
            first_with[key] = text
    return problems


def shortcut_problems(window: MainWindow) -> list[str]:
    """A menu title's Alt key that is also an entry's shortcut ("Alt+N" for Next) opens the
    menu or does neither, never what the page's hint promises."""
    shortcuts = {
        key.toString(QKeySequence.SequenceFormat.PortableText): action.text()
        for action in window.actions_.by_name.values()
        for key in action.shortcuts()
    }
    return [
        f"{title.text()!r} takes {access_key(title.text())}, the shortcut of "
        f"{shortcuts[access_key(title.text())]!r}"
        for title in window.menuBar().actions()
        if access_key(title.text()) in shortcuts
    ]


def window_problems(window: MainWindow) -> list[str]:
    english, language = _english(window), window.language.language
    bar = window.menuBar().actions()
    problems = access_key_problems("the menu bar", bar, english, language)
    problems += shortcut_problems(window)
    for menu in all_menus(window):
        entries = [action for action in menu.actions() if not action.isSeparator()]
        problems += access_key_problems(repr(menu.title()), entries, english, language)
    return problems


def test_in_english_every_menu_title_and_entry_has_its_own_access_key(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    assert window_problems(window) == []


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_in_each_language_every_menu_title_and_entry_has_its_own_access_key(
    make_window: MakeWindow, content: ContentStore, code: str
) -> None:
    window = make_window()
    english_titles = [action.text() for action in window.menuBar().actions()]
    window.language.choose(next(choice for choice in content.languages() if choice.code == code))
    assert window.language.language is not None and window.language.language.code == code
    assert [action.text() for action in window.menuBar().actions()] != english_titles
    assert window_problems(window) == []


def test_the_check_finds_two_entries_sharing_a_key_and_an_entry_that_lost_its_key(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    window.actions_.by_name["quit"].setText("&Hide and quit")
    window.actions_.by_name["about"].setText("About SEND Routes")
    assert window_problems(window) == [
        "'&Hide screen' and '&Hide and quit' share Alt+H in '&File'",
        "'About SEND Routes' has no access key in '&Help'",
    ]


def test_the_check_finds_a_menu_title_taking_an_entry_s_shortcut(make_window: MakeWindow) -> None:
    window = make_window()
    window.menuBar().actions()[1].setText("&Navigate")
    assert window_problems(window) == ["'&Navigate' takes Alt+N, the shortcut of 'Next'"]
