"""The whole window in the chosen language: a family choosing Urdu or Arabic on the start
page walks every page mirrored right to left, with the catalogue's words where it has them
and English where it has none; page 1 of the plan is bilingual under the draft notice, and
Finish and clear brings the window back to English, left to right."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from language_fixtures import ARABIC, URDU, WORDS, languages_with_fixtures
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel
from pytestqt.qtbot import QtBot
from wizard_keys import ALT, MakeWindow, press, walk_wizard

from sample_answers import REFUSED
from send_routes.content_store.content import ContentStore
from send_routes.content_store.language_rows import LanguageChoice
from send_routes.core.language_words import DAY_NAMES, MONTH_NAMES
from send_routes.core.translation import DRAFT_NOTICE
from send_routes.ui.common.catalogue_translator import chosen_language
from send_routes.ui.shell.main_window import MainWindow

SCENARIOS = Path(__file__).resolve().parents[2] / "data" / "scenarios_shared.json"
RIGHT_TO_LEFT = Qt.LayoutDirection.RightToLeft


@pytest.fixture(autouse=True)
def _english_after(qapp: QApplication) -> Iterator[None]:
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def first_scenario() -> dict[str, Any]:
    scenarios = json.loads(SCENARIOS.read_text(encoding="utf-8"))
    return next(s for s in scenarios if "error_mentions" not in s["expect"])


def in_language(
    window: MainWindow, content: ContentStore, choice: LanguageChoice, monkeypatch: Any
) -> dict[str, str]:
    monkeypatch.setattr(content, "language", languages_with_fixtures(content.language))
    window.language.choose(choice)
    return WORDS[choice.code]


def label_texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


@pytest.mark.parametrize("choice", [URDU, ARABIC], ids=["ur", "ar"])
def test_a_family_walks_every_page_mirrored_in_their_language(
    qtbot: QtBot,
    make_window: MakeWindow,
    content: ContentStore,
    monkeypatch: pytest.MonkeyPatch,
    choice: LanguageChoice,
) -> None:
    window = make_window()
    words = in_language(window, content, choice, monkeypatch)
    assert window.layoutDirection() == RIGHT_TO_LEFT
    assert window.start_page.start.text() == words["Start"]
    assert window.actions_.by_name["back"].text() == words["Back"]
    assert window.guard.finish_button.text() == words["Finish and clear"]
    assert window.start_page.contacts.text() == words["Find a contact"]
    assert window.start_page.adviser.text() == "I'm an adviser"  # no entry: English
    assert words["Start"] in window.windowTitle()

    window.start_page.start.click()
    first = window.wizard.current_page()
    assert first is not None and first.layoutDirection() == RIGHT_TO_LEFT
    shown = label_texts(first)
    assert words["Who is using this app?"] in shown
    assert words["I am a parent or carer"] in shown

    walk_wizard(qtbot, window, first_scenario()["answers"])
    assert window.current_page() is window.check_page
    assert words["Check your answers"] in label_texts(window.check_page)
    press(qtbot, Qt.Key.Key_N, ALT)
    plan = window.plan_page
    assert window.current_page() is plan
    assert plan.heading.text() == words["Your plan"]
    (page_one,) = plan.findChildren(QFrame, "pageOneBilingual")
    lines = label_texts(page_one)
    assert lines[:2] == [words[DRAFT_NOTICE], DRAFT_NOTICE]  # the notice, then its English
    assert lines[2:4] == [words["YOUR PLAN"], "YOUR PLAN"]
    assert plan.layoutDirection() == RIGHT_TO_LEFT

    window.session.clear()
    assert window.language.code == "en"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.start_page.start.text() == "Start"
    assert window.actions_.by_name["back"].text() == "Back"


def test_the_pages_made_before_the_choice_are_made_again_in_the_language(
    qtbot: QtBot, window: MainWindow, content: ContentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    english_check = window.check_page
    words = in_language(window, content, URDU, monkeypatch)
    assert window.check_page is not english_check
    assert words["Check your answers"] in label_texts(window.check_page)
    assert window.check_page.page_title() == words["Check your answers"]


def test_a_new_window_starts_in_english_after_an_urdu_one_closed(
    make_window: MakeWindow, content: ContentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    urdu_window = make_window()
    in_language(urdu_window, content, URDU, monkeypatch)
    nastaliq = urdu_window.font().families()[0]
    assert nastaliq == "Noto Nastaliq Urdu"  # the bundled font, added when Urdu is chosen
    urdu_window.close()
    next_window = make_window()
    assert nastaliq not in next_window.font().families()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert chosen_language() is None  # the plan page's bilingual lines are English only
    assert next_window.menuBar().actions()[0].text() == "&File"


def test_read_aloud_reads_in_the_chosen_language_and_in_english_after_clearing(
    make_window: MakeWindow, content: ContentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    in_language(window, content, URDU, monkeypatch)
    assert window.reading.voice.language == ("ur", "اردو (Urdu)")
    window.guard.clear_session()
    assert window.reading.voice.language[0] == "en"


def test_the_plans_deadlines_give_their_dates_and_days_left_in_the_language(
    make_window: MakeWindow, content: ContentStore
) -> None:
    window = make_window()
    urdu = content.language("ur")
    assert urdu is not None
    window.language.choose(next(c for c in content.languages() if c.code == "ur"))
    window.start_wizard(dict(REFUSED))
    window.show_plan()
    deadlines = [
        frame for frame in window.findChildren(QFrame) if frame.objectName().startswith("deadline-")
    ]
    assert deadlines
    for frame in deadlines:
        heading = frame.findChildren(QLabel)[0].text()
        assert any(month in heading for month in urdu.words.months), heading
        assert not any(month in heading for month in MONTH_NAMES), heading
        assert not any(day in heading for day in DAY_NAMES), heading
