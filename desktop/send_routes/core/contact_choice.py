"""How a plan picks who to contact for each route, and how to reach them.

Three choices live here so the plan, the JSON and every view make them the same way:

- A route's contacts are the area's and national contacts that list the route. For the
  ``sendiass`` route, when no SENDIASS record for the area gives a phone number or email,
  the ways to reach it come in this order: the SENDIASS's own website, then the council's
  Local Offer, then the council's SEN team (who can say how to reach it).
- A route whose own contacts give no way to reach anyone starts with its ``find_first``
  steps (how to find them first) in place of its first step ("use the contacts in this
  plan"), when its content has such steps.
- A plan whose routes give no contact the family can reach shows national advice
  services instead, and a plan with no local contact says how to find local help in words
  that name them; those services are in the plan's contacts too, so the JSON lists what
  the text shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from send_routes.core.guidance import Contact, RouteText, plain

#: At most this many national services stand in for a plan with no contact to reach.
NATIONAL_HELP = 3
#: The route whose contacts fall back to the Local Offer and the SEN team.
SENDIASS = "sendiass"
#: How to reach a SENDIASS with no phone or email, first to last: (kind, the detail needed).
SENDIASS_FALLBACK = (("sendiass", "website"), ("local_offer", "website"), ("council_sen_team", ""))
#: The route section that says how to find the route's contacts when the plan has none.
FIND_FIRST = "find_first"


def reachable(contact: Contact) -> bool:
    """True when a source gives a phone number, email or website for ``contact``."""
    return bool(contact.phone or contact.email or contact.website)


def listed_for(route_id: str, contacts: Iterable[Contact]) -> list[Contact]:
    """The contacts that list ``route_id`` among the routes they help with."""
    return [contact for contact in contacts if route_id in contact.routes]


def route_contacts(route_id: str, contacts: Sequence[Contact]) -> tuple[str, ...]:
    """The ids of ``route_id``'s contacts among ``contacts`` (the area's and national), in
    the order to try them."""
    own = listed_for(route_id, contacts)
    if route_id != SENDIASS or any(
        contact.kind == SENDIASS and (contact.phone or contact.email) for contact in own
    ):
        return tuple(contact.id for contact in own)
    local = [contact for contact in contacts if contact.local_authority]
    ordered: list[Contact] = []
    for kind, detail in SENDIASS_FALLBACK:
        ordered += [
            contact
            for contact in local
            if contact.kind == kind and (_detail(contact, detail) if detail else reachable(contact))
        ]
    ordered += own
    return tuple(dict.fromkeys(contact.id for contact in ordered))


def _detail(contact: Contact, detail: str) -> str:
    return {"phone": contact.phone, "email": contact.email, "website": contact.website}[detail]


def route_steps(
    route_id: str, text: RouteText, steps: tuple[str, ...], contacts: Sequence[Contact]
) -> tuple[str, ...]:
    """The route's own steps; when none of the contacts listing the route can be reached
    and the route says how to find them, that comes first in place of the first step."""
    find_first = tuple(plain(statement.text) for statement in text.section(FIND_FIRST))
    if not find_first or any(reachable(c) for c in listed_for(route_id, contacts)):
        return steps
    return find_first + steps[1:]


def national_help(contacts: Iterable[Contact]) -> tuple[Contact, ...]:
    """The national advice services a family can reach."""
    return tuple(
        contact
        for contact in contacts
        if contact.kind == "national_advice" and not contact.local_authority and reachable(contact)
    )


def summary_national(national: Sequence[Contact], route_ids: Iterable[str]) -> tuple[Contact, ...]:
    """The national services shown when no route has a contact to reach: those for the
    plan's routes first."""
    ids = set(route_ids)
    ranked = sorted(national, key=lambda contact: not ids.intersection(contact.routes))
    return tuple(ranked[:NATIONAL_HELP])


def shown_national(
    all_contacts: Sequence[Contact],
    routes: Sequence[tuple[str, Sequence[Contact]]],
    area: str,
) -> tuple[Contact, ...]:
    """The national services a plan shows besides the contacts of its ``routes`` (each
    route's id and contacts, in the plan's order).

    Page 1 gives the contacts of the first route that has one to reach. With none at all,
    it lists national advice services in their place. When those contacts are not local, or
    the content does not cover the area, the plan says how to find local help in words that
    name the national advice services (IPSEA, Coram, Contact) and give their websites but no
    phone numbers: their records without a phone number are listed, as the text shows them.
    """
    route_ids = [route_id for route_id, _ in routes]
    first = next((cs for _, cs in routes if any(reachable(c) for c in cs)), None)
    if first is None:
        return summary_national(national_help(all_contacts), route_ids)
    if area and any(reachable(c) and c.local_authority for c in first):
        return ()
    used = {contact.id for _, contacts in routes for contact in contacts}
    return tuple(c for c in national_help(all_contacts) if c.id not in used and not c.phone)
