"""The wording check finds every vague phrase in section F, and nothing in a clear one."""

from __future__ import annotations

from pathlib import Path

from send_routes.content_store.content import ContentStore
from send_routes.core.wording_check import MISSING, check_text

DATA = Path(__file__).resolve().parents[1] / "data"


def test_every_vague_phrase_in_a_sample_section_f_is_found(content: ContentStore) -> None:
    text = (DATA / "section_f_vague.txt").read_text(encoding="utf-8")
    found = {
        (f.line, f.rule, f.phrase.lower()) for f in check_text(text, content.case_file.wording)
    }
    phrases = {(line, rule) for line, rule, _ in found}
    assert {
        (3, "access_to"),
        (4, "regular"),
        (5, "up_to"),
        (6, "as_appropriate"),
        (7, "opportunities_for"),
        (8, "as_needed"),
    } <= phrases
    assert (8, "as_needed", "support as needed") in found
    assert (9, MISSING) in phrases  # provision with no who, how often or how long
    assert not any(line in (1, 10) for line, _rule in phrases)


def test_a_well_specified_section_f_is_not_flagged(content: ContentStore) -> None:
    text = (DATA / "section_f_specified.txt").read_text(encoding="utf-8")
    assert check_text(text, content.case_file.wording) == []


def test_phrases_match_whole_words_in_any_case_and_spacing(content: ContentStore) -> None:
    wording = content.case_file.wording
    (found,) = [f for f in check_text("Support AS\tAPPROPRIATE.", wording) if f.rule != MISSING]
    assert found.phrase == "AS APPROPRIATE" and found.question
    assert [f.rule for f in check_text("The irregular verbs", wording)] == []
    assert [f.rule for f in check_text("Uptown", wording)] == []


def test_each_finding_says_its_line_and_the_question(content: ContentStore) -> None:
    (finding,) = check_text("\n\nA regular meeting with the SENCO.", content.case_file.wording)
    assert finding.as_line().startswith('line 3: "regular": How often')
