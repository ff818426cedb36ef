"""One session's personal data, owned in one place: answers, plan, first name, ticks and notes.

A ``QObject`` in ``ui/`` rather than pure Python in ``core/``: what the rest of the window
needs from it is to be told when things change (Qt signals), while the decisions it relies
on (which question next: ``core.question_flow``; parsing: ``core.answers``; planning:
``core.planner``) are already pure Python. Pages, exports, the adviser area and the privacy
guard are given the session, never the window.

Everything else that holds something personal (a typed search, a letter being edited, the
last folder used) registers how it is cleared with ``register``; ``clear`` clears them all,
by name, in the order they registered.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from send_routes.core.answers import Answers, parse_answers
from send_routes.core.case_file import CaseFile, case_file_from
from send_routes.core.plan import Plan
from send_routes.core.question_flow import Answer, QuestionFlow
from send_routes.core.questions import Question

Planner = Callable[[Answers, dt.date], Plan]
Tick = tuple[str, int]


class HoldsPersonalData(Protocol):
    """Anything that shows or keeps something of the session and can forget it."""

    def clear_personal_data(self) -> None: ...


class Session(QObject):
    """The answers, the plan made from them, the child's first name, ticks and notes."""

    #: All the answers were replaced at once (a new start, a case opened).
    answers_replaced = Signal()
    plan_changed = Signal()
    #: The case log or the reasons for appeal changed.
    case_file_changed = Signal()

    def __init__(
        self,
        questions: Callable[[], Sequence[Question]],
        planner: Planner,
        today: Callable[[], dt.date],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._questions = questions
        self._planner = planner
        self._today = today
        self._flow: QuestionFlow | None = None
        self._plan: Plan | None = None
        #: The answers (as JSON) and the day the plan was made from.
        self._planned_from: tuple[str, dt.date] | None = None
        self.child_name = ""
        self.ticks: list[Tick] = []
        self.notes = ""
        self.case_file = CaseFile()
        self._holders: dict[str, HoldsPersonalData] = {}

    def today(self) -> dt.date:
        """The day plans are made for (the window's, so tests can fix it)."""
        return self._today()

    @property
    def plan(self) -> Plan | None:
        """The plan made from the answers; the one reference to it that lasts."""
        return self._plan

    def set_plan(self, plan: Plan | None) -> None:
        """Show ``plan`` (None: no plan) wherever the plan is shown."""
        self._planned_from = None
        if plan is not self._plan:
            self._plan = plan
            self.plan_changed.emit()

    # Answers

    @property
    def flow(self) -> QuestionFlow:
        """Which question comes next; made when first asked (the content loads lazily)."""
        if self._flow is None:
            self._flow = QuestionFlow(self._questions())
        return self._flow

    @property
    def answers(self) -> dict[str, Any]:
        """A copy of the answers given so far, in the contract's vocabulary."""
        return dict(self._flow.raw) if self._flow is not None else {}

    def record(self, key: str, value: Answer) -> None:
        self.flow.record(key, value)

    def set_answers(self, raw: Mapping[str, Any] | None) -> None:
        """Start again from ``raw`` (or from nothing)."""
        self._flow = QuestionFlow(self._questions(), dict(raw or {}))
        self.answers_replaced.emit()

    def parse(self) -> Answers:
        """The answers to plan from, checked against the contract (raises AnswersError)."""
        return parse_answers(self.flow.planning_answers())

    def make_plan(self) -> Plan:
        """The plan for the answers as they are today; made only when they changed.

        Raises AnswersError when an answer is refused by the contract. The answers are
        compared as given: the planner reads them against the content's areas, so its
        parsed answers never equal ``parse()``'s, and comparing those planned every time.
        """
        raw = json.dumps(self.flow.planning_answers(), sort_keys=True, default=str)
        today = self._today()
        answers = self.parse()
        plan = self._plan
        if plan is None or self._planned_from != (raw, today):
            plan = self._planner(answers, today)
            self.set_plan(plan)
            self._planned_from = (raw, today)
        return plan

    # What else the person gives

    def set_child_name(self, name: str) -> None:
        self.child_name = name

    def set_ticks(self, ticks: Iterable[Sequence[object]]) -> None:
        self.ticks = [(str(route), int(str(index))) for route, index in ticks]

    def set_notes(self, notes: str) -> None:
        self.notes = notes

    def set_case_file(self, case_file: CaseFile, fills: Mapping[str, str] | None = None) -> None:
        """Keep the log and reasons; ``fills`` are the dates its letters give the answers."""
        self.case_file = case_file
        for key, value in (fills or {}).items():
            self.record(key, value)
        self.case_file_changed.emit()

    # Saved cases

    def to_case(self) -> dict[str, Any]:
        """What a saved case keeps of the session: never the first name typed for the plan's
        title (the box says "It is never stored"; the adviser names the case instead). The log
        and reasons: ``core.case_file``."""
        return {
            "answers": self.answers,
            "names": {},
            "ticks": [[route, index] for route, index in self.ticks],
            "notes": self.notes,
            **self.case_file.to_dict(),
        }

    def restore(self, case: Mapping[str, Any]) -> None:
        """Take the answers, ticks, notes, log and reasons from a saved case (and a first
        name, from a case saved before names were left out)."""
        self.set_plan(None)
        self.child_name = str((case.get("names") or {}).get("child", ""))
        self.set_ticks(case.get("ticks") or [])
        self.notes = str(case.get("notes", ""))
        self.case_file = case_file_from(case)
        self.set_answers(case.get("answers") or {})
        self.case_file_changed.emit()

    # Forgetting

    def register(self, name: str, holder: HoldsPersonalData) -> None:
        """``holder`` is cleared with the session (a second one under ``name`` replaces it)."""
        self._holders[name] = holder

    def unregister(self, name: str) -> None:
        self._holders.pop(name, None)

    def holders(self) -> list[str]:
        return list(self._holders)

    def clear(self) -> None:
        """Forget everything: answers, plan, name, ticks, notes, and every holder's data."""
        self._flow = None
        self._plan = None
        self.child_name = ""
        self.ticks = []
        self.notes = ""
        self.case_file = CaseFile()
        for holder in list(self._holders.values()):
            holder.clear_personal_data()
