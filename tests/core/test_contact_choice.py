"""How a plan picks its contacts: SENDIASS without a number, finding it first, and the
national services a plan with no local contact shows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.plan import Plan
from send_routes.core.planner import make_plan

TODAY = dt.date(2026, 12, 5)
SCHOOL = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "sen_support",
    "disagree_with": ["setting"],
    "issues": ["setting_provision"],
}


def plan_for(content: ContentStore, **answers: Any) -> Plan:
    return make_plan(content.guidance, parse_answers({**SCHOOL, **answers}), TODAY)


def sendiass_contacts(plan: Plan) -> list[tuple[str, str]]:
    route = next(route for route in plan.routes if route.id == "sendiass")
    return [(contact.kind, contact.id) for contact in plan.contacts_for(route)]


def test_without_a_sendiass_number_its_website_comes_first_then_the_local_offer_then_the_team(
    content: ContentStore,
) -> None:
    kinds = [kind for kind, _ in sendiass_contacts(plan_for(content, local_authority="essex"))]
    assert kinds[0] == "sendiass"
    assert kinds.index("local_offer") < kinds.index("council_sen_team")


def test_with_no_sendiass_record_the_local_offer_comes_first_then_the_sen_team(
    content: ContentStore,
) -> None:
    kinds = [kind for kind, _ in sendiass_contacts(plan_for(content, local_authority="durham"))]
    assert kinds[0] == "local_offer"
    assert "council_sen_team" in kinds
    assert "sendiass" not in kinds


def test_a_sendiass_with_a_phone_number_is_given_on_its_own(content: ContentStore) -> None:
    contacts = sendiass_contacts(plan_for(content, local_authority="walsall"))
    assert contacts
    assert {kind for kind, _ in contacts} == {"sendiass"}


def test_a_plan_with_no_way_to_reach_sendiass_says_how_to_find_it_first(
    content: ContentStore,
) -> None:
    for area in ("shropshire", "durham", "somewhere_not_in_england"):
        route = next(
            r for r in plan_for(content, local_authority=area).routes if r.id == "sendiass"
        )
        assert route.steps[0].startswith("First find out how to reach your local SENDIASS")
        assert not any("Use the contacts in this plan" in step for step in route.steps)


def test_a_plan_with_a_sendiass_to_reach_uses_its_contacts(content: ContentStore) -> None:
    route = next(
        r for r in plan_for(content, local_authority="walsall").routes if r.id == "sendiass"
    )
    assert route.steps[0].startswith("Use the contacts in this plan")


def test_the_json_lists_the_national_services_shown_when_no_route_has_a_contact(
    content: ContentStore,
) -> None:
    plan = plan_for(content, local_authority="somewhere_not_in_england")
    assert not any(route.contacts for route in plan.routes)  # no local contact at all
    json_contacts = plan.to_dict()["contacts"]
    assert [contact["id"] for contact in json_contacts] == [
        "ipsea",
        "contact-org",
        "coram-childlawadvice",
    ]
    assert all(contact["local_authority"] == "" for contact in json_contacts)


def test_no_national_stand_in_when_a_route_has_a_contact_to_reach(content: ContentStore) -> None:
    plan = plan_for(content, local_authority="walsall")
    listed = {contact_id for route in plan.routes for contact_id in route.contacts}
    assert {contact.id for contact in plan.contacts} == listed


def test_dudley_sendiass_is_reached_by_the_numbers_its_local_offer_prints(
    content: ContentStore,
) -> None:
    plan = plan_for(content, local_authority="dudley")
    route = next(r for r in plan.routes if r.id == "sendiass")
    assert route.steps[0].startswith("Use the contacts in this plan")
    phones = [c.phone for c in plan.contacts_for(route) if c.kind == "sendiass"]
    assert "07900 161363" in phones
