"""Finding glossary terms in text: marked ones, unmarked ones, and abbreviations."""

from __future__ import annotations

from send_routes.core.terms import SCHEME, TermIndex

GLOSSARY = {
    "SEND": ("Special educational needs and disabilities.", ("seed-002",)),
    "EHC plan": ("A plan.", ("seed-002",)),
}
ALIASES = {"send": "SEND", "ehc plan": "EHC plan", "ehc plans": "EHC plan"}


def test_terms_are_found_in_order_whether_marked_or_not() -> None:
    index = TermIndex(GLOSSARY, ALIASES)
    assert index.terms_in("Your [[EHC plans|EHC plan]] and SEND support") == ["EHC plan", "SEND"]


def test_a_lower_case_word_is_not_taken_for_an_abbreviation() -> None:
    assert TermIndex(GLOSSARY, ALIASES).terms_in("Send the letter today") == []


def test_only_marked_terms_are_linked_when_asked() -> None:
    html = TermIndex(GLOSSARY, ALIASES).to_html("[[EHC plan]] about SEND", auto=False)
    assert html.count(SCHEME) == 1 and "SEND" in html
