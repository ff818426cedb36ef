"""A typed name never reorders the sentence around it (right-to-left text, overrides)."""

from __future__ import annotations

import pytest

from send_routes.core.bidi import isolate


@pytest.mark.parametrize("name", ["", "Sam", "Zoë", "O'Neill-Smith", "李", "Sam 2"])
def test_a_left_to_right_name_is_left_as_it_is(name: str) -> None:
    assert isolate(name) == name


@pytest.mark.parametrize(
    "name", ["\u202eSam", "Sam\u202d", "\u202bx", "سارة", "שרה", "Sam\u2067", "\u2069"]
)
def test_a_name_that_could_move_the_text_around_it_is_isolated(name: str) -> None:
    assert isolate(name) == f"\u2068{name}\u2069"
