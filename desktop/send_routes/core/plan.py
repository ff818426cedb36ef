"""The Plan: what a family should do, in order, with dates, rights and contacts.

``Plan.to_dict`` gives the JSON in the contract (``docs/answers.md``); a few extra
fields (marked below) carry what the window and the printout need besides.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from send_routes.core.answers import Answers
from send_routes.core.deadlines import long_date
from send_routes.core.guidance import Contact

SCHEMA = 2


@dataclass(frozen=True)
class PlanRoute:
    """One route in the plan, with the reasons it fits these answers."""

    id: str
    title: str
    short: str
    why: tuple[str, ...]
    steps: tuple[str, ...]
    contacts: tuple[str, ...]
    sources: tuple[str, ...]
    already_tried: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "why": " ".join(self.why),
            "steps": list(self.steps),
            "contacts": list(self.contacts),
            "sources": list(self.sources),
            # Extras beyond the contract:
            "summary": self.short,
            "already_tried": self.already_tried,
        }


@dataclass(frozen=True)
class PlanDeadline:
    """A deadline as a real date, with its rule and the date it was counted from."""

    id: str
    label: str
    date: dt.date
    rule: str
    counted_from: str
    from_date: dt.date
    sources: tuple[str, ...]
    uncertain: str = ""
    passed: bool = False
    status: str = ""
    #: Days from the plan's today to the date, negative once it has passed.
    days: int = 0
    #: The answers show the step is done (so the date is never warned about).
    done: bool = False
    #: The date may be later than shown (for example a certificate date is missing).
    maybe_later: bool = False
    #: The answer the date was counted from (``decision_date``...): where a letter in a
    #: case log gave that answer, the plan says which letter.
    from_key: str = ""

    @property
    def basis(self) -> str:
        """The rule and the date it was counted from, in one sentence people can check."""
        text = f"{self.rule} Counted from {self.counted_from} ({long_date(self.from_date)})."
        return f"{text} {self.uncertain}" if self.uncertain else text

    def days_left(self, today: dt.date) -> int:
        return (self.date - today).days

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "date": self.date.isoformat(),
            "basis": self.basis,
            "days_left": self.days,
            "passed": self.passed,
            "uncertain": bool(self.uncertain),
            # Extras beyond the contract:
            "rule": self.rule,
            "counted_from": self.counted_from,
            "from_date": self.from_date.isoformat(),
            "sources": list(self.sources),
        }


@dataclass(frozen=True)
class PlanUrgent:
    """The nearest deadline the family must meet, when it is near or has passed."""

    deadline: str
    date: dt.date
    days_left: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "deadline": self.deadline,
            "date": self.date.isoformat(),
            "days_left": self.days_left,
            "text": self.text,
        }


@dataclass(frozen=True)
class PlanNote:
    """A right the family should know."""

    id: str
    title: str
    text: str
    sources: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "title": self.title,
            "sources": list(self.sources),
        }


def contact_to_dict(contact: Contact) -> dict[str, Any]:
    """A contact as the contract's JSON; unknown details are empty strings."""
    return {
        "id": contact.id,
        "name": contact.name,
        "kind": contact.kind,
        "local_authority": contact.local_authority,
        "phone": contact.phone,
        "email": contact.email,
        "website": contact.website,
        "source": ", ".join(contact.source),
        # Extras beyond the contract:
        "organisation": contact.organisation,
        "service": contact.service,
        "helps_with": contact.helps_with,
        "confidence": contact.confidence,
        "source_read": contact.source_read,
        "note": contact.note,
        "added_locally": contact.added_locally,
    }


@dataclass(frozen=True)
class Plan:
    """Everything the engine worked out for one set of answers."""

    content_version: str
    answers: Answers
    today: dt.date
    routes: tuple[PlanRoute, ...]
    deadlines: tuple[PlanDeadline, ...]
    notes: tuple[PlanNote, ...]
    contacts: tuple[Contact, ...]
    warnings: tuple[str, ...] = field(default_factory=tuple)
    urgent: PlanUrgent | None = None

    @property
    def first_route(self) -> PlanRoute:
        return self.routes[0]

    def contacts_for(self, route: PlanRoute) -> list[Contact]:
        by_id = {contact.id: contact for contact in self.contacts}
        return [by_id[contact_id] for contact_id in route.contacts if contact_id in by_id]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "today": self.today.isoformat(),
            "content_version": self.content_version,
            "routes": [route.to_dict() for route in self.routes],
            "deadlines": [deadline.to_dict() for deadline in self.deadlines],
            "notes": [note.to_dict() for note in self.notes],
            "contacts": [contact_to_dict(contact) for contact in self.contacts],
            "warnings": list(self.warnings),
            "urgent": self.urgent.to_dict() if self.urgent else None,
            # Extras beyond the contract:
            "answers": self.answers.to_dict(),
        }
