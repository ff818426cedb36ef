"""The glossary page: search as you type, and show a term with its meaning and sources."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import delete

from send_routes.content_store.content import ContentStore
from send_routes.ui.glossary.glossary_page import GlossaryPage


@pytest.fixture
def page(qtbot: QtBot, content: ContentStore) -> Iterator[GlossaryPage]:
    widget = GlossaryPage(content)
    yield widget
    delete(widget)  # now, so later tests (and theme changes) have no pages left to restyle


def test_every_term_is_listed_at_first(page: GlossaryPage, content: ContentStore) -> None:
    assert page.visible_terms() == list(content.glossary)
    assert page.result_count.text() == f"{len(content.glossary)} words"


def test_typing_filters_the_terms(page: GlossaryPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search_box, "mediation cert")
    assert "mediation certificate" in page.visible_terms()
    assert "SENCO" not in page.visible_terms()
    assert page.term_heading.text() == "mediation certificate"


def test_search_finds_a_term_by_its_alias(page: GlossaryPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search_box, "EHCP")
    assert "EHC plan" in page.visible_terms()


def test_search_finds_a_term_by_words_in_its_definition(page: GlossaryPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search_box, "coordinates help")
    assert page.visible_terms() == ["SENCO"]


def test_search_forgives_a_misspelling(page: GlossaryPage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search_box, "tribunel")
    assert any("Tribunal" in term for term in page.visible_terms())


def test_no_match_says_so_and_clears_the_definition(page: GlossaryPage) -> None:
    page.search_box.setText("zzzzqqqq")
    assert page.visible_terms() == []
    assert "No words match" in page.result_count.text()
    assert page.term_heading.text() == ""


def test_show_term_selects_it_and_shows_its_definition_and_sources(
    page: GlossaryPage, content: ContentStore
) -> None:
    assert page.show_term("EHC plan")
    assert page.terms.currentItem().text() == "EHC plan"
    assert page.definition.text().startswith("An Education, Health and Care plan")
    assert "[[" not in page.definition.text()
    assert content.sources["F8"]["title"] in page.sources.text()


def test_show_term_accepts_an_alias_in_any_case(page: GlossaryPage) -> None:
    assert page.show_term("ehcp")
    assert page.term_heading.text() == "EHC plan"


def test_show_term_clears_a_search_that_hides_the_term(page: GlossaryPage) -> None:
    page.search_box.setText("tribunal")
    assert page.show_term("SENCO")
    assert page.search_box.text() == ""
    assert page.term_heading.text() == "SENCO"


def test_show_term_says_false_for_an_unknown_term(page: GlossaryPage) -> None:
    assert not page.show_term("no such word")
    assert not page.show_term("")


@pytest.mark.parametrize("text", ["x" * 10_000, "😀", '"', "(((", "AND", "*", "[[EHC]]", "\x00"])
def test_hostile_search_text_never_raises(page: GlossaryPage, text: str) -> None:
    page.search_box.setText(text)
    assert page.result_count.text()


def test_focus_search_puts_the_cursor_in_the_search_box(page: GlossaryPage, qtbot: QtBot) -> None:
    page.focus_search()
    assert page.focusWidget() is page.search_box


def test_every_interactive_widget_has_an_accessible_name(page: GlossaryPage) -> None:
    unnamed = [
        type(w).__name__
        for w in page.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisibleTo(page)
        and not w.accessibleName()
    ]
    assert unnamed == []


def test_a_terms_sources_are_shown_as_titles_never_as_internal_ids(
    page: GlossaryPage, content: ContentStore
) -> None:
    ids = re.compile(r"\b(seed-\d+|[FSTGW]\d+)\b")
    shown_any = False
    for term, (_definition, sources) in content.glossary.items():
        if not sources:
            continue
        assert page.show_term(term)
        shown = page.sources.text()
        assert shown.startswith("Where this comes from")
        assert not ids.search(shown), f"{term}: {shown}"
        shown_any = True
    assert shown_any
