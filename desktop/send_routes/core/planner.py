"""Turn validated answers into a Plan, using only the rules in the content."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from send_routes.core.answers import DATE_KEYS, Answers
from send_routes.core.conditions import holds
from send_routes.core.deadlines import Count, count_deadline, long_date
from send_routes.core.guidance import Contact, DeadlineRule, Guidance, Statement, plain
from send_routes.core.plan import Plan, PlanDeadline, PlanNote, PlanRoute
from send_routes.core.rules import ChosenRoute, choose_notes, choose_routes
from send_routes.core.wording import fill, placeholders


def make_plan(guidance: Guidance, answers: Answers, today: dt.date) -> Plan:
    """The plan for ``answers`` on ``today``: routes, deadlines, notes, contacts, warnings."""
    values = placeholders(answers, guidance.phrases)
    chosen = choose_routes(guidance, answers, values)
    contacts = area_contacts(guidance.contacts, answers.area)
    routes = tuple(_plan_route(guidance, route, contacts) for route in chosen)
    notes = tuple(
        PlanNote(note.id, note.title, plain(note.text), note.sources)
        for note in choose_notes(guidance.notes, answers, [route.id for route in routes])
    )
    deadlines = tuple(
        sorted(
            (
                deadline
                for rule in guidance.deadlines
                if (deadline := count(rule, answers, today, guidance)) is not None
            ),
            key=lambda deadline: deadline.date,
        )
    )
    used = {contact_id for route in routes for contact_id in route.contacts}
    return Plan(
        content_version=guidance.content_version,
        answers=answers,
        today=today,
        routes=routes,
        deadlines=deadlines,
        notes=notes,
        contacts=tuple(contact for contact in contacts if contact.id in used),
        warnings=tuple(_warnings(guidance, answers, today, deadlines)),
    )


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
        steps=tuple(plain(step.text) for step in steps) + chosen.extra_steps,
        contacts=tuple(contact.id for contact in contacts if chosen.id in contact.routes),
        sources=tuple(dict.fromkeys((*chosen.why_sources, *text.sources))),
        already_tried=chosen.already_tried,
    )


def count(
    rule: DeadlineRule, answers: Answers, today: dt.date, guidance: Guidance
) -> PlanDeadline | None:
    """The deadline ``rule`` gives for these answers, or None if it does not apply."""
    if not holds(rule.when, answers):
        return None
    counts = [
        Count(c.from_key, answers.dates[c.from_key], c.months, c.weeks, c.days)
        for c in rule.counts
        if c.from_key in answers.dates
    ]
    if not counts:
        return None
    counted = count_deadline(counts, sen_holidays=rule.sen_holidays, working_day=rule.working_day)
    from_labels = guidance.extra.get("from_labels", {})
    passed = counted.date < today
    return PlanDeadline(
        id=rule.id,
        label=plain(rule.label),
        date=counted.date,
        rule=plain(rule.rule),
        counted_from=from_labels.get(counted.count.from_key, counted.count.from_key),
        from_date=counted.count.start,
        sources=rule.sources,
        uncertain=plain(rule.uncertain_text) if counted.end_of_month else "",
        passed=passed,
        status=plain(rule.passed_text) if passed else "",
    )


def _warnings(
    guidance: Guidance, answers: Answers, today: dt.date, deadlines: Sequence[PlanDeadline]
) -> Iterator[str]:
    texts = guidance.warnings
    labels = guidance.extra.get("from_labels", {})
    for key in DATE_KEYS:
        day = answers.dates.get(key)
        if day is not None and day > today and "future_date" in texts:
            values = {"what": labels.get(key, key), "date": long_date(day)}
            yield fill(texts["future_date"], values)
    decision = answers.dates.get("decision_date")
    certificate = answers.dates.get("certificate_date")
    if decision and certificate and certificate < decision:
        yield fill(texts.get("certificate_before_decision", ""), {})
    rules = {rule.id: rule for rule in guidance.deadlines}
    for deadline in deadlines:
        rule = rules[deadline.id]
        if deadline.passed and rule.passed_warning:
            yield plain(rule.passed_warning)
        if deadline.uncertain:
            yield f"{plain(rule.label)}: {deadline.uncertain}"
