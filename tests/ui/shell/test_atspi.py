"""A screen reader's view of every page a family can reach: the bus reads all that the
page's own reading order (``Page.reading_order``) says, and every focusable control on it
has a name and a role.

The window runs under Xvfb with the AT-SPI accessibility bus, in its own D-Bus session, and
``atspi_reader.py`` reads it through the bus with Debian's python3-pyatspi (system Python).
Skipped, saying why, where Xvfb, D-Bus or pyatspi is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
#: Roles a screen reader cannot act on: a control that reports one has lost its role.
NO_ROLE = {"", "unknown", "invalid", "redundant object"}
#: Qt's frame marks in a text's characters on the bus, pictures' placeholders and line
#: separators: a reader passes over them, so they compare as spaces.
NOT_SPOKEN = str.maketrans(dict.fromkeys("\ufdd0\ufdd1\ufffc\u2028\u2029\xa0", " "))

View = dict[str, dict[str, list[Any]]]
#: The start of the draft notice in Polish (db/content/translations/pl.yaml).
POLISH_NOTICE = "To tłumaczenie nie zostało jeszcze sprawdzone"


def said(text: str) -> str:
    """``text`` as a reader speaks it: the words, one space between them."""
    return " ".join(text.translate(NOT_SPOKEN).split())


def _missing() -> str | None:
    for tool in ("dbus-run-session", "xvfb-run"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: dbus, xvfb)"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        return "pyatspi is not installed for the system Python (Debian: python3-pyatspi)"
    return None


@pytest.fixture(scope="module")
def screen_reader_view(content_db: Path) -> View:
    return read_by_screen_reader(content_db)


@pytest.fixture(scope="module")
def polish_view(content_db: Path) -> View:
    """The same walk with the window in Polish, chosen on the start page."""
    return read_by_screen_reader(content_db, language="pl")


def read_by_screen_reader(content_db: Path, language: str = "") -> View:
    why = _missing()
    if why:
        pytest.skip(f"cannot start the accessibility bus: {why}")
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "PYTHONPATH": str(HERE.parents[1] / "desktop"),
        "SEND_ROUTES_ATSPI_LANGUAGE": language,
    }
    command = ["dbus-run-session", "--", "xvfb-run", "-a", SYSTEM_PYTHON]
    command += [str(HERE / "atspi_reader.py"), sys.executable, str(content_db)]
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment, timeout=600, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        pytest.fail(f"the reader said nothing: {done.stderr[-2000:]}")
    view: View = json.loads(lines[-1])
    if "error" in view:
        pytest.skip(f"the accessibility bus did not answer: {view['error']}")
    return view


#: Every page a family can reach (``atspi_app.pages``): each kind of question, the plan in
#: both its forms, the side pages and the hidden screen.
PAGES = (
    "start",
    "question: one choice",
    "question: several choices",
    "question: council",
    "question: date",
    "question: number",
    "check your answers",
    "plan",
    "plan in Easy Read",
    "directory",
    "glossary",
    "adviser area",
    "hidden screen",
)


def test_the_reader_visits_every_page_a_family_can_reach(screen_reader_view: View) -> None:
    assert list(screen_reader_view) == list(PAGES)


@pytest.mark.parametrize("page", PAGES)
def test_the_bus_reads_all_that_the_page_says_in_its_reading_order(
    screen_reader_view: View, page: str
) -> None:
    order = [said(text) for text in screen_reader_view[page]["order"]]
    heard = "\n".join(said(text) for text in screen_reader_view[page]["heard"])
    assert order, f"the {page} page says nothing in its reading order"
    unheard = [text for text in order if text not in heard]
    assert unheard == []


@pytest.mark.parametrize("page", PAGES)
def test_every_focusable_control_has_a_name_and_a_role_on_the_bus(
    screen_reader_view: View, page: str
) -> None:
    controls = screen_reader_view[page]["controls"]
    assert controls, f"no focusable control was read on the {page} page"
    nameless = [role for role, name in controls if not name.strip()]
    roleless = [name for role, name in controls if role in NO_ROLE]
    assert nameless == [] and roleless == []


def test_the_hidden_screen_reads_nothing_of_the_plan_it_covers(screen_reader_view: View) -> None:
    heard = "\n".join(said(text) for text in screen_reader_view["hidden screen"]["heard"])
    plan = [said(text) for text in screen_reader_view["plan"]["order"]]
    assert [text for text in plan if text in heard] == []
    assert said(screen_reader_view["hidden screen"]["order"][0]) in heard


@pytest.mark.parametrize("page", PAGES)
def test_in_polish_every_focusable_control_has_a_name_and_a_role_on_the_bus(
    polish_view: View, page: str
) -> None:
    controls = polish_view[page]["controls"]
    assert controls, f"no focusable control was read on the {page} page"
    nameless = [role for role, name in controls if not name.strip()]
    roleless = [name for role, name in controls if role in NO_ROLE]
    assert nameless == [] and roleless == []


def test_in_polish_the_bus_reads_page_one_in_polish_with_the_english_under_it(
    polish_view: View,
) -> None:
    heard = "\n".join(said(text) for text in polish_view["plan"]["heard"])
    assert said(POLISH_NOTICE) in heard  # the draft notice, in Polish
    assert "TWÓJ PLAN" in heard and "YOUR PLAN" in heard
