"""The wizard's questions as data, and which of them the answers so far make pointless."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from send_routes.core.answers import Answers, partial_answers
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
class Wording:
    """Other words for a question or an option, used when the answers so far meet ``when``.

    A college suspends or asks a student to leave where a school excludes: the same answer
    needs other words there. A wording replaces the fields it gives ("text" and "hint" of a
    question, "label" and "help" of an option) and brings its own wording for a young person.
    """

    when: Condition
    words: Mapping[str, str] = field(default_factory=dict)
    young_person: Mapping[str, str] = field(default_factory=dict)


def wordings_from(data: Sequence[Mapping[str, Any]]) -> tuple[Wording, ...]:
    """The ``variants`` of a question or option as the content files write them."""
    return tuple(
        Wording(
            when=item.get("when") or {},
            words={key: value for key, value in item.items() if isinstance(value, str)},
            young_person=item.get("young_person") or {},
        )
        for item in data
    )


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
    #: Other words where the answers so far call for them (the first that fits is used).
    variants: tuple[Wording, ...] = ()


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
    #: Other words where the answers so far call for them (the first that fits is used).
    variants: tuple[Wording, ...] = ()

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

    Only the options the earlier answers leave sensible are offered, each in the words that
    fit the setting, and a young person is "you", never "your child".
    """
    answers = partial_answers(raw)
    options = tuple(o for o in question.options if not o.show_if or holds(o.show_if, answers))
    return _reworded(replace(question, options=options), answers, raw.get("role"))


def reworded(question: Question, raw: Mapping[str, Any]) -> Question:
    """``question`` and every one of its options in the words that fit ``raw``.

    For reading back answers already given, such as in the printed plan, where a choice the
    window would no longer offer must still be named in words.
    """
    return _reworded(question, partial_answers(raw), raw.get("role"))


def _reworded(question: Question, answers: Answers, role: object) -> Question:
    young = role == YOUNG_PERSON
    words = _chosen_words(
        {"text": question.text, "hint": question.hint}, question, answers, young=young
    )
    options = tuple(_worded_option(option, answers, young=young) for option in question.options)
    return replace(question, text=words["text"], hint=words["hint"], options=options)


def _worded_option(option: Option, answers: Answers, *, young: bool) -> Option:
    words = _chosen_words(
        {"label": option.label, "help": option.help}, option, answers, young=young
    )
    return replace(option, label=words["label"], help=words["help"])


def _chosen_words(
    words: dict[str, str], item: Question | Option, answers: Answers, *, young: bool
) -> dict[str, str]:
    """``words`` replaced by the first variant that fits, then by a young person's wording."""
    for_young_person = item.young_person
    for variant in item.variants:
        if holds(variant.when, answers):
            words = {**words, **variant.words}
            for_young_person = variant.young_person
            break
    return {**words, **for_young_person} if young else words
