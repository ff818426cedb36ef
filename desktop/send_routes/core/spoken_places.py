"""Where a word the voice says is in the sentence on screen (no speech engine here).

A speech engine says where each word is in the text it was given: the speaking form
(``speaking_form``: "Ask by Tuesday the first of December"), not the sentence shown ("Ask by
Tuesday 1 December"). The two are lined up word by word; a word said in a run of words that
both have in the same order ("Ask by Tuesday", "December") is found in the shown sentence,
and a word only the speaking form has ("the first of", "zero one nine...") is not: the screen
marks nothing for it rather than a wrong word.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_WORD = re.compile(r"\w+")


def shown_place(shown: str, spoken: str, start: int, length: int) -> tuple[int, int] | None:
    """The start and length in ``shown`` of the word at ``start`` (``length`` letters) in
    ``spoken``; None when the shown sentence does not have that word there."""
    if spoken == shown:
        return (start, length) if start >= 0 and start + length <= len(shown) else None
    said = [match.span() for match in _WORD.finditer(spoken)]
    seen = [match.span() for match in _WORD.finditer(shown)]
    which = next((i for i, (begin, end) in enumerate(said) if begin <= start < end), None)
    if which is None:
        return None
    matcher = SequenceMatcher(
        None,
        [spoken[begin:end] for begin, end in said],
        [shown[begin:end] for begin, end in seen],
        autojunk=False,
    )
    for said_from, seen_from, size in matcher.get_matching_blocks():
        if said_from <= which < said_from + size:
            place = seen[seen_from + which - said_from][0] + start - said[which][0]
            word = spoken[start : start + length]
            return (place, length) if shown[place : place + length] == word else None
    return None
