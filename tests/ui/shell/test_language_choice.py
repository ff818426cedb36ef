"""The start page offers each language written in itself, for this session only: Polish
shows its draft notice with the English under it, a right-to-left language mirrors the
window, and Finish and clear goes back to English, left to right."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fresh_process import fresh_output
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from send_routes.content_store.content import ContentStore
from send_routes.content_store.language_rows import LanguageChoice
from send_routes.core.translation import DRAFT_NOTICE
from send_routes.ui.shell.language_choice import ChosenLanguage, LanguagePicker
from send_routes.ui.shell.main_window import MainWindow

ARABIC = LanguageChoice("ar", "العربية", "Arabic", "rtl")
NOTICE_PL = "To tłumaczenie nie zostało jeszcze sprawdzone"


@pytest.fixture(autouse=True)
def _left_to_right(qapp: QApplication) -> Iterator[None]:
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def picker(qtbot: QtBot, content: ContentStore) -> LanguagePicker:
    widget = LanguagePicker([*content.languages(), ARABIC], ChosenLanguage(), content.language)
    qtbot.addWidget(widget)
    return widget


def test_each_language_is_named_in_itself_after_english(
    qtbot: QtBot, content: ContentStore
) -> None:
    widget = picker(qtbot, content)
    shown = [widget.box.itemText(i) for i in range(widget.box.count())]
    assert shown[0] == "English"
    assert "Polski (Polish)" in shown and "العربية (Arabic)" in shown
    assert widget.box.accessibleName() == "Language"


def test_choosing_polish_shows_the_draft_notice_in_polish_then_english(
    qtbot: QtBot, content: ContentStore
) -> None:
    widget = picker(qtbot, content)
    widget.box.setCurrentIndex(widget.box.findData("pl"))
    assert widget.chosen.code == "pl"
    assert widget.notice.text().startswith(NOTICE_PL)
    assert widget.notice_english.text() == DRAFT_NOTICE  # under it, left to right
    assert widget.notice_english.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_right_to_left_language_mirrors_the_window_and_clearing_undoes_it(
    qtbot: QtBot, content: ContentStore
) -> None:
    widget = picker(qtbot, content)
    widget.box.setCurrentIndex(widget.box.findData("ar"))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    widget.chosen.clear_personal_data()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert widget.box.currentIndex() == 0 and not widget.notice.isVisible()


def test_the_window_forgets_the_language_at_finish_and_clear(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: bool(window.start_page.findChildren(LanguagePicker)), timeout=10_000)
    pickers = window.start_page.findChildren(LanguagePicker)
    assert len(pickers) == 1
    pickers[0].box.setCurrentIndex(pickers[0].box.findData("pl"))
    assert window.language.code == "pl"
    assert len(window.language.translators.installed) == 2  # Qt's Polish, then the catalogue
    assert "language chosen" in window.session.holders()
    window.session.clear()
    assert window.language.code == "en"
    assert window.language.translators.installed == ()
    assert pickers[0].box.currentIndex() == 0


def test_showing_a_language_chosen_elsewhere_does_not_choose_again(
    qtbot: QtBot, content: ContentStore
) -> None:
    widget = LanguagePicker(content.languages(), ChosenLanguage(), content.language)
    qtbot.addWidget(widget)
    widget.chosen.choose(ARABIC)  # not in this list: the box shows English, the choice stays
    assert widget.chosen.code == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_each_languages_own_name_has_a_font_to_show_it_on_a_computer_without_one() -> None:
    """In a fresh process (fonts added by other tests stay for the process): Debian here has
    no Bengali or Gurmukhi font, so without the bundled ones the names were empty boxes."""
    code = (
        "from PySide6.QtGui import QFontDatabase\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from send_routes import paths\n"
        "from send_routes.content_store.content import ContentStore\n"
        "from send_routes.ui.shell.language_choice import (\n"
        "    NAME_SCRIPTS, ChosenLanguage, LanguagePicker)\n"
        "content = ContentStore.open(paths.content_db())\n"
        "choices = content.languages()\n"
        "LanguagePicker(choices, ChosenLanguage(), content.language)\n"
        "for choice in choices:\n"
        "    system = NAME_SCRIPTS.get(choice.code)\n"
        "    print(choice.code, bool(system is None or QFontDatabase.families(system)))\n"
    )
    shown = dict(line.split() for line in fresh_output(code))
    assert set(shown) == {"ur", "ar", "pl", "pa", "bn", "ro"}
    assert set(shown.values()) == {"True"}
