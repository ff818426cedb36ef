"""The plan view: the summary, days left worked out once, contacts, sources as titles."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from sample_answers import REFUSED, SETTING_PROVISION
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.deadlines import long_date
from send_routes.core.guidance import Contact
from send_routes.core.plan import Plan
from send_routes.core.plan_view import build_plan_view
from send_routes.core.plan_view_parts import (
    NO_WAY_TO_REACH,
    PlanFacts,
    contact_view,
    days_left_text,
)
from send_routes.core.planner import make_plan
from send_routes.export.plan_context import plan_facts


def plan_for(content: ContentStore, answers: dict[str, Any], today: dt.date) -> Plan:
    return make_plan(content.guidance, parse_answers(answers), today)


@pytest.fixture
def refused(content: ContentStore) -> Plan:
    return plan_for(content, REFUSED, dt.date(2026, 11, 22))


@pytest.mark.parametrize(
    ("days", "passed", "maybe_later", "done", "words"),
    [
        (9, False, False, False, "9 days left"),
        (1, False, False, False, "1 day left"),
        (0, False, False, False, "today"),
        (-3, True, False, False, "passed"),
        (-3, False, True, False, "the date may be later: see below"),
        (5, False, False, True, "done"),
    ],
)
def test_days_left_are_said_in_one_way(
    days: int, passed: bool, maybe_later: bool, done: bool, words: str
) -> None:
    assert days_left_text(days, passed, maybe_later, done) == words


def test_the_dates_are_nearest_first_with_the_days_the_plan_counted(
    content: ContentStore, refused: Plan
) -> None:
    view = build_plan_view(refused, plan_facts(refused, content))
    assert [d.date for d in view.dates] == sorted(d.date for d in refused.deadlines)
    for date in view.dates:
        deadline = next(d for d in refused.deadlines if d.id == date.id)
        assert date.days_left == deadline.days == (deadline.date - refused.today).days
        assert date.when == long_date(deadline.date)
    assert view.summary.dates == view.dates


def test_the_summary_names_the_urgent_date_and_what_to_do_before_it(
    content: ContentStore,
) -> None:
    plan = plan_for(content, REFUSED, dt.date(2026, 11, 22))
    assert plan.urgent is not None, "nine days before the appeal date is urgent"
    urgent = build_plan_view(plan, plan_facts(plan, content)).summary.urgent
    assert urgent is not None
    assert urgent.date == plan.urgent.date and urgent.text == plan.urgent.text
    assert urgent.left == f"{plan.urgent.days_left} days left"
    assert urgent.label


def test_no_urgent_date_when_the_plan_has_none(content: ContentStore) -> None:
    plan = plan_for(content, SETTING_PROVISION, dt.date(2026, 11, 22))
    assert plan.urgent is None
    assert build_plan_view(plan, plan_facts(plan, content)).summary.urgent is None


def test_the_summary_gives_the_first_route_its_first_step_and_what_to_take(
    content: ContentStore, refused: Plan
) -> None:
    summary = build_plan_view(refused, plan_facts(refused, content)).summary
    assert summary.first.title == refused.first_route.title
    assert summary.first_step == refused.first_route.steps[0]
    prepare = content.route_texts[refused.first_route.id].section("prepare")
    assert summary.take and len(summary.take) == len(prepare)


def test_contacts_in_the_summary_can_be_reached(content: ContentStore, refused: Plan) -> None:
    summary = build_plan_view(refused, plan_facts(refused, content)).summary
    assert summary.helpers
    assert all(helper.reachable for helper in summary.helpers)
    assert all(value != "Not known" for h in summary.helpers for _, value in h.known_details())


def test_with_no_contact_to_reach_the_summary_gives_national_services_and_how_to_find_local(
    content: ContentStore, refused: Plan
) -> None:
    unreachable = tuple(
        dataclasses.replace(c, phone="", email="", website="") for c in refused.contacts
    )
    plan = dataclasses.replace(refused, contacts=unreachable)
    summary = build_plan_view(plan, plan_facts(plan, content)).summary
    assert summary.helpers_from == "national services"
    assert summary.helpers and all(h.reachable and h.national for h in summary.helpers)
    assert summary.find_local


def test_sources_are_titles_without_other_councils_pages(
    content: ContentStore, refused: Plan
) -> None:
    view = build_plan_view(refused, plan_facts(refused, content))
    titles = {s["title"] for s in content.sources.values()}
    assert view.sources and set(view.sources) <= titles
    for other in ("Leicester", "Shropshire", "Dudley"):
        assert not any(title.startswith(other) for title in view.sources)
    assert not any(src in view.sources for src in content.sources)  # no ids


def test_a_contact_is_given_in_full_once_then_named(content: ContentStore, refused: Plan) -> None:
    view = build_plan_view(refused, plan_facts(refused, content))
    seen: set[str] = set()
    for route in view.routes:
        names = {contact.name for contact in route.contacts}
        assert route.seen_before == names & seen
        seen |= names


def test_a_contact_source_is_its_title_and_a_missing_detail_says_so(
    content: ContentStore, refused: Plan
) -> None:
    contact: Contact = dataclasses.replace(
        refused.contacts[0], phone="", email="help@example.org", website="", confidence="L"
    )
    facts = plan_facts(refused, content)
    plan = dataclasses.replace(refused, contacts=(contact, *refused.contacts[1:]))
    shown = next(
        c for r in build_plan_view(plan, facts).routes for c in r.contacts if c.name == contact.name
    )
    assert ("Phone", "Not known") in shown.details()
    assert ("Website", "Not known") in shown.details()
    assert shown.known_details() == (("Email", "help@example.org"),)
    assert shown.caution
    assert all(source not in shown.source_line for source in contact.source)
    assert facts.source_titles[contact.source[0]] in shown.source_line


def test_the_area_services_are_shown_and_an_unknown_area_says_how_to_find_them(
    content: ContentStore,
) -> None:
    known = plan_for(content, REFUSED, dt.date(2026, 11, 22))
    area = build_plan_view(known, plan_facts(known, content)).area
    assert area.name == "Worcestershire" and area.services and area.local_offer
    assert not area.find_local  # its own statements say where to find help, once
    elsewhere = plan_for(content, {**REFUSED, "local_authority": "narnia"}, dt.date(2026, 11, 22))
    view = build_plan_view(elsewhere, plan_facts(elsewhere, content))
    assert not view.area.name and not view.area.services
    # How to find local help is said once: in the summary when no local contact is known.
    assert bool(view.area.find_local) != bool(view.summary.find_local)


def test_a_council_without_statements_of_its_own_names_itself_in_how_to_find_help(
    content: ContentStore,
) -> None:
    plan = plan_for(content, {**REFUSED, "local_authority": "kent"}, dt.date(2026, 11, 22))
    view = build_plan_view(plan, plan_facts(plan, content))
    assert view.area.name == "Kent"
    shown = " ".join(view.area.find_local + view.summary.find_local)
    assert "Kent County Council" in shown and "Local Offer" in shown


def test_a_view_can_be_built_without_the_content_database(refused: Plan) -> None:
    from send_routes.core.terms import TermIndex

    view = build_plan_view(refused, PlanFacts({}, TermIndex({}, {})))
    assert view.summary.first.title == refused.first_route.title
    assert view.sources == () and view.terms == ()


def test_a_contact_with_no_way_to_reach_them_says_so_once_and_where_to_ask(
    content: ContentStore, refused: Plan
) -> None:
    contact = dataclasses.replace(refused.contacts[0], phone="", email="", website="")
    shown = contact_view(contact, plan_facts(refused, content))
    assert not shown.reachable
    assert shown.details() == (("How to reach them", NO_WAY_TO_REACH),)
    assert "Local Offer" in NO_WAY_TO_REACH
    assert shown.known_details() == ()


def test_a_summary_contact_that_may_have_changed_comes_last_and_says_so(
    content: ContentStore,
) -> None:
    answers = {**SETTING_PROVISION, "issues": ["exclusion"], "exclusion_kind": "permanent"}
    plan = plan_for(content, answers, dt.date(2026, 11, 30))
    helpers = build_plan_view(plan, plan_facts(plan, content)).summary.helpers
    cautions = [bool(helper.caution) for helper in helpers]
    assert any(cautions) and cautions == sorted(cautions)  # current details first
    assert all(h.caution in h.brief for h in helpers if h.caution)


def test_page_one_never_calls_passed_an_appeal_date_that_may_be_later(
    content: ContentStore,
) -> None:
    """Mediation tried, no certificate date: the appeal date shown is only the earliest."""
    plan = plan_for(content, {**REFUSED, "tried": ["mediation"]}, dt.date(2026, 12, 10))
    urgent = build_plan_view(plan, plan_facts(plan, content)).summary.urgent
    assert urgent is not None and urgent.id == "appeal" and urgent.days_left < 0
    assert urgent.left == "the date may be later: see below"
