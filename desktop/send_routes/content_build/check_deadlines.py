"""The content check for deadlines and time first: counts, urgency and must-meet actions.

Also holds what the other checks share about the answers vocabulary: this content's own
areas, and condition problems reported with a file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from send_routes.content_build.check_common import Problem, duplicates
from send_routes.content_build.content_files import ContentFiles
from send_routes.content_build.yaml_lines import line_of
from send_routes.core import conditions
from send_routes.core.answers import DATE_KEYS, DEADLINE_IDS, INTEGER_KEYS, ROUTE_IDS
from send_routes.core.contract import MUST_MEET
from send_routes.core.contract import vocabulary as contract_vocabulary
from send_routes.core.deadline_state import STATES


def area_ids(files: ContentFiles) -> tuple[str, ...]:
    """The ids of the areas the content has local details for."""
    data = files.data["local_authorities.yaml"] or {}
    return tuple(str(area.get("id")) for area in data.get("areas") or [])


def vocabulary(files: ContentFiles) -> dict[str, tuple[str, ...]]:
    """The contract's vocabulary, with this content's own areas for ``local_authority``."""
    vocab = contract_vocabulary()
    vocab["local_authority"] = (*area_ids(files), "other")
    return vocab


def contract_ids(
    found: list[tuple[str, int]], allowed: tuple[str, ...], path: Path, what: str, every: bool
) -> Iterator[Problem]:
    yield from duplicates(found, path, what)
    for item, line in found:
        if item not in allowed:
            yield Problem(
                path, line, f"{what} '{item}' is not in the contract: {', '.join(allowed)}"
            )
    if every:
        missing = sorted(set(allowed) - {item for item, _ in found})
        if missing:
            yield Problem(path, 1, f"missing {what}s: {', '.join(missing)}")


def condition_problems(
    path: Path, line: int, condition: Any, vocab: dict[str, tuple[str, ...]] | None = None
) -> Iterator[Problem]:
    for message in conditions.problems(condition, vocab):
        yield Problem(path, line, message)


def deadline_state_problems(path: Path, line: int, wanted: Any) -> Iterator[Problem]:
    """A fragment's ``when_deadline`` names deadline ids and the states they must be in."""
    if wanted is None:
        return
    if not isinstance(wanted, dict):
        yield Problem(path, line, "'when_deadline' must map deadline ids to a state")
        return
    for deadline_id, state in wanted.items():
        if deadline_id not in DEADLINE_IDS:
            yield Problem(path, line, f"'when_deadline' names an unknown deadline '{deadline_id}'")
        if state not in STATES:
            yield Problem(path, line, f"'when_deadline' state must be one of: {', '.join(STATES)}")


def check_time_first(path: Path, data: Any, vocab: dict[str, tuple[str, ...]]) -> Iterator[Problem]:
    """Time first names urgent deadlines and the routes that may lead, as the contract says.

    It is one rule, or a list of rules (for example the appeal's and the review panel's).
    """
    if isinstance(data, list) and data:
        for item in data:
            yield from check_time_first(path, item, vocab)
        return
    if not isinstance(data, dict):
        yield Problem(path, 1, "rules.yaml needs 'time_first': deadlines, unless and first")
        return
    line = line_of(data, 1)
    for deadline in data.get("deadlines") or []:
        if deadline not in MUST_MEET:
            yield Problem(path, line, f"time_first deadline '{deadline}' is not one to meet")
    yield from condition_problems(path, line, data.get("unless"), vocab)
    for item in data.get("first") or []:
        if item.get("route") not in ROUTE_IDS:
            yield Problem(path, line, f"route id '{item.get('route')}' is not in the contract")
        yield from condition_problems(path, line, item.get("when"), vocab)


def check_deadlines(files: ContentFiles) -> Iterator[Problem]:
    path = files.path("deadlines.yaml")
    rules = (files.data["deadlines.yaml"] or {}).get("deadlines") or []
    yield from contract_ids(
        [(str(r.get("id")), line_of(r)) for r in rules],
        DEADLINE_IDS,
        path,
        "deadline id",
        every=True,
    )
    vocab = vocabulary(files)
    for rule in rules:
        line = line_of(rule)
        for key in ("when", "done_when", "maybe_later_when"):
            yield from condition_problems(path, line, rule.get(key), vocab)
        for variant in rule.get("variants") or []:
            yield from condition_problems(path, line_of(variant, line), variant.get("when"), vocab)
        if rule.get("id") in MUST_MEET and not rule.get("action"):
            yield Problem(path, line, "a deadline the family must meet needs an 'action'")
        for count in rule.get("counts") or [{}]:
            yield from _count_problems(path, line_of(count, line), count, vocab)
    yield from _check_urgency(path, files.data["deadlines.yaml"] or {})


def _count_problems(
    path: Path, line: int, count: dict[str, Any], vocab: dict[str, tuple[str, ...]]
) -> Iterator[Problem]:
    start = count.get("from")
    if start in INTEGER_KEYS:
        on = count.get("month_day")
        if not (isinstance(on, list) and len(on) == 2 and all(isinstance(n, int) for n in on)):
            yield Problem(path, line, f"a count from '{start}' needs 'month_day: [month, day]'")
    elif start not in DATE_KEYS:
        yield Problem(
            path,
            line,
            f"a count must start 'from' one of: {', '.join((*DATE_KEYS, *INTEGER_KEYS))}",
        )
    yield from condition_problems(path, line, count.get("when"), vocab)


def _check_urgency(path: Path, data: dict[str, Any]) -> Iterator[Problem]:
    urgency = data.get("urgency")
    if not isinstance(urgency, dict):
        yield Problem(path, 1, "deadlines.yaml needs 'urgency': threshold_days and its wording")
        return
    line = line_of(urgency, 1)
    if not isinstance(urgency.get("threshold_days"), int) or urgency["threshold_days"] < 0:
        yield Problem(path, line, "urgency needs a whole-number 'threshold_days'")
    for field in ("soon", "today", "passed", "maybe_later"):
        if not urgency.get(field):
            yield Problem(path, line, f"urgency needs a '{field}' sentence")
