"""The answers so far, and which question comes next, before and how far along (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from send_routes.core.questions import (
    Question,
    drop_skipped,
    questions_to_ask,
    reworded,
    worded_for,
)

#: One answer as the contract records it: a value, a list of values, or None (left out).
Answer = str | list[str] | int | None


class QuestionFlow:
    """Answers in the contract's vocabulary, and the order the questions are asked in."""

    def __init__(self, questions: Sequence[Question], preset: dict[str, Any] | None = None):
        self.questions = list(questions)
        self.raw: dict[str, Any] = dict(preset or {})
        self._order = {question.key: index for index, question in enumerate(self.questions)}

    def record(self, key: str, value: Answer) -> None:
        """Keep ``value`` for ``key``; None removes the key (an optional answer left empty)."""
        if value is None:
            self.raw.pop(key, None)
        else:
            self.raw[key] = value

    def to_ask(self) -> list[Question]:
        return questions_to_ask(self.questions, self.raw)

    def read_back(self) -> list[Question]:
        """The questions asked, in the words that fit the answers given: for reading the
        answers back, as "Check your answers" does ("you" for a young person)."""
        return [reworded(question, self.raw) for question in self.to_ask()]

    def question(self, key: str) -> Question:
        return self.questions[self._order[key]]

    def shown(self, key: str) -> Question:
        """The question for ``key`` worded for the person answering (see ``worded_for``)."""
        return worded_for(self.question(key), self.raw)

    def first_key(self) -> str:
        """The first question still to answer: the role is skipped when already given."""
        keys = [question.key for question in self.to_ask()]
        for key in keys:
            if key not in self.raw:
                return key
        return keys[0]

    def next_key(self, key: str) -> str | None:
        """The question after ``key``, or None when it was the last."""
        later = [q.key for q in self.to_ask() if self._order[q.key] > self._order[key]]
        return later[0] if later else None

    def previous_key(self, key: str) -> str | None:
        """The question before ``key``, or None when it was the first."""
        earlier = [q.key for q in self.to_ask() if self._order[q.key] < self._order[key]]
        return earlier[-1] if earlier else None

    def progress(self, key: str) -> tuple[int, int]:
        """(this question's number, how many questions there are likely to be)."""
        keys = [question.key for question in self.to_ask()]
        number = sum(1 for other in keys if self._order[other] < self._order[key]) + 1
        return number, max(len(keys), number)

    def first_missing_required(self) -> str | None:
        """The first question that must be answered and is not, if any."""
        answers = self.planning_answers()
        for question in self.to_ask():
            if question.required and question.key not in answers:
                return question.key
        return None

    def planning_answers(self) -> dict[str, Any]:
        """The answers to plan from: without answers the other answers make pointless."""
        return drop_skipped(self.questions, self.raw)
