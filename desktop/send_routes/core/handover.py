"""A one-page handover sheet for SENDIASS or a colleague: what the case is, and what next.

Made from the plan and the case log only. Each list is kept short (the sheet must fit one
A4 page for every public scenario); the full plan and chronology hold the rest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from send_routes.core.case_content import CaseFileContent
from send_routes.core.case_log import LogEntry, deadline_origins, origin_text
from send_routes.core.deadlines import long_date
from send_routes.core.plan import Plan

MOST_DATES = 6
MOST_DONE = 6
MOST_STEPS = 3
MOST_PAPERS = 8


@dataclass(frozen=True)
class HandoverDate:
    label: str
    date: str
    where_from: str
    passed: bool


@dataclass(frozen=True)
class Handover:
    situation: tuple[str, ...]
    dates: tuple[HandoverDate, ...]
    done: tuple[str, ...]
    next_title: str
    next_steps: tuple[str, ...]
    papers: tuple[str, ...]
    more_dates: int = 0


def handover(
    plan: Plan,
    entries: Sequence[LogEntry],
    content: CaseFileContent,
    tried_labels: Mapping[str, str],
) -> Handover:
    """The sheet's parts: the situation, the dates with where each comes from, what has been
    done, what is next and the papers held."""
    first = plan.first_route
    situation = [f"What to do first: {first.title}."]
    if plan.urgent is not None:
        situation.append(plan.urgent.text)
    origins = deadline_origins(plan.deadlines, entries, content.kinds)
    shown = [d for d in plan.deadlines if not d.done]
    dates = tuple(
        HandoverDate(
            d.label,
            long_date(d.date),
            origin_text(origins[d.id], content.kinds)
            if d.id in origins
            else f"Counted from {d.counted_from} ({long_date(d.from_date)}).",
            d.passed,
        )
        for d in shown[:MOST_DATES]
    )
    done = [f"Tried: {tried_labels.get(value, value)}" for value in plan.answers.tried]
    for entry in reversed(entries):
        if len(done) >= MOST_DONE:
            break
        kind = content.kind(entry.kind)
        when = long_date(entry.dated) if entry.dated else "no date"
        done.append(f"{kind.label if kind else entry.kind}, {when}")
    papers = []
    for entry in entries:
        kind = content.kind(entry.kind)
        if kind and (kind.attachment or kind.answer):
            when = f", dated {long_date(entry.dated)}" if entry.dated else ""
            papers.append(f"{kind.label}{when}")
    return Handover(
        situation=tuple(situation),
        dates=dates,
        done=tuple(done[:MOST_DONE]),
        next_title=first.title,
        next_steps=first.steps[:MOST_STEPS],
        papers=tuple(papers[:MOST_PAPERS]),
        more_dates=max(0, len(shown) - MOST_DATES),
    )
