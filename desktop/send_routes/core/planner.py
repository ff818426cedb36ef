"""Turn validated answers into a Plan, using only the rules in the content."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from send_routes.core.answers import Answers
from send_routes.core.contact_choice import route_contacts, route_steps, shown_national
from send_routes.core.deadline_state import states
from send_routes.core.deadlines import long_date
from send_routes.core.guidance import Contact, Guidance, Statement, plain
from send_routes.core.plan import Plan, PlanNote, PlanRoute
from send_routes.core.rules import ChosenRoute, choose_notes, choose_routes, time_first
from send_routes.core.timing import count_all, pressing, urgent, warnings, worded_rules
from send_routes.core.wording import fill, placeholders


def make_plan(guidance: Guidance, answers: Answers, today: dt.date) -> Plan:
    """The plan for ``answers`` on ``today``: routes, deadlines, notes, contacts, warnings."""
    if guidance.areas:
        answers = answers.with_areas(guidance.areas)
    deadlines = count_all(guidance, answers, today)
    values = placeholders(answers, guidance.phrases, guidance.areas)
    values.update({d.id: long_date(d.date) for d in deadlines})
    values["reviewed_on"] = reviewed_on(guidance)
    chosen = choose_routes(guidance, answers, values, states(deadlines))
    pressing_ids = [d.id for d in pressing(deadlines, guidance.urgency)]
    chosen = time_first(chosen, guidance.time_first, answers, pressing_ids)
    contacts = area_contacts(guidance.contacts, answers.area)
    routes = tuple(_plan_route(guidance, route, contacts) for route in chosen)
    notes = tuple(
        PlanNote(note.id, note.title, fill(note.text, values), note.sources)
        for note in choose_notes(guidance.notes, answers, [route.id for route in routes])
    )
    used = {contact_id for route in routes for contact_id in route.contacts}
    chosen_contacts = tuple(contact for contact in contacts if contact.id in used)
    # With no contact to reach, the plan shows national services: list them too.
    by_id = {contact.id: contact for contact in chosen_contacts}
    per_route = [(r.id, [by_id[i] for i in r.contacts if i in by_id]) for r in routes]
    national = shown_national(guidance.contacts, per_route, answers.area)
    rules = worded_rules(guidance, answers)
    return Plan(
        content_version=guidance.content_version,
        answers=answers,
        today=today,
        routes=routes,
        deadlines=deadlines,
        notes=notes,
        contacts=chosen_contacts + national,
        warnings=tuple(
            dict.fromkeys([*guidance.notices, *warnings(guidance, answers, today, deadlines)])
        ),
        urgent=urgent(deadlines, rules, guidance.urgency),
    )


def reviewed_on(guidance: Guidance) -> str:
    """The date the content was reviewed, as a long date, for the notes that give it."""
    reviewed = guidance.reviewed_on
    if not reviewed:
        return "the date of this content"
    return long_date(dt.date.fromisoformat(reviewed))


def standing_note(guidance: Guidance, note_id: str) -> str:
    """A note's text for a page with no answers yet (the start page), or "" if none.

    Only for notes that hold for everyone, such as ``reforms_not_law``.
    """
    for note in guidance.notes:
        if note.id == note_id:
            return fill(note.text, {"reviewed_on": reviewed_on(guidance)})
    return ""


def area_contacts(contacts: Sequence[Contact], area: str) -> list[Contact]:
    """Contacts for ``area`` and national ones; only national ones for an unknown area."""
    return [contact for contact in contacts if contact.local_authority in ("", area)]


def _plan_route(guidance: Guidance, chosen: ChosenRoute, contacts: list[Contact]) -> PlanRoute:
    text = guidance.route_texts[chosen.id]
    steps: tuple[Statement, ...] = text.section("steps")
    return PlanRoute(
        id=chosen.id,
        title=plain(text.title),
        short=plain(text.short),
        why=chosen.why,
        steps=chosen.extra_steps_first
        + route_steps(chosen.id, text, tuple(plain(step.text) for step in steps), contacts)
        + chosen.extra_steps,
        contacts=route_contacts(chosen.id, contacts),
        sources=tuple(dict.fromkeys((*chosen.why_sources, *text.sources))),
        already_tried=chosen.already_tried,
    )
