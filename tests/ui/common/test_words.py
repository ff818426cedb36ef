"""The window's words come from the installed catalogue: ``tr`` for the window's own,
``shown`` for the content's (glossary marks kept when there is no translation), and a phone
number stays left to right inside a right-to-left window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from language_fixtures import URDU, fixture_language
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from send_routes.core.bidi import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE
from send_routes.ui.common.catalogue_translator import Translators, chosen_language
from send_routes.ui.common.words import kept_left_to_right, shown, tr

QUESTION = "Who is using this app?"


@pytest.fixture
def urdu(qapp: QApplication) -> Iterator[Translators]:
    translators = Translators()
    translators.use(fixture_language(URDU, {QUESTION: "یہ ایپ کون استعمال کر رہا ہے؟"}))
    yield translators
    translators.use(None)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_without_a_language_the_words_are_the_english(qapp: QApplication) -> None:
    assert chosen_language() is None
    assert tr("Continue") == "Continue"
    assert shown("An [[EHC plan]] says") == "An [[EHC plan]] says"
    assert kept_left_to_right("0808 800 4106") == "0808 800 4106"


def test_the_catalogue_answers_tr_and_shown(urdu: Translators) -> None:
    assert chosen_language() is urdu.language
    assert tr(QUESTION) == "یہ ایپ کون استعمال کر رہا ہے؟"
    assert shown(QUESTION) == "یہ ایپ کون استعمال کر رہا ہے؟"
    # Not in the catalogue: the English as written, its glossary link kept.
    assert shown("An [[EHC plan]] says") == "An [[EHC plan]] says"
    assert tr("Continue") == "Continue"


def test_a_phone_number_stays_left_to_right_in_a_right_to_left_window(
    urdu: Translators,
) -> None:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    isolated = kept_left_to_right("0808 800 4106")
    assert isolated == f"{FIRST_STRONG_ISOLATE}0808 800 4106{POP_DIRECTIONAL_ISOLATE}"
