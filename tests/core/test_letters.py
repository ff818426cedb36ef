"""Draft letters: the parts each one needs, filled from answers, blanks where unknown."""

from __future__ import annotations

import datetime as dt

import pytest

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import Answers, parse_answers
from send_routes.core.letters import (
    BLANK,
    LETTER_IDS,
    fill_letter,
    fits,
    in_language,
    letter_values,
    suggested,
)

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


YOUNG_PERSON = parse_answers(
    {
        "role": "young_person",
        "setting": "college",
        "stage": "plan",
        "disagree_with": ["setting", "local_authority"],
        "issues": ["setting_provision", "plan_content"],
        "local_authority": "shropshire",
        "decision_date": "2026-10-01",
    }
)


@pytest.mark.parametrize("kind", LETTER_IDS)
def test_a_young_persons_letter_speaks_of_themselves_never_of_your_child(
    content: ContentStore, kind: str
) -> None:
    template = next(t for t in content.letters if t.id == kind)
    values = letter_values(
        YOUNG_PERSON, content.guidance.phrases, content.option_labels("issues"), TODAY
    )
    filled = fill_letter(template, values)
    whole = filled.with_instructions().lower()
    assert "your child" not in whole and "child's" not in whole
    assert f"{BLANK}'s" not in whole  # no blank where the young person's own name would go
    assert " me" in filled.text or " my " in filled.text


def test_a_parents_letter_names_the_child(content: ContentStore) -> None:
    text = letter(content, "senco_meeting", {"child_name": "Sam"})
    assert "Sam's support" in text


def test_the_letter_with_instructions_keeps_where_to_send_it_and_what_to_attach(
    content: ContentStore,
) -> None:
    template = next(t for t in content.letters if t.id == "mediation_adviser")
    values = letter_values(ANSWERS, content.guidance.phrases, {}, TODAY)
    filled = fill_letter(template, values)
    whole = filled.with_instructions()
    assert whole.startswith(filled.text.rstrip("\n"))
    assert f"Send it to: {filled.to}" in whole
    assert all(line in whole for line in (*filled.send_to, *filled.attach))
    assert "within 2 months of the decision" in whole
    edited = filled.with_instructions("My own words.")
    assert edited.startswith("My own words.") and "within 2 months" in edited


def test_a_letter_fits_only_the_answers_its_conditions_allow(content: ContentStore) -> None:
    college_ceasing = parse_answers(
        {
            "role": "parent_carer",
            "setting": "college",
            "stage": "plan",
            "disagree_with": ["local_authority"],
            "issues": ["cease_plan"],
        }
    )
    templates = {t.id: t for t in content.letters}
    assert not fits(templates["complaint_setting"], college_ceasing)
    assert fits(templates["explain_decision"], college_ceasing)
    assert fits(templates["complaint_setting"], ANSWERS)


def test_the_exclusion_letter_fits_a_school_exclusion_but_not_an_independent_school(
    content: ContentStore,
) -> None:
    excluded = {
        "role": "parent_carer",
        "setting": "school",
        "stage": "sen_support",
        "disagree_with": ["setting"],
        "issues": ["exclusion"],
    }
    template = next(t for t in content.letters if t.id == "exclusion_governors")
    assert fits(template, parse_answers(excluded))
    assert not fits(template, parse_answers({**excluded, "school_type": "independent"}))
    assert not fits(template, parse_answers({**excluded, "setting": "college"}))


def test_the_nhs_complaint_letter_keeps_the_12_months_and_the_final_response(
    content: ContentStore,
) -> None:
    health = parse_answers(
        {
            "role": "young_person",
            "setting": "college",
            "stage": "plan",
            "disagree_with": ["health"],
            "issues": ["health_care"],
        }
    )
    template = next(t for t in content.letters if t.id == "nhs_complaint")
    assert fits(template, health)
    values = letter_values(health, content.guidance.phrases, {}, TODAY)
    whole = fill_letter(template, values).with_instructions()
    assert "health support for me" in whole
    assert "within 12 months" in whole and "final response" in whole


def in_urdu(content: ContentStore, kind: str, answers: Answers) -> str:
    urdu = content.language("ur")
    assert urdu is not None

    def say(english: str) -> str:
        return urdu.text(english) or english

    template = in_language(next(t for t in content.letters if t.id == kind), say)
    issues = content.option_labels("issues")
    values = letter_values(answers, content.guidance.phrases, issues, TODAY, {}, say)
    return fill_letter(template, values).text


def test_a_young_persons_letter_in_urdu_fills_in_urdu_words_not_my_or_me(
    content: ContentStore,
) -> None:
    text = in_urdu(content, "complaint_la", YOUNG_PERSON)
    assert "میری خصوصی تعلیمی ضروریات" in text  # "my special educational needs"
    assert not {"my", "me", "the", "college"} & set(text.split())


def test_a_parents_letter_in_urdu_says_the_school_and_the_childs_in_urdu(
    content: ContentStore,
) -> None:
    text = in_urdu(content, "senco_meeting", ANSWERS)
    assert "اسکول" in text and f"{BLANK} کی مدد" in text  # "the school", "______'s support"
    assert "the school" not in text and "'s" not in text
