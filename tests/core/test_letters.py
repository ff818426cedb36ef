"""Draft letters: the parts each one needs, filled from answers, blanks where unknown."""

from __future__ import annotations

import datetime as dt

import pytest

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.letters import BLANK, LETTER_IDS, fill_letter, letter_values, suggested

ANSWERS = parse_answers(
    {
        "role": "parent_carer",
        "setting": "school",
        "stage": "plan",
        "disagree_with": ["setting", "local_authority"],
        "issues": ["setting_provision", "plan_content"],
        "local_authority": "dudley",
        "decision_date": "2026-10-01",
    }
)
TODAY = dt.date(2026, 11, 22)


def letter(content: ContentStore, kind: str, names: dict[str, str] | None = None) -> str:
    template = next(t for t in content.letters if t.id == kind)
    values = letter_values(
        ANSWERS, content.guidance.phrases, content.option_labels("issues"), TODAY, names
    )
    filled = fill_letter(template, values)
    assert filled.attach and filled.send_to and filled.to
    return filled.text


def test_every_letter_kind_is_in_the_content(content: ContentStore) -> None:
    assert [t.id for t in content.letters] == list(LETTER_IDS)


def test_a_complaint_has_the_parts_a_complaint_needs(content: ContentStore) -> None:
    text = letter(content, "complaint_setting")
    assert "complaint" in text.lower()
    assert "The support the school gives" in text or "support" in text  # every issue listed
    assert "What I would like to happen" in text
    assert "Please reply in writing by" in text


@pytest.mark.parametrize("kind", LETTER_IDS)
def test_each_letter_is_filled_from_the_answers_with_blanks_for_the_unknown(
    content: ContentStore, kind: str
) -> None:
    text = letter(content, kind)
    assert BLANK in text  # no child's name was given
    assert "{" not in text and "}" not in text
    assert "[[" not in text


def test_names_given_replace_the_blanks(content: ContentStore) -> None:
    text = letter(content, "explain_decision", {"child_name": "Sam", "your_name": "Jo Bloggs"})
    assert "Sam" in text and "Jo Bloggs" in text
    assert "Thursday 1 October 2026" in text


def test_the_mediation_letter_offers_mediation_or_a_certificate_only(content: ContentStore) -> None:
    text = letter(content, "mediation_adviser")
    assert "go to mediation" in text and "certificate" in text


def test_letters_suggested_follow_the_answers(content: ContentStore) -> None:
    ids = [t.id for t in suggested(content.letters, ANSWERS)]
    assert "complaint_setting" in ids and "senco_meeting" in ids and "mediation_adviser" in ids
    assert "complaint_la" not in ids
