"""The pieces of a plan view: contacts, dates, routes, notes and the area, as people read them.

Pure data with the words already chosen, so the screen, the printout and the text say the
same thing. A detail no source gives is shown as missing, never guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from send_routes.core import page_words as words
from send_routes.core.deadlines import long_date
from send_routes.core.guidance import Contact, RouteText, plain
from send_routes.core.language_words import ENGLISH
from send_routes.core.plan_words import (
    HOW_TO_REACH,
    NO_SOURCE,
    NO_WAY_TO_REACH,
    SOURCE,
    SOURCE_READ,
)
from send_routes.core.terms import TermIndex
from send_routes.wording import MAY_HAVE_CHANGED, MISSING_DETAIL


@dataclass(frozen=True)
class PlanFacts:
    """The content a plan view needs besides the plan, gathered once before it is built.

    ``area`` is the content's record for the family's area (the national fallback when the
    area is not one the content covers); ``fallback`` is always the national record, which
    says how to find local services. ``national_help`` holds the national advice services
    a family can reach, for a plan whose own contacts give no way to reach anyone.
    ``other_areas`` names the other areas and their councils, so their web pages and
    leaflets are left out of this family's sources. ``letter_sources`` says, for each date
    answer a letter in an adviser's case log gave, which letter (``core.case_log``).
    """

    route_texts: Mapping[str, RouteText]
    terms: TermIndex
    source_titles: Mapping[str, str] = field(default_factory=dict)
    area: Mapping[str, Any] = field(default_factory=dict)
    national_help: tuple[Contact, ...] = ()
    fallback: Mapping[str, Any] = field(default_factory=dict)
    other_areas: tuple[str, ...] = ()
    situation: tuple[tuple[str, str], ...] = ()
    letter_sources: Mapping[str, str] = field(default_factory=dict)

    def titles(self, ids: Sequence[str]) -> tuple[str, ...]:
        """The titles of the sources ``ids`` names; an id with no title is left out."""
        found = (self.source_titles.get(i, "") for i in ids)
        return tuple(dict.fromkeys(title for title in found if title))


@dataclass(frozen=True)
class ContactView:
    """A contact as people read it."""

    name: str
    helps_with: str
    phone: str
    email: str
    website: str
    sources: tuple[str, ...]
    read: str
    caution: str
    note: str
    added_locally: bool
    national: bool
    #: The contact's kind (``sendiass``, ``tribunal``...), to tell helpers from deciders.
    kind: str = ""

    @property
    def reachable(self) -> bool:
        """True when the family can reach it: it has a phone number, email or website."""
        return bool(self.phone or self.email or self.website)

    def details(self) -> tuple[tuple[str, str], ...]:
        """Phone, email and website; one no source gives says so (once, when none is given)."""
        if not self.reachable:
            return ((HOW_TO_REACH, NO_WAY_TO_REACH),)
        return (
            (words.PHONE, self.phone or MISSING_DETAIL),
            (words.EMAIL, self.email or MISSING_DETAIL),
            (words.WEBSITE, self.website or MISSING_DETAIL),
        )

    def known_details(self) -> tuple[tuple[str, str], ...]:
        """Only the details a source gives, for the short summary."""
        known = (
            (words.PHONE, self.phone),
            (words.EMAIL, self.email),
            (words.WEBSITE, self.website),
        )
        return tuple((what, value) for what, value in known if value)

    @property
    def brief(self) -> str:
        """One line for the summary: the details a source gives, then any caution."""
        details = " · ".join(f"{what} {value}" for what, value in self.known_details())
        return " ".join(filter(None, [f"{self.name}: {details}", self.caution]))

    @property
    def source_line(self) -> str:
        where = "; ".join(self.sources) or NO_SOURCE
        if self.read:
            return words.fill_in(SOURCE_READ, {"sources": where, "date": self.read})
        return words.fill_in(SOURCE, {"sources": where})


def contact_view(contact: Contact, facts: PlanFacts) -> ContactView:
    return ContactView(
        name=contact.name,
        helps_with=contact.helps_with,
        phone=contact.phone,
        email=contact.email,
        website=contact.website,
        sources=facts.titles(contact.source),
        read=contact.source_read,
        caution=MAY_HAVE_CHANGED if contact.confidence == "L" else "",
        note=contact.note,
        added_locally=contact.added_locally,
        national=not contact.local_authority,
        kind=contact.kind,
    )


def days_left_text(days: int, passed: bool, maybe_later: bool = False, done: bool = False) -> str:
    """How long is left, in words: the one place a plan says it."""
    if done:
        return words.DONE
    if maybe_later and days < 0:
        return words.MAYBE_LATER
    if passed or days < 0:
        return words.PASSED
    if days == 0:
        return words.TODAY
    return ENGLISH.counted("days_left", days) or f"{days} days left"


@dataclass(frozen=True)
class DateView:
    """A deadline as a date with the days left, what it is for and how it was counted."""

    id: str
    label: str
    date: dt.date
    days_left: int
    passed: bool
    uncertain: bool
    maybe_later: bool
    done: bool
    rule: str
    counted_from: str
    basis: str
    warning: str
    #: Which logged letter the date was counted from, when it was ("" otherwise).
    from_letter: str = ""

    @property
    def when(self) -> str:
        return long_date(self.date)

    @property
    def left(self) -> str:
        return days_left_text(self.days_left, self.passed, self.maybe_later, self.done)


@dataclass(frozen=True)
class UrgentView:
    """The deadline the family must meet soonest, and what to do before it."""

    id: str
    label: str
    date: dt.date
    days_left: int
    passed: bool
    text: str
    #: The date shown is the earliest it can be (a certificate date is missing).
    maybe_later: bool = False

    @property
    def when(self) -> str:
        return long_date(self.date)

    @property
    def left(self) -> str:
        return days_left_text(self.days_left, self.passed, self.maybe_later)


@dataclass(frozen=True)
class RouteView:
    """One route: what it is, why it fits, the steps, what to prepare, who to contact."""

    number: int
    id: str
    title: str
    short: str
    why: str
    steps: tuple[str, ...]
    prepare: tuple[str, ...]
    after: tuple[str, ...]
    contacts: tuple[ContactView, ...]
    already_tried: bool
    #: Names of this route's contacts an earlier route already gave in full.
    seen_before: frozenset[str] = frozenset()


@dataclass(frozen=True)
class NoteView:
    title: str
    text: str


@dataclass(frozen=True)
class AreaView:
    """What the content says about the family's area, or how to find local services."""

    name: str
    services: tuple[str, ...]
    local_offer: tuple[str, ...]
    find_local: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not (self.services or self.local_offer or self.find_local)


def _texts(items: Sequence[Mapping[str, Any]] | None) -> tuple[str, ...]:
    return tuple(plain(str(item["text"])) for item in items or ())


def area_view(facts: PlanFacts) -> AreaView:
    """The area's services and Local Offer; for an area the content does not cover, how to
    find the local services instead."""
    area, fallback = facts.area, facts.fallback
    is_fallback = not area or area.get("id") == fallback.get("id")
    return AreaView(
        name="" if is_fallback else str(area.get("name", "")),
        services=() if is_fallback else _texts(area.get("services")),
        local_offer=() if is_fallback else _texts(area.get("local_offer")),
        # A council with no statements of its own says how to find its services.
        find_local=_texts((fallback if is_fallback else area).get("find_local")),
    )
