"""The wizard's questions as data, and which of them the answers so far make pointless."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from send_routes.core.answers import partial_answers
from send_routes.core.conditions import Condition, holds

#: Words that must not reach a young person, who is "you" (matched without regard to case).
THIRD_PERSON = ("your child", "my child", "your son", "your daughter", "their child")
#: The role whose questions are worded for the person themselves.
YOUNG_PERSON = "young_person"


def third_person_words(text: str) -> list[str]:
    """The words in ``text`` that speak of the young person as someone else's child."""
    folded = text.casefold()
    return [words for words in THIRD_PERSON if words in folded]


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    help: str
    #: For a council: the councils it replaced, and other names of the place.
    former_names: tuple[str, ...] = ()
    also_known_as: tuple[str, ...] = ()
    #: Wording for a young person: any of "label" and "help".
    young_person: Mapping[str, str] = field(default_factory=dict)
    #: Offered only when the answers so far meet this (empty: always offered).
    show_if: Condition = field(default_factory=dict)


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
    #: Wording for a young person: any of "text" and "hint".
    young_person: Mapping[str, str] = field(default_factory=dict)

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
    asked = {question.key: question for question in questions_to_ask(questions, raw)}
    known = {question.key for question in questions}
    kept = {key: value for key, value in raw.items() if key in asked or key not in known}
    for key, value in list(kept.items()):
        if key in asked:
            _drop_hidden(kept, asked[key], value, raw)
    return kept


def _drop_hidden(
    kept: dict[str, Any], question: Question, value: Any, raw: Mapping[str, Any]
) -> None:
    """Remove choices of options that the other answers no longer offer."""
    hidden = {option.value for option in question.options if not offered(option, raw)}
    if isinstance(value, list) and hidden:
        left = [choice for choice in value if choice not in hidden]
        if left:
            kept[question.key] = left
        else:
            del kept[question.key]
    elif isinstance(value, str) and value in hidden:
        del kept[question.key]


def offered(option: Option, raw: Mapping[str, Any]) -> bool:
    """True when the answers so far make ``option`` a sensible choice."""
    return not option.show_if or holds(option.show_if, partial_answers(raw))


def worded_for(question: Question, raw: Mapping[str, Any]) -> Question:
    """``question`` as the person who gave ``raw`` sees it.

    Only the options the earlier answers leave sensible are offered, and a young person is
    "you", never "your child".
    """
    options = tuple(option for option in question.options if offered(option, raw))
    question = replace(question, options=options)
    if raw.get("role") != YOUNG_PERSON:
        return question
    words = question.young_person
    return replace(
        question,
        text=words.get("text", question.text),
        hint=words.get("hint", question.hint),
        options=tuple(
            replace(
                option,
                label=option.young_person.get("label", option.label),
                help=option.young_person.get("help", option.help),
            )
            for option in options
        ),
    )
