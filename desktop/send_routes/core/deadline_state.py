"""Where each deadline in a plan stands, so a sentence can depend on it.

A step that says "send it early" is wrong once the date has passed; a step that says the
date has passed is wrong before it. Content fragments name the state they need
(``when_deadline: {appeal: passed}``) and hold only when the plan's deadline is in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from send_routes.core.plan import PlanDeadline

#: ``to_come``: today or later. ``passed``: passed with the step not done and the date sure
#: not to be later. ``maybe_later``: passed, but a missing date may make it later.
#: ``done``: the answers show the step is done.
STATES = ("to_come", "passed", "maybe_later", "done")


def state(deadline: PlanDeadline) -> str:
    """The state of one deadline, as the content names it."""
    if deadline.done:
        return "done"
    if not deadline.passed:
        return "to_come"
    return "maybe_later" if deadline.maybe_later else "passed"


def states(deadlines: Iterable[PlanDeadline]) -> dict[str, str]:
    """Each deadline's id with its state."""
    return {deadline.id: state(deadline) for deadline in deadlines}


def meets(wanted: Mapping[str, str], found: Mapping[str, str]) -> bool:
    """True when every deadline ``wanted`` names is in the plan, in the state it names."""
    return all(found.get(deadline_id) == want for deadline_id, want in wanted.items())
