"""Every public scenario's text plan, read as a family would read it (issue 20).

No "send it early" and no "act as if" beside a date that has passed, no internal id, and no
detail the content doubts on page 1 without its flag.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from scenario_checks import load_scenarios
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.contract import DEADLINE_IDS, NOTE_IDS, ROUTE_IDS
from send_routes.core.deadlines import long_date
from send_routes.core.plan import Plan
from send_routes.core.planner import make_plan
from send_routes.export.text import plan_to_text
from send_routes.wording import MAY_HAVE_CHANGED

PUBLIC = [s for s in load_scenarios() if "error_mentions" not in s["expect"]]
#: How the content's source ids look: seeds, checked facts (F, T, G, H), S and W references.
SOURCE_ID = re.compile(r"seed-\d+|\b[FSTGHW]\d{1,2}\b")
#: The contract's ids that are not also plain words ("mediation" and "appeal" are both).
IDS = sorted(i for i in {*ROUTE_IDS, *NOTE_IDS, *DEADLINE_IDS} if "_" in i)
CONTRACT_ID = re.compile(r"\b(?:" + "|".join(IDS) + r")\b")
#: Words that only make sense before a date: wrong beside one that has passed.
BEFORE_THE_DATE = re.compile(r"send (?:it|your appeal|your claim|the claim) early|act as if")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _plan(content: ContentStore, scenario: dict[str, Any]) -> tuple[Plan, str]:
    today = dt.date.fromisoformat(scenario.get("today", "2026-11-22"))
    plan = make_plan(content.guidance, parse_answers(scenario["answers"]), today)
    return plan, re.sub(r"\s+", " ", plan_to_text(plan, content))


def words_before_a_passed_date(plan: Plan, text: str) -> list[str]:
    """Sentences that give a passed date and, in them or the next, say to act before it."""
    passed = [long_date(d.date) for d in plan.deadlines if d.passed and not d.done]
    sentences = SENTENCE_END.split(text)
    found = []
    for index, sentence in enumerate(sentences):
        if any(date in sentence for date in passed):
            beside = " ".join(sentences[index : index + 2])
            if BEFORE_THE_DATE.search(beside.casefold()):
                found.append(beside)
        # "Send your comments by <a passed date>" tells the family to act as if it were to come.
        found += [
            sentence
            for date in passed
            if re.search(
                rf"(?:^|: )(?:send|make sure|ask for|contact)\b[^.]*\bby {date}", sentence, re.I
            )
        ]
    return found


@pytest.mark.parametrize("scenario", PUBLIC, ids=lambda s: s["name"][:60])
def test_no_words_for_before_the_date_beside_a_passed_date(
    content: ContentStore, scenario: dict[str, Any]
) -> None:
    plan, text = _plan(content, scenario)
    assert words_before_a_passed_date(plan, text) == []


@pytest.mark.parametrize("scenario", PUBLIC, ids=lambda s: s["name"][:60])
def test_the_text_plan_shows_no_internal_id(
    content: ContentStore, scenario: dict[str, Any]
) -> None:
    _, text = _plan(content, scenario)
    assert SOURCE_ID.findall(text) == []
    assert CONTRACT_ID.findall(text) == []


@pytest.mark.parametrize("scenario", PUBLIC, ids=lambda s: s["name"][:60])
def test_a_doubted_contact_on_page_1_carries_its_flag(
    content: ContentStore, scenario: dict[str, Any]
) -> None:
    _, text = _plan(content, scenario)
    page_1 = text.split("YOUR ROUTES")[0]
    for contact in content.contacts:
        if contact.confidence == "L" and contact.name in page_1:
            shown = page_1.split(contact.name, 1)[1][:400]
            assert MAY_HAVE_CHANGED in shown, contact.name


def test_the_check_finds_send_it_early_beside_a_passed_date(content: ContentStore) -> None:
    scenario = {
        "answers": {
            "role": "parent_carer",
            "setting": "school",
            "stage": "sen_support",
            "disagree_with": ["setting"],
            "issues": ["discrimination"],
            "discrimination_date": "2026-03-15",
        },
        "today": "2026-11-30",
    }
    plan, text = _plan(content, scenario)
    assert words_before_a_passed_date(plan, text) == []
    planted = text.replace("it has passed.", "it has passed. Send it early.", 1)
    assert words_before_a_passed_date(plan, planted) != []
    planted = text + " Send your claim by Monday 14 September 2026."
    assert words_before_a_passed_date(plan, planted) != []
    planted = text + " Start here: Make sure the Tribunal has it by Monday 14 September 2026."
    assert words_before_a_passed_date(plan, planted) != []
