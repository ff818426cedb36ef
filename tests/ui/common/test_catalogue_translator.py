"""Qt's own dialog words come from the language's catalogue first, then Qt's own
translations (Polish, Arabic), and stay English, never blank, where neither has them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from send_routes.core.language_words import words_from
from send_routes.core.translation import Entry, Language, string_key
from send_routes.ui.common.catalogue_translator import CatalogueTranslator, Translators

Buttons = QDialogButtonBox.StandardButton


def language(code: str, pairs: dict[str, str], direction: str = "ltr") -> Language:
    entries = {string_key(e): Entry(e, t, "draft", "test", "2026-12-05") for e, t in pairs.items()}
    return Language(code, code, code, direction, "Latin", words_from(code, {}), entries)


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[Translators]:
    chosen = Translators()
    yield chosen
    chosen.use(None)


def button_texts() -> list[str]:
    box = QDialogButtonBox(Buttons.Ok | Buttons.Cancel | Buttons.Save)
    return [box.button(b).text() for b in (Buttons.Ok, Buttons.Cancel, Buttons.Save)]


def test_polish_dialog_buttons_come_from_qts_own_polish(translators: Translators) -> None:
    translators.use(language("pl", {}))
    assert button_texts()[1] == "Anuluj"


def test_the_catalogue_is_asked_before_qts_own_words(translators: Translators) -> None:
    translators.use(language("pl", {"Cancel": "Zrezygnuj"}))
    assert button_texts()[1] == "Zrezygnuj"


def test_a_word_neither_has_stays_english_and_is_never_blank(translators: Translators) -> None:
    translators.use(language("ro", {"OK": "Bine"}))
    ok, cancel, save = button_texts()
    assert ok == "Bine"
    assert cancel == "Cancel" and save == "Save"


def test_english_again_removes_every_translator(translators: Translators) -> None:
    translators.use(language("pl", {"Cancel": "Zrezygnuj"}))
    translators.use(None)
    assert translators.installed == ()
    assert button_texts()[1] == "Cancel"


def test_a_word_with_a_shortcut_mark_is_found_without_it(qapp: QApplication) -> None:
    translator = CatalogueTranslator(language("pl", {"Save": "Zapisz"}))
    assert translator.translate("QFileDialog", "&Save") == "Zapisz"
    assert translator.translate("QFileDialog", "&Open") is None


def test_the_catalogue_tells_qt_the_layout_direction(qapp: QApplication) -> None:
    assert (
        CatalogueTranslator(language("ar", {}, "rtl")).translate("", "QT_LAYOUT_DIRECTION") == "RTL"
    )
    assert (
        QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION")
        == "QT_LAYOUT_DIRECTION"
    )
