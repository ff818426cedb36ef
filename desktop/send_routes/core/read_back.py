"""Reading the answers back: one list for "Check your answers" and the printout's "Your answers".

Both show the questions that were asked for these answers (``questions_to_ask``), each in the
words that fit the person ("you" for a young person), with the answer in the option's words.
Two readings used to disagree: the printout listed every question with a value, including
one a college student was never asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from send_routes.core.deadlines import long_date
from send_routes.core.guidance import plain
from send_routes.core.questions import Question, questions_to_ask, reworded

NOT_GIVEN = "Not given"


def answer_words(question: Question, value: Any) -> str:
    """An answer as the person would say it, from the question's own option labels; several
    answers one to a line."""
    if value is None or value == [] or value == "":
        return NOT_GIVEN
    if question.kind == "date":
        return long_date(dt.date.fromisoformat(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "\n".join(plain(question.label_for(item)) for item in value)
    return plain(question.label_for(value))


def read_back(questions: Sequence[Question], raw: Mapping[str, Any]) -> list[tuple[Question, str]]:
    """Each question asked for ``raw``, reworded for the person, with its answer in words."""
    worded = [reworded(question, raw) for question in questions_to_ask(questions, raw)]
    return [(question, answer_words(question, raw.get(question.key))) for question in worded]
