"""Dates are written in the app's own words, whatever language the computer's locale is in."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from send_routes.core.deadlines import day_month_year, long_date

LOCALE_SOURCES = Path("/usr/share/i18n/locales")


def test_a_date_reads_as_in_a_letter() -> None:
    assert long_date(dt.date(2026, 12, 1)) == "Tuesday 1 December 2026"
    assert day_month_year(dt.date(2027, 2, 28)) == "28 February 2027"


def test_every_day_of_a_year_names_its_own_weekday_and_month() -> None:
    day = dt.date(2026, 1, 1)
    while day.year == 2026:
        words = long_date(day).split()
        assert words[1:] == [str(day.day), MONTHS[day.month - 1], "2026"]
        assert words[0] == WEEKDAYS[day.isoweekday() % 7]
        day += dt.timedelta(days=1)


# Counted from Sunday, as ``isoweekday() % 7`` gives: a second table to check the first.
WEEKDAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def test_a_welsh_locale_does_not_turn_an_english_plan_date_welsh(tmp_path: Path) -> None:
    """As Qt does at start-up, the process takes the computer's locale (here Welsh)."""
    if shutil.which("localedef") is None or not (LOCALE_SOURCES / "cy_GB").exists():
        pytest.skip("localedef or the Welsh locale source is missing (Debian: locales)")
    subprocess.run(
        ["localedef", "-i", "cy_GB", "-f", "UTF-8", str(tmp_path / "cy_GB.UTF-8")],
        check=False,
        capture_output=True,
    )
    code = (
        "import datetime as dt, locale; locale.setlocale(locale.LC_ALL, 'cy_GB.UTF-8'); "
        "assert f'{dt.date(2026, 12, 1):%A}' == 'Mawrth', 'the locale did not take'; "
        "from send_routes.core.deadlines import long_date; print(long_date(dt.date(2026, 12, 1)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "LOCPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "Tuesday 1 December 2026"
