"""The wizard's questions as data, and which of them the answers so far make pointless."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from send_routes.core.answers import partial_answers
from send_routes.core.conditions import Condition, holds


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    help: str
    #: For a council: the councils it replaced, and other names of the place.
    former_names: tuple[str, ...] = ()
    also_known_as: tuple[str, ...] = ()


@dataclass(frozen=True)
class Question:
    """One wizard page: a question about one answers key."""

    key: str
    kind: str  # single | multi | date | area | number
    required: bool
    text: str
    hint: str
    options: tuple[Option, ...] = ()
    letter: str = ""
    skip_when: Condition = field(default_factory=dict)

    def label_for(self, value: str) -> str:
        for option in self.options:
            if option.value == value:
                return option.label
        return value


def is_skipped(question: Question, raw: Mapping[str, Any]) -> bool:
    """True when the answers so far make ``question`` unnecessary."""
    return bool(question.skip_when) and holds(question.skip_when, partial_answers(raw))


def questions_to_ask(questions: Sequence[Question], raw: Mapping[str, Any]) -> list[Question]:
    """The questions still worth asking, in order, given the answers so far."""
    return [question for question in questions if not is_skipped(question, raw)]


def drop_skipped(questions: Sequence[Question], raw: Mapping[str, Any]) -> dict[str, Any]:
    """``raw`` without answers to questions that the other answers now make pointless.

    A family that changes an earlier answer must not be planned on a stale later one.
    """
    asked = {question.key for question in questions_to_ask(questions, raw)}
    known = {question.key for question in questions}
    return {key: value for key, value in raw.items() if key in asked or key not in known}
