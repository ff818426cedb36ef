"""The in-memory case index finds exactly what a full scan finds, however the text is typed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from send_routes.user_store.case_index import CaseIndex, CaseSummary

NOTES = ["senco meeting", "annual review", "Sam phoned the SENCO", "tribunal", "review senco"]


def index() -> CaseIndex:
    made = CaseIndex()
    for number, notes in enumerate(NOTES):
        made.put(
            CaseSummary(f"id{number}", f"Case {number}", "", f"2026-01-0{number + 1}"),
            {"notes": notes},
        )
    return made


def full_scan(text: str) -> list[str]:
    words = text.casefold().split()
    found = [
        f"id{n}"
        for n, notes in enumerate(NOTES)
        if all(w in f"case {n}\n{notes}".casefold() for w in words)
    ]
    return sorted(found, reverse=True)  # newest first: higher numbers were updated later


@given(
    st.lists(
        st.sampled_from(["s", "e", "n", "c", "o", " ", "r", "v", "i", "w", "S", "1"]), max_size=12
    )
)
def test_typing_letter_by_letter_finds_what_a_full_scan_finds(keys: list[str]) -> None:
    made = index()
    typed = ""
    for key in keys:
        typed += key
        assert [case.id for case in made.search(typed)] == full_scan(typed), typed
    while typed:  # and deleting letters again
        typed = typed[:-1]
        assert [case.id for case in made.search(typed)] == full_scan(typed), typed


def test_a_change_to_the_cases_is_searched_at_once() -> None:
    made = index()
    assert [case.id for case in made.search("tribunal")] == ["id3"]
    made.put(CaseSummary("id9", "New", "", "2026-02-01"), {"notes": "tribunal hearing"})
    assert [case.id for case in made.search("tribunal")] == ["id9", "id3"]
    made.drop("id3")
    assert [case.id for case in made.search("tribunal")] == ["id9"]
