"""A word the voice says, found in the sentence on screen, without any speech engine: the
engine's word places are in the speaking form, which says dates, numbers and abbreviations
in other words."""

from __future__ import annotations

import re

from send_routes.core.speaking_form import speaking_form
from send_routes.core.spoken_places import shown_place

WORDS = {"EHC": "E H C", "SEN": "S E N"}


def marked(shown: str) -> list[str | None]:
    """Each word the engine says of ``shown``'s speaking form (as Qt's engines report them,
    letters and digits without the punctuation), as marked in ``shown``: None if not."""
    spoken = speaking_form(shown, WORDS)
    words: list[str | None] = []
    for word in re.finditer(r"\w+", spoken):
        place = shown_place(shown, spoken, word.start(), len(word.group()))
        words.append(None if place is None else shown[place[0] : place[0] + place[1]])
    return words


def test_a_sentence_said_as_shown_has_every_word_where_it_is() -> None:
    shown = "Ask for mediation."
    assert shown_place(shown, shown, 8, 9) == (8, 9)
    assert marked(shown) == ["Ask", "for", "mediation"]


def test_the_words_around_a_date_are_found_and_the_words_said_for_it_are_not() -> None:
    shown = "Reply by Tuesday 1 December 2026 at the latest."
    assert speaking_form(shown, WORDS).startswith("Reply by Tuesday the first of December")
    assert marked(shown) == [
        "Reply",
        "by",
        "Tuesday",
        None,  # the
        None,  # first
        None,  # of
        "December",
        "2026",
        "at",
        "the",  # the shown "the", after the date: not the one said before "first"
        "latest",
    ]
    spoken = speaking_form(shown, WORDS)
    later_the = spoken.index("the latest")
    assert shown_place(shown, spoken, later_the, 3) == (shown.index("the latest"), 3)


def test_a_phone_number_said_digit_by_digit_marks_nothing_of_it() -> None:
    shown = "Call 01905 768153 today."
    assert marked(shown) == ["Call", *[None] * 11, "today"]


def test_an_abbreviation_said_letter_by_letter_keeps_the_words_either_side() -> None:
    assert marked("Your EHC plan and SEN support.") == [
        "Your",
        None,
        None,
        None,
        "plan",
        "and",
        None,
        None,
        None,
        "support",
    ]


def test_a_place_outside_any_word_is_not_marked() -> None:
    shown = "Your EHC plan."
    spoken = speaking_form(shown, WORDS)
    assert shown_place(shown, spoken, len(spoken) + 5, 2) is None
    assert shown_place(shown, shown, len(shown) - 1, 5) is None
