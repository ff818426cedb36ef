"""The content check for questions.yaml: keys in the contract, options that lead somewhere,
and wording that fits the person (a young person is "you", never "your child")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from send_routes.content_build.check_common import Problem, duplicates
from send_routes.content_build.check_deadlines import condition_problems, contract_ids, vocabulary
from send_routes.content_build.content_files import ContentFiles
from send_routes.content_build.yaml_lines import line_of
from send_routes.core.contract import V1_KEYS
from send_routes.core.questions import third_person_words

QUESTION_KINDS = ("single", "multi", "date", "area", "number")
QUESTION_WORDS = ("text", "hint")
OPTION_WORDS = ("label", "help")


def check_questions(files: ContentFiles) -> Iterator[Problem]:
    path = files.path("questions.yaml")
    questions = files.data["questions.yaml"] or []
    vocab = vocabulary(files)
    found = [(str(q.get("key")), line_of(q)) for q in questions]
    yield from contract_ids(found, tuple(vocab), path, "question key", every=False)
    missing = sorted(set(V1_KEYS) - {key for key, _ in found})
    if missing:
        yield Problem(path, 1, f"missing question keys: {', '.join(missing)}")
    for question in questions:
        key, line = str(question.get("key")), line_of(question)
        if question.get("kind") not in QUESTION_KINDS:
            yield Problem(path, line, f"question kind must be one of: {', '.join(QUESTION_KINDS)}")
        for field in QUESTION_WORDS:
            if not question.get(field):
                yield Problem(path, line, f"question '{key}' needs a '{field}'")
        yield from condition_problems(path, line, question.get("skip_when"), vocab)
        yield from _check_all_wordings(path, line, question, QUESTION_WORDS, vocab)
        for option in question.get("options") or []:
            option_line = line_of(option, line)
            yield from _check_all_wordings(path, option_line, option, OPTION_WORDS, vocab)
            yield from _check_show_if(path, option_line, option, vocab)
        if vocab.get(key):
            yield from _check_options(path, question, vocab[key])


def _check_all_wordings(
    path: Path,
    line: int,
    item: dict[str, Any],
    fields: tuple[str, ...],
    vocab: dict[str, tuple[str, ...]],
) -> Iterator[Problem]:
    """The item's own wording, and each variant's as the person who meets it would see it."""
    yield from _check_wording(path, line, item, fields)
    variants = item.get("variants") or []
    if not isinstance(variants, list):
        yield Problem(path, line, "'variants' must be a list of wordings, each with a 'when'")
        return
    for variant in variants:
        yield from _check_variant(path, line_of(variant, line), item, variant, fields, vocab)


def _check_variant(
    path: Path,
    line: int,
    item: dict[str, Any],
    variant: Any,
    fields: tuple[str, ...],
    vocab: dict[str, tuple[str, ...]],
) -> Iterator[Problem]:
    """A variant says when it is used, and rewords only the item's fields, for everyone.

    Its young person's wording is its own: the item's would undo the variant for them.
    """
    allowed = (*fields, "young_person", "when")
    if not isinstance(variant, dict) or set(variant) - set(allowed):
        yield Problem(path, line, f"a variant may only give: {', '.join(allowed)}")
        return
    if not variant.get("when"):
        yield Problem(path, line, "a variant needs a 'when' condition: the item's own words")
    yield from condition_problems(path, line, variant.get("when"), vocab)
    seen = {field: variant.get(field, item.get(field)) for field in fields}
    yield from _check_wording(
        path, line, {**seen, "young_person": variant.get("young_person")}, fields
    )


def _check_wording(
    path: Path, line: int, item: dict[str, Any], fields: tuple[str, ...]
) -> Iterator[Problem]:
    """A young person is "you": wording that says "your child" needs a young_person variant."""
    variant = item.get("young_person") or {}
    if not isinstance(variant, dict) or set(variant) - set(fields):
        yield Problem(path, line, f"'young_person' may only reword: {', '.join(fields)}")
        return
    for field in fields:
        worded = variant.get(field, item.get(field))
        if not isinstance(worded, str) or not worded:
            yield Problem(path, line, f"'young_person' needs a text for '{field}'")
            continue
        for words in third_person_words(worded):
            yield Problem(path, line, f"'{field}' says '{words}' to a young person: reword it")


def _check_show_if(
    path: Path, line: int, option: dict[str, Any], vocab: dict[str, tuple[str, ...]]
) -> Iterator[Problem]:
    """A condition in the contract's words; "I'm not sure" is always offered."""
    if not option.get("show_if"):
        return
    if option.get("value") == "not_sure":
        yield Problem(path, line, "'I'm not sure' must always be offered: remove its 'show_if'")
    yield from condition_problems(path, line, option["show_if"], vocab)


def _check_options(
    path: Path, question: dict[str, Any], allowed: tuple[str, ...]
) -> Iterator[Problem]:
    options = question.get("options") or []
    values = [(str(option.get("value")), line_of(option)) for option in options]
    yield from duplicates(values, path, "option")
    for value, line in values:
        if value not in allowed:
            yield Problem(
                path,
                line,
                f"option '{value}' leads nowhere: '{question['key']}' takes {', '.join(allowed)}",
            )
    for option in options:
        if not option.get("label") or not option.get("help"):
            yield Problem(path, line_of(option), "an option needs a 'label' and a 'help'")
    missing = sorted(set(allowed) - {value for value, _ in values})
    if missing:
        yield Problem(path, line_of(question), f"no option offers: {', '.join(missing)}")
