"""The content the engine reasons with, as plain immutable data.

The store loads these from the content database; tests can build them directly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from send_routes.core.conditions import Condition

#: A glossary mark in content text: [[term]] or [[words shown|term]].
TERM_MARK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")


def plain(text: str) -> str:
    """Text with glossary marks removed: ``[[EHC plans|EHC plan]]`` becomes ``EHC plans``."""
    return TERM_MARK.sub(lambda match: match.group(1), text)


def marked_terms(text: str) -> list[str]:
    """The glossary terms a text marks, by the term they point to."""
    return [(match.group(2) or match.group(1)).strip() for match in TERM_MARK.finditer(text)]


@dataclass(frozen=True)
class Statement:
    """One piece of guidance and the sources behind it."""

    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Fragment:
    """A sentence used only when its condition holds; may hold ``{placeholders}``."""

    text: str
    when: Condition = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    #: A step that goes before the route's own steps (for example one with a date).
    first: bool = False
    #: Deadline ids and the state each must be in, such as ``{"appeal": "passed"}``.
    deadline: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RankRule:
    """Moves a route to another place in the order when its condition holds."""

    when: Condition
    rank: int


@dataclass(frozen=True)
class RouteRule:
    """When a route applies, where it goes in the order, and why it fits."""

    id: str
    rank: int
    applies_when: Condition
    rank_rules: tuple[RankRule, ...] = ()
    why: tuple[Fragment, ...] = ()
    extra_steps: tuple[Fragment, ...] = ()


@dataclass(frozen=True)
class RouteText:
    """The reviewed text of a route, section by section."""

    id: str
    title: str
    short: str
    sections: Mapping[str, tuple[Statement, ...]]

    def section(self, name: str) -> tuple[Statement, ...]:
        return self.sections.get(name, ())

    @cached_property
    def sources(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for statements in self.sections.values():
            for statement in statements:
                seen.update(dict.fromkeys(statement.sources))
        return tuple(seen)


@dataclass(frozen=True)
class NoteRule:
    """A right the family should know, and when it applies.

    ``with_routes`` is a list of groups: every group needs one of its routes in the plan.
    """

    id: str
    title: str
    text: str
    sources: tuple[str, ...]
    when: Condition = field(default_factory=dict)
    with_routes: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class CountRule:
    """Count ``months``/``weeks``/``days`` from the date answered for ``from_key``.

    ``days`` may be negative ("the day before"). For a year key such as ``transfer_year``,
    ``on`` gives the (month, day) in that year. ``when`` limits the count to some answers.
    """

    from_key: str
    months: int = 0
    weeks: int = 0
    days: int = 0
    on: tuple[int, int] | None = None
    when: Condition = field(default_factory=dict)
    #: School days, counted over Monday to Friday without bank holidays (the earliest date).
    school_days: int = 0


@dataclass(frozen=True)
class DeadlineWording:
    """Other words for a deadline, used when ``when`` holds (an empty field keeps the rule's)."""

    when: Condition
    label: str = ""
    rule: str = ""
    action: str = ""
    uncertain_text: str = ""
    passed_text: str = ""
    passed_warning: str = ""
    not_working_day_text: str = ""
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeadlineRule:
    """How a deadline is counted, labelled and explained."""

    id: str
    label: str
    rule: str
    sources: tuple[str, ...]
    counts: tuple[CountRule, ...]
    when: Condition = field(default_factory=dict)
    sen_holidays: bool = False
    working_day: bool = False
    uncertain_text: str = ""
    passed_warning: str = ""
    passed_text: str = ""
    always_uncertain: bool = False
    #: The answers show the step is done: never warn that the date has passed.
    done_when: Condition = field(default_factory=dict)
    #: The date may be later than counted (a missing date): say so instead of "passed".
    maybe_later_when: Condition = field(default_factory=dict)
    maybe_later_text: str = ""
    #: What the family must do by the date, for the urgency sentence ("send your claim").
    action: str = ""
    #: Said (and the date marked uncertain) when the date is a weekend or bank holiday.
    not_working_day_text: str = ""
    variants: tuple[DeadlineWording, ...] = ()


@dataclass(frozen=True)
class Urgency:
    """When a must-meet deadline is urgent, and how to say so (all from the content)."""

    threshold_days: int = 28
    soon: str = ""
    today: str = ""
    passed: str = ""
    maybe_later: str = ""


@dataclass(frozen=True)
class TimeFirst:
    """Which route goes first when one of ``deadlines`` is urgent, unless ``unless`` holds."""

    deadlines: tuple[str, ...] = ()
    unless: Condition = field(default_factory=dict)
    #: (route id, condition) pairs: the first whose condition holds and is in the plan.
    first: tuple[tuple[str, Condition], ...] = ()


@dataclass(frozen=True)
class Contact:
    """One contact record exactly as a source gives it; empty fields are unknown."""

    id: str
    organisation: str
    service: str
    kind: str
    local_authority: str
    phone: str
    email: str
    website: str
    helps_with: str
    routes: tuple[str, ...]
    source: tuple[str, ...]
    confidence: str
    source_read: str
    note: str = ""
    added_locally: bool = False

    @property
    def name(self) -> str:
        if self.service and self.service.casefold() not in self.organisation.casefold():
            return f"{self.organisation}: {self.service}"
        return self.organisation


@dataclass(frozen=True)
class Guidance:
    """Everything the engine needs from the content database."""

    content_version: str
    route_rules: Sequence[RouteRule]
    route_texts: Mapping[str, RouteText]
    notes: Sequence[NoteRule]
    deadlines: Sequence[DeadlineRule]
    contacts: Sequence[Contact]
    phrases: Mapping[str, Mapping[str, str]]
    tried_routes: Mapping[str, tuple[str, ...]]
    warnings: Mapping[str, str]
    #: What each date answer is called where a deadline is counted from it.
    from_labels: Mapping[str, str] = field(default_factory=dict)
    #: The day the content was reviewed (ISO), "" when it was not.
    reviewed_on: str = ""
    #: Why a route the person has tried already still shows (its reason line).
    tried_why: Fragment | None = None
    #: The area ids the content has local details for, with each council's name.
    areas: Mapping[str, str] = field(default_factory=dict)
    urgency: Urgency = field(default_factory=Urgency)
    #: Each names deadlines and the route that leads when the nearest pressing one is among them.
    time_first: tuple[TimeFirst, ...] = ()
    #: Lines every plan shows first, about the content itself (an update was ignored).
    notices: tuple[str, ...] = ()
