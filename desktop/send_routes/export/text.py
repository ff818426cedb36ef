"""The plan as plain text, for the command line and for reading aloud."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from send_routes.core.deadlines import long_date
from send_routes.core.guidance import Contact
from send_routes.core.plan import Plan
from send_routes.wording import MAY_HAVE_CHANGED, NOT_LEGAL_ADVICE
from send_routes.wording import MISSING_DETAIL as MISSING


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, width=78, initial_indent=indent, subsequent_indent=indent)


def contact_lines(contact: Contact, indent: str = "    ") -> Iterator[str]:
    """A contact's details; a detail no source gives is shown as missing, never guessed."""
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


def plan_to_text(plan: Plan) -> str:
    """Everything in the plan, in order, readable without the screen."""
    return "\n".join(_lines(plan)) + "\n"


def _lines(plan: Plan) -> Iterator[str]:
    yield "YOUR PLAN"
    yield f"Made {long_date(plan.today)}. Content version {plan.content_version}."
    yield NOT_LEGAL_ADVICE
    yield ""
    for warning in plan.warnings:
        yield _wrap(f"! {warning}")
    if plan.warnings:
        yield ""
    yield f"Do this first: {plan.first_route.title}"
    yield ""
    for number, route in enumerate(plan.routes, start=1):
        yield f"{number}. {route.title}"
        yield _wrap(route.short, "   ")
        yield _wrap("Why: " + " ".join(route.why), "   ")
        for step_number, step in enumerate(route.steps, start=1):
            yield _wrap(f"[ ] {step_number}. {step}", "   ")
        contacts = plan.contacts_for(route)
        if contacts:
            yield "   Who to contact:"
            for contact in contacts:
                yield from contact_lines(contact, "    ")
        yield ""
    if plan.deadlines:
        yield "DEADLINES"
        for deadline in plan.deadlines:
            days = deadline.days_left(plan.today)
            left = f"{days} days left" if days >= 0 else "passed"
            yield f"  {long_date(deadline.date)} ({left}): {deadline.label}"
            yield _wrap(deadline.basis, "    ")
            if deadline.status:
                yield _wrap(deadline.status, "    ")
        yield ""
    if plan.notes:
        yield "YOUR RIGHTS"
        for note in plan.notes:
            yield _wrap(f"{note.title}: {note.text}", "  ")
        yield ""
    yield NOT_LEGAL_ADVICE
