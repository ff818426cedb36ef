"""The Easy Read plan: every line written, short, with a picture, page 1 first."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from scenario_checks import load_scenarios
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.easy_read import MAX_WORDS, sentences, word_count
from send_routes.core.easy_read_view import EasyPlanView
from send_routes.core.planner import make_plan
from send_routes.export.easy_read_text import easy_content, easy_read_text, easy_read_view

VALID = [s for s in load_scenarios() if "error_mentions" not in s["expect"]]


def view_for(content: ContentStore, scenario: dict[str, Any]) -> EasyPlanView:
    today = dt.date.fromisoformat(scenario.get("today", "2026-11-22"))
    plan = make_plan(content.guidance, parse_answers(scenario["answers"]), today)
    return easy_read_view(plan, content)


@pytest.mark.parametrize("scenario", VALID, ids=lambda s: s["name"])
def test_every_line_is_written_easy_read_with_a_picture(
    content: ContentStore, scenario: dict[str, Any]
) -> None:
    view = view_for(content, scenario)
    assert view.missing == ()
    pictures = easy_content(content).pictures
    for line in view.all_lines():
        assert line.picture in pictures and line.alt == pictures[line.picture]
        assert "{" not in line.text and "[[" not in line.text
        for sentence in sentences(line.text):
            assert word_count(sentence) < MAX_WORDS, sentence


@pytest.mark.parametrize("scenario", VALID, ids=lambda s: s["name"])
def test_page_one_says_what_to_do_first_by_when_and_who_to_contact(
    content: ContentStore, scenario: dict[str, Any]
) -> None:
    view = view_for(content, scenario)
    first, by_when, who = view.page_one
    assert [first.heading, by_when.heading, who.heading] == [
        "What to do first",
        "By when",
        "Who to contact",
    ]
    # The first route of the ordinary plan, in its Easy Read title, then its first step.
    assert first.lines[0].text == view.routes.parts[0].heading.split(". ", 1)[1] + "."
    assert len(first.lines) >= 2
    assert by_when.lines and who.lines


def test_the_urgent_date_comes_with_the_days_left(content: ContentStore) -> None:
    scenario = {
        "answers": {
            "role": "parent_carer",
            "setting": "school",
            "stage": "assessment_requested",
            "disagree_with": ["local_authority"],
            "issues": ["refused_assessment"],
            "local_authority": "worcestershire",
            "decision_date": "2026-10-01",
        },
        "today": "2026-11-22",
    }
    view = view_for(content, scenario)
    texts = [line.text for line in view.page_one[1].lines]
    assert texts == [
        "Last day to contact the mediation adviser.",
        "Tuesday 1 December 2026.",
        "You have 9 days left.",
    ]
    assert view.page_one[0].lines[0].text == "Ask for mediation."


def test_a_young_person_is_you_never_your_child(content: ContentStore) -> None:
    for scenario in VALID:
        answers = dict(scenario["answers"], role="young_person")
        answers.pop("age_band", None)
        view = view_for(content, {"answers": answers})
        text = easy_read_text(view).casefold()
        assert "your child" not in text


def test_the_key_words_are_those_the_lines_use(content: ContentStore) -> None:
    view = view_for(content, VALID[3])
    words = [word for word, _ in view.words]
    shown = " ".join(line.text for line in view.all_lines()).casefold()
    assert words == sorted(words, key=str.casefold)
    assert all(word.casefold() in shown for word in words)
    assert "Tribunal" in words and "mediation certificate" in words


def test_an_ignored_content_update_is_the_first_line_shown_and_read_aloud(
    content: ContentStore,
) -> None:
    from send_routes.content_store.trusted_content import UNSIGNED
    from send_routes.core.easy_read_view import build_easy_read_view
    from send_routes.export.plan_context import plan_view

    plan = make_plan(content.guidance, parse_answers(VALID[0]["answers"]), dt.date(2026, 11, 2))
    easy = easy_content(content)
    view = build_easy_read_view(plan_view(plan, content), easy, {}, UNSIGNED)
    assert view.intro[0].text == UNSIGNED
    assert view.intro[0].alt == easy.pictures["warning"]
    assert view.reading_order()[:2] == [view.title, UNSIGNED]
    assert easy_read_text(view).count(UNSIGNED) == 1
    without = build_easy_read_view(plan_view(plan, content), easy, {})
    assert UNSIGNED not in without.reading_order()
