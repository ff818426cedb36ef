"""The contact and glossary pages' small helpers: a record's date in the chosen language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from send_routes.content_store.content import ContentStore
from send_routes.core.bidi import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE
from send_routes.ui.common.catalogue_translator import Translators
from send_routes.ui.common.labels import date_in_words


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[Translators]:
    chosen = Translators()
    yield chosen
    chosen.use(None)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_date_reads_in_english_words_whatever_the_computers_locale(
    translators: Translators,
) -> None:
    assert date_in_words("2026-11-22") == "22 November 2026"


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("pl", "22 listopada 2026"),
        ("ro", "22 noiembrie 2026"),
        ("bn", "22 নভেম্বর 2026"),
        ("pa", "22 ਨਵੰਬਰ 2026"),
        # kept left to right inside a right-to-left window, as the plan keeps its dates
        ("ur", f"{FIRST_STRONG_ISOLATE}22 نومبر 2026{POP_DIRECTIONAL_ISOLATE}"),
        ("ar", f"{FIRST_STRONG_ISOLATE}22 نوفمبر 2026{POP_DIRECTIONAL_ISOLATE}"),
    ],
)
def test_a_date_reads_in_the_chosen_languages_month_words(
    translators: Translators, content: ContentStore, code: str, words: str
) -> None:
    language = content.language(code)
    assert language is not None
    translators.use(language)
    # The window mirrors for a right-to-left language as it is chosen (ChosenLanguage).
    mirrored = language.direction == "rtl"
    QApplication.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if mirrored else Qt.LayoutDirection.LeftToRight
    )
    assert date_in_words("2026-11-22") == words


def test_a_missing_date_says_not_known_in_the_chosen_language(
    translators: Translators, content: ContentStore
) -> None:
    translators.use(content.language("pl"))
    assert date_in_words("") == "Nieznane"
    assert date_in_words("soon") == "soon"
