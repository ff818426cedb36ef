"""Which routes apply, in what order, and why: all decided by rules read from the content."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from send_routes.core.answers import Answers
from send_routes.core.conditions import holds
from send_routes.core.deadline_state import meets
from send_routes.core.guidance import Fragment, Guidance, NoteRule, RouteRule, TimeFirst
from send_routes.core.wording import fill

#: Added to the rank of a route the person has already tried, so it moves to the end.
TRIED_OFFSET = 1000


@dataclass(frozen=True)
class ChosenRoute:
    """A route that applies, with its place in the order and the reasons in plain words."""

    id: str
    rank: int
    why: tuple[str, ...]
    why_sources: tuple[str, ...]
    extra_steps: tuple[str, ...]
    already_tried: bool
    #: Steps that go before the route's own, such as a step with its own date.
    extra_steps_first: tuple[str, ...] = ()


def tried_route_ids(answers: Answers, tried_routes: Mapping[str, Sequence[str]]) -> set[str]:
    """The route ids the person says they have already tried."""
    return {route for value in answers.tried for route in tried_routes.get(value, ())}


def _rank(rule: RouteRule, answers: Answers) -> int:
    for rank_rule in rule.rank_rules:
        if holds(rank_rule.when, answers):
            return rank_rule.rank
    return rule.rank


def _applicable(
    fragments: Sequence[Fragment], answers: Answers, states: Mapping[str, str]
) -> list[Fragment]:
    return [
        fragment
        for fragment in fragments
        if holds(fragment.when, answers) and meets(fragment.deadline, states)
    ]


def choose_routes(
    guidance: Guidance,
    answers: Answers,
    values: Mapping[str, str],
    states: Mapping[str, str] | None = None,
) -> list[ChosenRoute]:
    """Every route whose rule holds, ordered by rank; tried routes go last.

    ``states`` gives each deadline's state (``deadline_state.states``), for the sentences
    that depend on whether a date has passed.
    """
    states = states or {}
    tried = tried_route_ids(answers, guidance.tried_routes)
    tried_why = guidance.tried_why
    chosen: list[ChosenRoute] = []
    for rule in guidance.route_rules:
        if not holds(rule.applies_when, answers):
            continue
        reasons = _applicable(rule.why, answers, states)
        already = rule.id in tried
        if already and tried_why is not None:
            reasons.append(tried_why)
        steps = _applicable(rule.extra_steps, answers, states)
        chosen.append(
            ChosenRoute(
                id=rule.id,
                rank=_rank(rule, answers) + (TRIED_OFFSET if already else 0),
                why=tuple(fill(fragment.text, values) for fragment in reasons),
                why_sources=tuple(dict.fromkeys(s for f in reasons for s in f.sources)),
                extra_steps=tuple(fill(f.text, values) for f in steps if not f.first),
                already_tried=already,
                extra_steps_first=tuple(fill(f.text, values) for f in steps if f.first),
            )
        )
    position = {rule.id: index for index, rule in enumerate(guidance.route_rules)}
    return sorted(chosen, key=lambda route: (route.rank, position[route.id]))


def time_first(
    routes: Sequence[ChosenRoute],
    rules: Sequence[TimeFirst],
    answers: Answers,
    pressing: Sequence[str],
) -> list[ChosenRoute]:
    """Move the route that meets the nearest pressing deadline to the front (contract v2, v3).

    ``pressing`` is nearest first. For the nearest one a rule names (in ``deadlines``), and
    whose ``unless`` does not hold, the first of the rule's ``first`` routes whose condition
    holds and is in the plan leads, even one already tried: the date still has to be met.
    """
    ordered = list(routes)
    present = {route.id: route for route in ordered}
    for deadline_id in pressing:
        for rule in rules:
            if deadline_id not in rule.deadlines or (rule.unless and holds(rule.unless, answers)):
                continue
            for route_id, when in rule.first:
                if route_id in present and holds(when, answers):
                    lead = present[route_id]
                    return [lead, *(route for route in ordered if route is not lead)]
    return ordered


def choose_notes(
    notes: Sequence[NoteRule], answers: Answers, route_ids: Sequence[str]
) -> list[NoteRule]:
    """The notes whose condition holds and whose route groups are all in the plan."""
    present = set(route_ids)
    return [
        note
        for note in notes
        if holds(note.when, answers)
        and all(present.intersection(group) for group in note.with_routes)
    ]
