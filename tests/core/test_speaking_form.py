"""The speaking form: what a sentence sounds like read aloud, without any speech engine."""

from __future__ import annotations

import datetime as dt

import pytest

from send_routes.core.deadlines import long_date
from send_routes.core.speaking_form import (
    ordinal,
    phone_groups,
    speaking_form,
    spoken_days_left,
    spoken_phone,
)

WORDS = {"EHC": "E H C", "SENDIASS": "SEND I A S S", "SEN": "S E N", "SEND": "send"}


def test_a_long_date_is_read_with_the_ordinal_day() -> None:
    assert speaking_form("Reply by Tuesday 1 December 2026.") == (
        "Reply by Tuesday the first of December 2026."
    )


def test_every_day_of_the_month_has_its_ordinal() -> None:
    assert [ordinal(day) for day in (1, 2, 3, 11, 12, 20, 21, 22, 23, 30, 31)] == [
        "first",
        "second",
        "third",
        "eleventh",
        "twelfth",
        "twentieth",
        "twenty-first",
        "twenty-second",
        "twenty-third",
        "thirtieth",
        "thirty-first",
    ]
    with pytest.raises(ValueError):
        ordinal(32)


def test_the_plans_own_date_form_is_spoken_for_every_day_of_a_year() -> None:
    day = dt.date(2026, 1, 1)
    while day.year == 2026:
        spoken = speaking_form(long_date(day))
        assert spoken == f"{day:%A} the {ordinal(day.day)} of {day:%B} 2026"
        day += dt.timedelta(days=1)


def test_a_date_without_a_weekday_or_year_and_an_iso_date_are_spoken_too() -> None:
    assert speaking_form("from 3 March") == "from the third of March"
    assert speaking_form("on 2026-10-01") == "on the first of October 2026"
    assert speaking_form("not 2026-13-45") == "not 2026-13-45"


def test_a_phone_number_is_read_digit_by_digit_in_its_groups() -> None:
    assert speaking_form("Call 01905 768153 today.") == (
        "Call zero one nine zero five, seven six eight, one five three today."
    )
    assert spoken_phone("0113 378 5020") == (
        "zero one one three, three seven eight, five zero two zero"
    )


def test_a_long_group_is_split_so_it_can_be_remembered() -> None:
    assert phone_groups("01905 822412") == ["01905", "822", "412"]
    assert phone_groups("020 75200405") == ["020", "7520", "0405"]
    assert phone_groups("0191 4784667") == ["0191", "478", "4667"]


def test_numbers_that_are_not_phone_numbers_are_left_alone() -> None:
    assert speaking_form("within 15 school days") == "within 15 school days"
    assert speaking_form("reference 0123 45") == "reference 0123 45"
    assert speaking_form("in 2026 and 2027") == "in 2026 and 2027"


def test_abbreviations_are_said_as_the_content_list_says() -> None:
    assert speaking_form("Your EHC plan", WORDS) == "Your E H C plan"
    assert speaking_form("Ask SENDIASS about SEN support", WORDS) == (
        "Ask SEND I A S S about S E N support"
    )
    # Whole words only, with their case: "Sent" and "ehc" are not abbreviations.
    assert speaking_form("Sent to ehc", WORDS) == "Sent to ehc"


def test_days_left_are_said_as_a_person_would() -> None:
    assert [spoken_days_left(d) for d in (0, 1, -1, 12, -3)] == [
        "today",
        "tomorrow",
        "yesterday",
        "in 12 days",
        "3 days ago",
    ]
