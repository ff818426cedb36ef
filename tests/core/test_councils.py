"""Finding a council from what a person types: every council, by name, id and misspelling."""

from __future__ import annotations

import pytest

from send_routes.content_store.content import ContentStore
from send_routes.core.councils import Council, CouncilFinder, councils_from_areas, normalise


@pytest.fixture(scope="module")
def councils(content: ContentStore) -> list[Council]:
    return councils_from_areas(content.areas)


@pytest.fixture(scope="module")
def finder(councils: list[Council]) -> CouncilFinder:
    return CouncilFinder(councils)


def misspelt(name: str) -> str:
    """A typing slip in the name's longest word: two letters swapped in its middle, or, for
    a short word, a letter typed twice."""
    words = name.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) >= 6:
        middle = len(word) // 2
        word = word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]
    else:
        word = word + word[-1]
    words[longest] = word
    return " ".join(words)


def test_the_list_has_every_council_with_send_duties_once(councils: list[Council]) -> None:
    ids = [council.id for council in councils]
    assert len(ids) == 153 == len(set(ids))
    for expected in (
        "cumberland",
        "westmorland_and_furness",
        "north_northamptonshire",
        "west_northamptonshire",
        "north_yorkshire",
        "somerset",
        "kent",
        "east_sussex",
        "brighton_and_hove",
        "bristol",
    ):
        assert expected in ids
    for gone in ("cumbria", "northamptonshire"):
        assert gone not in ids


def test_every_council_resolves_from_its_name_its_id_and_a_misspelling(
    finder: CouncilFinder, councils: list[Council]
) -> None:
    for council in councils:
        for typed in (council.name, council.council, council.id, misspelt(council.name)):
            found = finder.best(typed)
            assert found is not None and found.id == council.id, (typed, found)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Brighton", "brighton_and_hove"),
        ("brighton & hove city council", "brighton_and_hove"),
        ("Kent County Council", "kent"),
        ("east sussex", "east_sussex"),
        ("City of Bristol", "bristol"),
        ("Worcestshire", "worcestershire"),
        ("Leicestershre", "leicestershire"),
        ("Hull", "hull"),
        ("Kingston upon Hull", "hull"),
        ("stockton-on-tees", "stockton_on_tees"),
    ],
)
def test_common_ways_of_writing_a_council_find_it(
    finder: CouncilFinder, typed: str, expected: str
) -> None:
    found = finder.best(typed)
    assert found is not None and found.id == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Cumbria", {"cumberland", "westmorland_and_furness"}),
        ("Northamptonshire", {"north_northamptonshire", "west_northamptonshire"}),
        ("Carlisle", {"cumberland"}),
        ("South Lakeland", {"westmorland_and_furness"}),
        ("Harrogate", {"north_yorkshire"}),
        ("Taunton Deane", {"somerset"}),
        ("Poole", {"bournemouth_christchurch_and_poole"}),
    ],
)
def test_a_former_council_offers_the_councils_that_replaced_it(
    finder: CouncilFinder, typed: str, expected: set[str]
) -> None:
    found = finder.find(typed)
    assert {match.council.id for match in found[: len(expected)]} == expected
    assert all(typed in match.label for match in found[: len(expected)] if match.via)


def test_text_that_is_no_council_finds_nothing(finder: CouncilFinder) -> None:
    assert finder.find("") == []
    assert finder.find("   ") == []
    assert finder.find("zzqqxx") == []


def test_names_are_compared_without_council_words_case_or_punctuation() -> None:
    assert normalise("London Borough of Hammersmith & Fulham") == "hammersmith and fulham"
    assert normalise("Stockton-on-Tees Borough Council") == "stockton on tees"
    assert normalise("City of York Council") == "york"
