"""The plan as plain text, for the command line and for reading aloud.

It shows the same PlanView as the screen and the printout, in the same order: the summary
(what to do this week, and by when) first.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from send_routes.content_store.content import ContentStore
from send_routes.core import page_words as words
from send_routes.core import plan_words
from send_routes.core.guidance import Contact
from send_routes.core.page_words import fill_in
from send_routes.core.plan import Plan
from send_routes.core.plan_language import PlanText, contact_details, source_line
from send_routes.core.plan_view import PlanView, Summary
from send_routes.core.plan_view_parts import ContactView, DateView, RouteView, UrgentView
from send_routes.export.plan_context import plan_view
from send_routes.wording import MAY_HAVE_CHANGED, NOT_LEGAL_ADVICE
from send_routes.wording import MISSING_DETAIL as MISSING


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, width=78, initial_indent=indent, subsequent_indent=indent)


def contact_lines(contact: Contact, indent: str = "    ") -> Iterator[str]:
    """A contact record's details for the contacts command; a missing detail says so."""
    yield f"{indent}{contact.name}"
    for label, value in (
        ("Phone", contact.phone),
        ("Email", contact.email),
        ("Website", contact.website),
    ):
        yield f"{indent}  {label}: {value or MISSING}"
    caution = f" ({MAY_HAVE_CHANGED})" if contact.confidence == "L" else ""
    yield f"{indent}  Source: {', '.join(contact.source)}, read {contact.source_read}{caution}"
    if contact.note:
        yield _wrap(f"Note: {contact.note}", indent + "  ")


def plan_to_text(plan: Plan, content: ContentStore) -> str:
    """Everything in the plan, in order, readable without the screen."""
    return view_to_text(plan_view(plan, content))


def view_to_text(view: PlanView) -> str:
    return "\n".join(_lines(view)) + "\n"


def _contact(contact: ContactView, indent: str, say: PlanText) -> Iterator[str]:
    yield f"{indent}{say.name(contact.name)}"
    for label, value in contact_details(contact, say):
        yield f"{indent}  {label}: {value}"
    caution = f" {say(contact.caution)}" if contact.caution else ""
    yield _wrap(f"{source_line(contact, say)}.{caution}", indent + "  ")
    if contact.note:
        yield _wrap(say.fill(plan_words.NOTE, {"note": say(contact.note)}), indent + "  ")


def _summary(summary: Summary, warnings: tuple[str, ...]) -> Iterator[str]:
    """Page 1 of the printout, in the same order: urgent date, warnings, what to do first.

    The words are core/page_words.py's, which the bilingual page 1 translates."""
    if summary.urgent:
        urgent = summary.urgent
        yield _wrap("! " + fill_in(words.BY_WHEN, urgent_values(urgent)))
        yield _wrap(urgent.text, "  ")
    for warning in warnings:
        yield _wrap("! " + fill_in(words.WARNING, {"warning": warning}))
    yield _wrap(fill_in(words.DO_FIRST, {"title": summary.first.title}))
    start = fill_in(words.START_HERE, {"step": summary.first_step}) if summary.first_step else ""
    yield _wrap(" ".join(filter(None, [summary.first.short, start])), "  ")
    if summary.helpers:
        yield f"  {who_can_help(summary)}"
        for helper in summary.helpers:
            yield _wrap(helper.brief, "    ")
    if summary.find_local:
        yield f"  {words.FINDING_HELP}"
        for line in summary.find_local:
            yield _wrap(line, "    ")
    if summary.dates:
        yield f"  {words.DATES}"
        for date in summary.dates:
            yield _wrap(fill_in(words.DATE_LINE, date_values(date)), "    ")
    if summary.take:
        yield f"  {words.TAKE}"
        for item in summary.take:
            yield _wrap(f"- {item}", "    ")


def urgent_values(urgent: UrgentView) -> dict[str, str]:
    return {"date": urgent.when, "left": urgent.left, "label": urgent.label}


def date_values(date: DateView) -> dict[str, str]:
    return {"date": date.when, "left": date.left, "label": date.label}


def who_can_help(summary: Summary) -> str:
    """The heading over the summary's contacts, naming the route they come from."""
    if summary.helpers_from:
        return fill_in(words.WHO_CAN_HELP_FROM, {"route": summary.helpers_from})
    return words.WHO_TO_CONTACT


def _route(route: RouteView, say: PlanText) -> Iterator[str]:
    tried = f" {say(plan_words.TRIED)}" if route.already_tried else ""
    yield f"{route.number}. {say(route.title)}{tried}"
    yield _wrap(say(route.short), "   ")
    yield _wrap(f"{say(plan_words.WHY_IT_FITS)} {say(route.why)}", "   ")
    for number, step in enumerate(route.steps, start=1):
        yield _wrap(f"[ ] {number}. {say(step)}", "   ")
    if route.prepare:
        yield _wrap(" ".join([say(plan_words.PREPARE), *say.each(route.prepare)]), "   ")
    if route.contacts:
        yield f"   {say(words.WHO_TO_CONTACT)}"
        for contact in route.contacts:
            yield from _contact(contact, "    ", say)
    yield ""


def _lines(view: PlanView) -> Iterator[str]:
    yield words.YOUR_PLAN
    made = fill_in(words.MADE, {"date": view.made})
    yield f"{made} {NOT_LEGAL_ADVICE}"
    yield ""
    yield from _summary(view.summary, view.warnings)
    yield ""
    yield from rest_of_plan(view)


def rest_of_plan(view: PlanView, say: PlanText | None = None) -> Iterator[str]:
    """Everything after page 1: in English, or in a language (``say``), each line with
    no translation kept in English."""
    say = say or PlanText()
    yield say(plan_words.ROUTES).upper()
    for route in view.routes:
        yield from _route(route, say)
    if view.dates:
        yield say(plan_words.HOW_DATES).upper()
        for date in view.dates:
            # The rule and where it was counted from, as the printed plan gives them: two
            # lines the catalogue translates (the joined ``basis`` is one it cannot).
            counted = say.fill(
                plan_words.COUNTED_FROM, {"counted_from": say.labelled_date(date.counted_from)}
            )
            yield _wrap(f"{say(date.when)}: {say(date.label)}. {say(date.rule)} {counted}", "  ")
            if date.from_letter:
                yield _wrap(say(date.from_letter), "    ")
            if date.warning:
                yield _wrap(say.fill(words.WARNING, {"warning": say(date.warning)}), "    ")
        yield ""
    if view.notes:
        yield say(plan_words.RIGHTS).upper()
        for note in view.notes:
            yield _wrap(f"{say(note.title)}: {say(note.text)}", "  ")
        yield ""
    area = view.area
    if not area.empty:
        if area.name:
            yield say.fill(plan_words.HELP_IN, {"area": say.name(area.name)}).upper()
        else:
            yield say(plan_words.FINDING_HELP).upper()
        for line in (*area.services, *area.local_offer, *area.find_local):
            yield _wrap(say(line), "  ")
        yield ""
    yield say(NOT_LEGAL_ADVICE)
