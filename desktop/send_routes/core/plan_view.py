"""What people read in a plan: one view for the screen, the printout, the text and the ODT.

``build_plan_view`` turns a Plan, and the content facts gathered once beforehand, into the
words and order every format shows, so they cannot disagree and nothing goes back to the
content database while rendering. "Days left" is worked out here, once, from the plan's
``today``.

The summary is page 1 of the printout and the top of the screen: the urgent deadline, what
to do first with a contact the family can reach, every date nearest first, and what to take
to that call.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from send_routes.core.contact_choice import summary_national
from send_routes.core.deadlines import long_date
from send_routes.core.guidance import plain
from send_routes.core.page_words import NATIONAL_SERVICES
from send_routes.core.plan import Plan, PlanDeadline, PlanRoute
from send_routes.core.plan_view_parts import (
    AreaView,
    ContactView,
    DateView,
    NoteView,
    PlanFacts,
    RouteView,
    UrgentView,
    area_view,
    contact_view,
)
from send_routes.core.terms import TermIndex
from send_routes.wording import NOT_LEGAL_ADVICE

#: At most this many contacts in the summary: the rest are with their routes.
SUMMARY_CONTACTS = 3
#: Bodies that decide a case rather than help a family with it: never borrowed from a
#: later route as the help for the first one (the Tribunal is no help with a draft plan).
DECIDERS = ("tribunal", "ombudsman", "national_complaints")


@dataclass(frozen=True)
class Summary:
    """Page 1: what to do this week, and by when.

    ``helpers_from`` names the route the contacts come from when the first route has none
    the family can reach (talking to the school needs no phone number); ``find_local`` says
    how to find local help when no local contact has a phone, email or website.
    """

    urgent: UrgentView | None
    first: RouteView
    first_step: str
    helpers: tuple[ContactView, ...]
    helpers_from: str
    find_local: tuple[str, ...]
    dates: tuple[DateView, ...]
    take: tuple[str, ...]


@dataclass(frozen=True)
class PlanView:
    """Everything a plan shows, in the order it shows it."""

    made: str
    content_version: str
    disclaimer: str
    warnings: tuple[str, ...]
    summary: Summary
    routes: tuple[RouteView, ...]
    dates: tuple[DateView, ...]
    notes: tuple[NoteView, ...]
    area: AreaView
    situation: tuple[tuple[str, str], ...]
    terms: tuple[tuple[str, str], ...]
    sources: tuple[str, ...]


def build_plan_view(plan: Plan, facts: PlanFacts) -> PlanView:
    """The plan as people read it (pure: the facts were gathered by the caller)."""
    letters = facts.letter_sources
    views = (_date_view(d, letters.get(d.from_key, "")) for d in plan.deadlines)
    dates = tuple(sorted(views, key=lambda d: d.date))
    routes = _mark_seen(_route_view(n, route, plan, facts) for n, route in _numbered(plan))
    notes = tuple(NoteView(note.title, note.text) for note in plan.notes)
    summary = _summary(plan, routes, dates, facts)
    area = area_view(facts)
    if summary.find_local:  # already said in the summary: not twice
        area = replace(area, find_local=())
    # The summary already gives the urgent warning, as a date: not twice.
    urgent_text = summary.urgent.text if summary.urgent else None
    return PlanView(
        made=long_date(plan.today),
        content_version=plan.content_version,
        disclaimer=NOT_LEGAL_ADVICE,
        warnings=tuple(w for w in plan.warnings if w != urgent_text),
        summary=summary,
        routes=routes,
        dates=dates,
        notes=notes,
        area=area,
        situation=facts.situation,
        terms=terms_used(_texts(plan.warnings, routes, dates, notes, area), facts.terms),
        sources=_sources(plan, facts),
    )


def _numbered(plan: Plan) -> Iterable[tuple[int, PlanRoute]]:
    return enumerate(plan.routes, start=1)


def _date_view(deadline: PlanDeadline, from_letter: str) -> DateView:
    return DateView(
        id=deadline.id,
        label=deadline.label,
        date=deadline.date,
        days_left=deadline.days,
        passed=deadline.passed,
        uncertain=bool(deadline.uncertain),
        maybe_later=deadline.maybe_later,
        done=deadline.done,
        rule=deadline.rule,
        counted_from=f"{deadline.counted_from}: {long_date(deadline.from_date)}",
        basis=deadline.basis,
        warning=" ".join(filter(None, [deadline.status, deadline.uncertain])),
        from_letter=from_letter,
    )


def _route_view(number: int, route: PlanRoute, plan: Plan, facts: PlanFacts) -> RouteView:
    text = facts.route_texts.get(route.id)
    prepare = tuple(plain(s.text) for s in text.section("prepare")) if text else ()
    after = tuple(plain(s.text) for s in text.section("after")) if text else ()
    return RouteView(
        number=number,
        id=route.id,
        title=route.title,
        short=route.short,
        why=" ".join(route.why),
        steps=route.steps,
        prepare=prepare,
        after=after,
        contacts=tuple(contact_view(c, facts) for c in plan.contacts_for(route)),
        already_tried=route.already_tried,
    )


def _mark_seen(routes: Iterable[RouteView]) -> tuple[RouteView, ...]:
    """Mark the contacts an earlier route already gave, so each is given in full once."""
    seen: set[str] = set()
    marked = []
    for route in routes:
        names = {contact.name for contact in route.contacts}
        marked.append(replace(route, seen_before=frozenset(names & seen)))
        seen |= names
    return tuple(marked)


def _summary(
    plan: Plan, routes: tuple[RouteView, ...], dates: tuple[DateView, ...], facts: PlanFacts
) -> Summary:
    first = routes[0]
    helpers, helpers_from = _helpers(routes) or _national(plan, facts)
    local = any(helper.reachable and not helper.national for helper in helpers)
    fallback = facts.area.get("find_local") or facts.fallback.get("find_local") or ()
    return Summary(
        urgent=_urgent(plan, dates),
        first=first,
        first_step=first.steps[0] if first.steps else "",
        helpers=helpers,
        helpers_from=helpers_from,
        find_local=() if local else tuple(plain(str(item["text"])) for item in fallback),
        dates=dates,
        take=first.prepare,
    )


def _urgent(plan: Plan, dates: tuple[DateView, ...]) -> UrgentView | None:
    urgent = plan.urgent
    if urgent is None:
        return None
    date = next((d for d in dates if d.id == urgent.deadline), None)
    return UrgentView(
        id=urgent.deadline,
        label=date.label if date else "",
        date=urgent.date,
        days_left=urgent.days_left,
        passed=urgent.days_left < 0,
        text=urgent.text,
        maybe_later=bool(date and date.maybe_later),
    )


Helpers = tuple[tuple[ContactView, ...], str]


def _helpers(routes: tuple[RouteView, ...]) -> Helpers | None:
    """Contacts the family can reach for the first route, or else local helpers from the
    next route that has some (with that route's title); None when neither exists."""
    for route in routes:
        first = route is routes[0]
        # From a later route, only local help: national services have their own heading.
        reachable = tuple(
            c
            for c in route.contacts
            if c.reachable and (first or (c.kind not in DECIDERS and not c.national))
        )
        if reachable:
            local = tuple(c for c in reachable if not c.national)
            national = tuple(c for c in reachable if c.national)
            # A detail that may have changed goes after the ones a current source gives.
            chosen = tuple(
                sorted(local, key=lambda c: bool(c.caution))
                + sorted(national, key=lambda c: bool(c.caution))
            )[:SUMMARY_CONTACTS]
            return chosen, "" if first else route.title
    return None


def _national(plan: Plan, facts: PlanFacts) -> Helpers:
    """National advice services, those for this plan's routes first."""
    ranked = summary_national(facts.national_help, (route.id for route in plan.routes))
    chosen = tuple(contact_view(c, facts) for c in ranked)
    return chosen, NATIONAL_SERVICES if chosen else ""


def _texts(
    warnings: Iterable[str],
    routes: Iterable[RouteView],
    dates: Iterable[DateView],
    notes: Iterable[NoteView],
    area: AreaView,
) -> list[str]:
    texts = list(warnings)
    for route in routes:
        texts += [route.short, route.why, *route.steps, *route.prepare, *route.after]
    texts += [d.rule for d in dates] + [n.text for n in notes]
    return [*texts, *area.services, *area.local_offer, *area.find_local]


def terms_used(texts: Iterable[str], terms: TermIndex) -> tuple[tuple[str, str], ...]:
    """The glossary terms the texts use, with their definitions, sorted by term."""
    found = {term for text in texts for term in terms.terms_in(text)}
    return tuple((term, terms.definition(term)) for term in sorted(found, key=str.casefold))


def _sources(plan: Plan, facts: PlanFacts) -> tuple[str, ...]:
    """The titles of the sources behind the plan, without other councils' web pages."""
    ids: dict[str, None] = {}
    for items in (plan.routes, plan.notes, plan.deadlines):
        for item in items:
            ids.update(dict.fromkeys(item.sources))
    for contact in plan.contacts:
        ids.update(dict.fromkeys(contact.source))
    for item in [*facts.area.get("services", ()), *facts.area.get("local_offer", ())]:
        ids.update(dict.fromkeys(item.get("sources", ())))
    titles = facts.titles(list(ids))
    return tuple(title for title in titles if not title.startswith(facts.other_areas))
