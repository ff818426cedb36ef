"""A translation may not lose or change a placeholder, date, number, phone number, web
address or id of its English."""

from __future__ import annotations

import pytest

from polish_words import MONTHS_PL
from send_routes.core.protected_text import lost_parts

ENGLISH = (
    "Call 0370 000 2288 by {date}, or see www.gov.uk/send-tribunal and ipsea.org.uk. "
    "You have 28 days (F12, refused_assessment) from 1 December 2026."
)
KEPT = (
    "Zadzwoń pod 0370 0002288 do {date} lub zobacz www.gov.uk/send-tribunal i ipsea.org.uk. "
    "Masz 28 dni (F12, refused_assessment) od 1 grudnia 2026."
)


def test_a_translation_that_keeps_everything_passes() -> None:
    assert lost_parts(ENGLISH, KEPT, MONTHS_PL) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("{date}", "{data}"), "placeholder {date}"),
        (("0370 0002288", "0370 0002289"), "phone number 03700002288"),
        (("www.gov.uk/send-tribunal", "www.gov.uk"), "web address www.gov.uk/send-tribunal"),
        (("28 dni", "8 dni"), "number 28"),
        (("F12", "F13"), "id F12"),
        (("refused_assessment", "odmowa"), "id refused_assessment"),
        (("1 grudnia 2026", "2 grudnia 2026"), "date 1 December 2026"),
        (("1 grudnia 2026", "1 listopada 2026"), "date 1 December 2026"),
    ],
)
def test_a_translation_that_loses_or_changes_a_part_is_refused(
    change: tuple[str, str], problem: str
) -> None:
    changed = KEPT.replace(*change)
    assert changed != KEPT
    assert f"loses or changes the {problem}" in lost_parts(ENGLISH, changed, MONTHS_PL)


def test_numbers_in_a_languages_own_digits_count_as_the_same_numbers() -> None:
    assert lost_parts("You have 28 days.", "আপনার হাতে ২৮ দিন আছে।") == []
    assert lost_parts("You have 28 days.", "আপনার হাতে ২৯ দিন আছে।") != []


MONTH_AND_DATE = "You have 1 month from 1 December 2026. Counted from 2026-12-01."


@pytest.mark.parametrize(
    "translation",
    [
        "Masz 1 miesiąc od 1 December 2026. Liczone od 2026-12-01.",  # dates left in English
        "Masz 1 miesiąc od 1 grudnia 2026. Liczone od 2026-12-01.",
    ],
)
def test_one_month_beside_a_date_left_in_english_is_kept(translation: str) -> None:
    """The date's day is taken out where the date stands, not from "1 month"."""
    assert lost_parts(MONTH_AND_DATE, translation, MONTHS_PL) == []


@pytest.mark.parametrize(
    ("translation", "problem"),
    [
        ("Masz 2 miesiące od 1 December 2026. Liczone od 2026-12-01.", "number 1"),
        ("Masz miesiąc od 1 December 2026. Liczone od 2026-12-01.", "number 1"),
        ("Masz 1 miesiąc od 2 December 2026. Liczone od 2026-12-01.", "date 1 December 2026"),
        ("Masz 1 miesiąc od 1 grudnia 2025. Liczone od 2026-12-01.", "date 1 December 2026"),
        ("Masz 1 miesiąc od 1 grudnia 2026. Liczone od 2026-12-02.", "date 1 December 2026"),
    ],
)
def test_beside_a_date_a_lost_or_changed_month_count_or_date_is_still_refused(
    translation: str, problem: str
) -> None:
    assert f"loses or changes the {problem}" in lost_parts(MONTH_AND_DATE, translation, MONTHS_PL)
