"""Deadline arithmetic: calendar months, working days, and the SEN appeal holiday rules."""

from __future__ import annotations

import datetime as dt

import pytest

from send_routes.core.deadlines import (
    Count,
    add_months,
    add_school_days,
    count_deadline,
    is_working_day,
    long_date,
    next_working_day,
    sen_appeal_extension,
)

D = dt.date


def appeal(decision: D, certificate: D | None = None) -> D:
    counts = [Count("decision_date", decision, months=2)]
    if certificate:
        counts.append(Count("certificate_date", certificate, months=1))
    return count_deadline(counts, sen_holidays=True, working_day=True).date


def test_months_count_to_the_same_day_number() -> None:
    assert add_months(D(2026, 10, 1), 2) == (D(2026, 12, 1), False)


def test_a_missing_day_becomes_the_last_day_of_the_month_and_is_flagged() -> None:
    assert add_months(D(2026, 12, 31), 2) == (D(2027, 2, 28), True)


def test_the_29th_of_february_exists_in_a_leap_year() -> None:
    assert add_months(D(2027, 12, 29), 2) == (D(2028, 2, 29), False)
    assert add_months(D(2027, 12, 30), 2) == (D(2028, 2, 29), True)


def test_counting_from_the_29th_of_february() -> None:
    assert add_months(D(2028, 2, 29), 1) == (D(2028, 3, 29), False)


def test_weekends_and_bank_holidays_are_not_working_days() -> None:
    assert not is_working_day(D(2026, 11, 21))  # Saturday
    assert not is_working_day(D(2026, 12, 25))  # Christmas Day
    assert not is_working_day(D(2026, 4, 3))  # Good Friday
    assert not is_working_day(D(2026, 4, 6))  # Easter Monday
    assert not is_working_day(D(2026, 12, 28))  # Boxing Day (substitute)
    assert is_working_day(D(2026, 11, 23))


def test_scottish_holidays_are_not_used() -> None:
    assert is_working_day(D(2026, 1, 2))  # a bank holiday in Scotland only
    assert is_working_day(D(2026, 11, 30))  # St Andrew's Day


def test_next_working_day_skips_a_bank_holiday_weekend() -> None:
    assert next_working_day(D(2026, 5, 23)) == D(2026, 5, 26)


def test_facts_worked_example_takes_the_later_date() -> None:
    # F2: letter 1 October, certificate 29 November: 29 December is later; F4 moves it.
    assert appeal(D(2026, 10, 1), D(2026, 11, 29)) == D(2027, 1, 4)


def test_without_a_certificate_two_months_from_the_letter() -> None:
    assert appeal(D(2026, 10, 1)) == D(2026, 12, 1)


def test_a_certificate_earlier_than_two_months_does_not_shorten_the_time() -> None:
    assert appeal(D(2026, 10, 1), D(2026, 10, 15)) == D(2026, 12, 1)


def test_a_deadline_in_august_moves_to_the_first_working_day_after_31_august() -> None:
    assert appeal(D(2026, 6, 30)) == D(2026, 9, 1)
    assert appeal(D(2027, 6, 1)) == D(2027, 9, 1)  # 31 Aug 2027 is a Tuesday


def test_a_deadline_over_christmas_moves_past_new_year() -> None:
    assert appeal(D(2026, 10, 25)) == D(2027, 1, 4)
    assert appeal(D(2026, 11, 1)) == D(2027, 1, 4)  # 1 January itself


def test_a_deadline_on_a_weekend_moves_to_monday() -> None:
    assert appeal(D(2026, 9, 21)) == D(2026, 11, 23)  # 21 Nov 2026 is a Saturday


def test_a_deadline_on_easter_monday_moves_to_tuesday() -> None:
    assert appeal(D(2027, 1, 29)) == D(2027, 3, 30)  # 29 Mar 2027 is Easter Monday


def test_a_deadline_on_good_friday_moves_past_easter() -> None:
    assert appeal(D(2027, 1, 26)) == D(2027, 3, 30)  # 26 Mar 2027 is Good Friday


def test_a_deadline_on_the_29th_of_february_stands() -> None:
    assert appeal(D(2027, 12, 29)) == D(2028, 2, 29)


@pytest.mark.parametrize(
    ("day", "moved"),
    [
        (D(2026, 12, 24), None),
        (D(2026, 12, 25), D(2027, 1, 4)),
        (D(2027, 1, 1), D(2027, 1, 4)),
        (D(2027, 1, 2), None),
        (D(2026, 8, 1), D(2026, 9, 1)),
        (D(2026, 9, 1), None),
    ],
)
def test_sen_holiday_extension_covers_exactly_christmas_to_new_year_and_august(
    day: D, moved: D | None
) -> None:
    assert sen_appeal_extension(day) == moved


def test_weeks_are_calendar_weeks_without_working_day_moves() -> None:
    counted = count_deadline([Count("request_date", D(2026, 9, 1), weeks=6)])
    assert counted.date == D(2026, 10, 13)
    assert count_deadline([Count("request_date", D(2026, 9, 1), weeks=20)]).date == D(2027, 1, 19)


def test_the_count_kept_is_the_one_that_gave_the_later_date() -> None:
    counted = count_deadline(
        [
            Count("decision_date", D(2026, 10, 1), months=2),
            Count("certificate_date", D(2026, 11, 29), months=1),
        ]
    )
    assert counted.count.from_key == "certificate_date"


def test_a_deadline_needs_a_starting_date() -> None:
    with pytest.raises(ValueError, match="starting date"):
        count_deadline([])


def test_long_dates_read_like_a_letter() -> None:
    assert long_date(D(2026, 12, 1)) == "Tuesday 1 December 2026"


def test_school_days_start_the_day_after_and_skip_weekends() -> None:
    # Monday 8 November 2027 + 15 school days: Monday 29 November 2027 (F20, G15).
    assert add_school_days(D(2027, 11, 8), 15) == D(2027, 11, 29)


def test_school_days_skip_a_bank_holiday() -> None:
    # Monday 26 April 2027 over the May Day bank holiday (3 May): Tuesday 18 May 2027.
    assert add_school_days(D(2027, 4, 26), 15) == D(2027, 5, 18)


def test_school_days_from_a_friday_start_on_monday() -> None:
    assert add_school_days(D(2026, 12, 4), 1) == D(2026, 12, 7)


def test_a_count_in_school_days_gives_the_earliest_date() -> None:
    counted = count_deadline([Count("exclusion_date", D(2027, 4, 26), school_days=15)])
    assert counted.date == D(2027, 5, 18)
