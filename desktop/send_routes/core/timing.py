"""Deadlines for one set of answers, how near they are, and what to warn about.

What counts as urgent (the threshold) and every sentence come from the content; only
the contract's list of deadlines a family must meet themselves is fixed here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from send_routes.core.answers import DATE_KEYS, INTEGER_KEYS, Answers
from send_routes.core.conditions import holds
from send_routes.core.contract import MUST_MEET
from send_routes.core.deadlines import Count, count_deadline, is_working_day, long_date
from send_routes.core.guidance import CountRule, DeadlineRule, Guidance, Urgency, plain
from send_routes.core.page_words import LABEL_AND_NOTE, fill_in
from send_routes.core.plan import PlanDeadline, PlanUrgent
from send_routes.core.wording import fill


def _start(count: CountRule, answers: Answers) -> dt.date | None:
    if not holds(count.when, answers):
        return None
    if count.from_key in INTEGER_KEYS:
        year = answers.numbers.get(count.from_key)
        if year is None or count.on is None:
            return None
        return dt.date(year, *count.on)
    return answers.dates.get(count.from_key)


def count_from(count: CountRule, start: dt.date) -> Count:
    """The period ``count`` gives, from ``start`` (one place for every field of a count:
    the caseload counts with it too)."""
    return Count(count.from_key, start, count.months, count.weeks, count.days, count.school_days)


def worded(rule: DeadlineRule, answers: Answers) -> DeadlineRule:
    """``rule`` in the words of its first variant whose condition holds (a county court
    claim, say), or as it is; a field the variant leaves empty keeps the rule's own."""
    for variant in rule.variants:
        if holds(variant.when, answers):
            return replace(
                rule,
                label=variant.label or rule.label,
                rule=variant.rule or rule.rule,
                action=variant.action or rule.action,
                uncertain_text=variant.uncertain_text or rule.uncertain_text,
                passed_text=variant.passed_text or rule.passed_text,
                passed_warning=variant.passed_warning or rule.passed_warning,
                not_working_day_text=variant.not_working_day_text or rule.not_working_day_text,
                sources=variant.sources or rule.sources,
            )
    return rule


def worded_rules(guidance: Guidance, answers: Answers) -> dict[str, DeadlineRule]:
    """Every deadline rule by id, in the words that fit these answers."""
    return {rule.id: worded(rule, answers) for rule in guidance.deadlines}


def uncertainty(rule: DeadlineRule, end_of_month: bool, day: dt.date) -> str:
    """Why the date is less certain, said only when it applies to this date."""
    texts = []
    if end_of_month or rule.always_uncertain:
        texts.append(plain(rule.uncertain_text))
    if rule.not_working_day_text and not is_working_day(day):
        texts.append(plain(rule.not_working_day_text))
    return " ".join(text for text in texts if text)


def count(
    rule: DeadlineRule, answers: Answers, today: dt.date, labels: Mapping[str, str]
) -> PlanDeadline | None:
    """The deadline ``rule`` gives for these answers, or None if it does not apply."""
    if not holds(rule.when, answers):
        return None
    rule = worded(rule, answers)
    counts = [
        count_from(c, start) for c in rule.counts if (start := _start(c, answers)) is not None
    ]
    if not counts:
        return None
    counted = count_deadline(counts, sen_holidays=rule.sen_holidays, working_day=rule.working_day)
    passed = counted.date < today
    done = bool(rule.done_when) and holds(rule.done_when, answers)
    later = bool(rule.maybe_later_when) and holds(rule.maybe_later_when, answers)
    return PlanDeadline(
        id=rule.id,
        label=plain(rule.label),
        date=counted.date,
        rule=plain(rule.rule),
        counted_from=labels.get(counted.count.from_key, counted.count.from_key),
        from_date=counted.count.start,
        sources=rule.sources,
        uncertain=uncertainty(rule, counted.end_of_month, counted.date),
        passed=passed,
        status=_status(rule, passed, done, later),
        days=(counted.date - today).days,
        done=done,
        maybe_later=later,
        from_key=counted.count.from_key,
    )


def _status(rule: DeadlineRule, passed: bool, done: bool, later: bool) -> str:
    if not passed or done:
        return ""
    return plain(rule.maybe_later_text) if later else plain(rule.passed_text)


def count_all(guidance: Guidance, answers: Answers, today: dt.date) -> tuple[PlanDeadline, ...]:
    """Every deadline that applies, nearest first."""
    labels = guidance.from_labels
    found = (count(rule, answers, today, labels) for rule in guidance.deadlines)
    return tuple(sorted((d for d in found if d is not None), key=lambda d: d.date))


def pressing(deadlines: Sequence[PlanDeadline], urgency: Urgency) -> list[PlanDeadline]:
    """Must-meet deadlines within the threshold or passed, with the step not done.

    Nearest first; on a tie, the one whose step comes first in the contract's list.
    """
    found = [
        d
        for d in deadlines
        if d.id in MUST_MEET and not d.done and d.days <= urgency.threshold_days
    ]
    return sorted(found, key=lambda d: (d.days, MUST_MEET.index(d.id)))


def days_in_words(days: int) -> str:
    """A number of days in plain words: "1 day", "11 days"."""
    days = abs(days)
    return "1 day" if days == 1 else f"{days} days"


def urgency_text(deadline: PlanDeadline, rule: DeadlineRule, urgency: Urgency) -> str:
    """The plain sentence that says how near (or how far past) ``deadline`` is."""
    if deadline.days > 0:
        template = urgency.soon
    elif deadline.days == 0:
        template = urgency.today
    else:
        template = urgency.maybe_later if deadline.maybe_later else urgency.passed
    values = {
        "action": rule.action,
        "date": long_date(deadline.date),
        "days": days_in_words(deadline.days),
        "label": deadline.label,
    }
    return fill(template, values)


def urgent(
    deadlines: Sequence[PlanDeadline], rules: Mapping[str, DeadlineRule], urgency: Urgency
) -> PlanUrgent | None:
    """The nearest pressing deadline as the contract's ``urgent``, or None."""
    found = pressing(deadlines, urgency)
    if not found:
        return None
    first = found[0]
    text = urgency_text(first, rules[first.id], urgency)
    return PlanUrgent(deadline=first.id, date=first.date, days_left=first.days, text=text)


def warnings(
    guidance: Guidance, answers: Answers, today: dt.date, deadlines: Sequence[PlanDeadline]
) -> Iterator[str]:
    """Warnings about the answers and the deadlines; never one the answers show is untrue."""
    texts = guidance.warnings
    labels = guidance.from_labels
    rules = worded_rules(guidance, answers)
    for deadline in pressing(deadlines, guidance.urgency):
        yield urgency_text(deadline, rules[deadline.id], guidance.urgency)
    for key in DATE_KEYS:
        day = answers.dates.get(key)
        if day is not None and day > today and "future_date" in texts:
            values = {"what": labels.get(key, key), "date": long_date(day)}
            yield fill(texts["future_date"], values)
    decision = answers.dates.get("decision_date")
    certificate = answers.dates.get("certificate_date")
    if decision and certificate and certificate < decision:
        yield fill(texts.get("certificate_before_decision", ""), {})
    for deadline in deadlines:
        rule = rules[deadline.id]
        shown_as_passed = deadline.passed and not deadline.done and not deadline.maybe_later
        if shown_as_passed and rule.passed_warning:
            yield plain(rule.passed_warning)
        if deadline.uncertain and not deadline.done:
            yield fill_in(LABEL_AND_NOTE, {"label": plain(rule.label), "note": deadline.uncertain})
