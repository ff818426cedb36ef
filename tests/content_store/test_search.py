"""Contact search: prefixes, misspellings, areas, and any text without error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from send_routes.content_store.content import ContentStore


def names(found: list) -> list[str]:  # type: ignore[type-arg]
    return [contact.name for contact in found]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sendias", "SENDIASS"),
        ("medation", "ediation"),
        ("tribunel", "Tribunal"),
        ("ombudsmen", "Ombudsman"),
        ("kids", "KIDS"),
        ("togther trust", "Together Trust"),
        ("prime", "Prime Resolution"),
    ],
)
def test_misspelt_and_partial_names_find_the_obvious_contact(
    content: ContentStore, query: str, expected: str
) -> None:
    found = content.search_contacts(query)
    assert found, query
    assert any(expected in f"{c.name} {c.helps_with} {c.kind}" for c in found[:5]), names(found)


def test_search_within_an_area_keeps_that_area_and_national_contacts(content: ContentStore) -> None:
    found = content.search_contacts("kids", area="leicester")
    assert found and {c.local_authority for c in found} <= {"leicester", ""}
    everywhere = content.search_contacts("", area="dudley", limit=100)
    assert {c.local_authority for c in everywhere} == {"dudley", ""}


def test_an_unknown_area_gives_national_contacts_only(content: ContentStore) -> None:
    found = content.search_contacts("", area="Cumbria", limit=100)
    assert found and {c.local_authority for c in found} == {""}


def test_kind_filter_keeps_only_that_kind(content: ContentStore) -> None:
    found = content.search_contacts("", kinds=["sendiass"], limit=100)
    assert found and {c.kind for c in found} == {"sendiass"}


def test_the_name_ranks_above_a_passing_mention(content: ContentStore) -> None:
    assert "Ombudsman" in content.search_contacts("ombudsman")[0].name


def test_an_empty_query_lists_contacts(content: ContentStore) -> None:
    everyone = len(content.contacts)
    assert len(content.search_contacts("", limit=everyone)) == everyone


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "(",
        ")",
        "AND",
        "OR NOT",
        "*",
        "kids*",
        '"unclosed',
        "NEAR(a b)",
        "a:b",
        "^",
        "-",
        "🙂",
        "x" * 10_000,
        "sendiass " * 2_000,
        "\0",
        "ä ö ü",
        "عربى",
        "   ",
    ],
)
def test_any_text_is_a_valid_query(content: ContentStore, query: str) -> None:
    assert isinstance(content.search_contacts(query), list)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=200), area=st.one_of(st.none(), st.text(max_size=20)))
def test_any_generated_text_returns_a_list(
    content: ContentStore, query: str, area: str | None
) -> None:
    assert isinstance(content.search_contacts(query, area=area), list)


def test_a_word_that_matches_nothing_finds_nothing(content: ContentStore) -> None:
    assert content.search_contacts("zzzzqqqq") == []


@pytest.mark.parametrize("word", ["mediati", "mediation", "tribunal", "ombudsma", "informati"])
def test_a_word_longer_than_the_indexed_prefixes_finds_what_its_prefix_finds(
    content: ContentStore, word: str
) -> None:
    """Long words are searched as the whole words they begin: the same contacts come back."""
    search = content.search
    clause = search.query(word)
    assert clause is not None and clause.match.startswith("(")

    def matches(expression: str) -> set[int]:
        sql = "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?"
        return {row[0] for row in content.conn.execute(sql, (expression,))}

    assert matches(clause.match) == matches(f'"{word}"*') != set()
