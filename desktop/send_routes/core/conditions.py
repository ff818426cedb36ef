"""The small condition language the content uses to say when something applies.

A condition is a mapping whose entries must all hold; see ``db/content/README.md``.
Keeping the rules in this form lets advisers review them as data, not Python.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from send_routes.core.answers import DATE_KEYS, INTEGER_KEYS, Answers, vocabulary

Condition = Mapping[str, Any]
TESTS = ("any", "all", "only", "none", "not", "known")
#: Tests on whole-number answers, such as ``suspension_days: {more_than: 5, at_most: 15}``.
NUMBER_TESTS = ("known", "at_most", "more_than")


def holds(condition: Condition | None, answers: Answers) -> bool:
    """True when ``answers`` meet every entry of ``condition`` (an empty one always holds)."""
    if not condition:
        return True
    return all(_entry_holds(key, spec, answers) for key, spec in condition.items())


def _entry_holds(key: str, spec: Any, answers: Answers) -> bool:
    if key == "all":
        return all(holds(part, answers) for part in spec)
    if key == "any":
        return any(holds(part, answers) for part in spec)
    if key == "not":
        return not holds(spec, answers)
    value = answers.value(key)
    if key in INTEGER_KEYS:
        number = value if isinstance(value, int) else None
        return all(_number_holds(test, wanted, number) for test, wanted in spec.items())
    chosen = _chosen(value)
    if isinstance(spec, list):
        spec = {"any": spec}
    return all(_test_holds(test, wanted, chosen) for test, wanted in spec.items())


def _chosen(value: object) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        return value
    return (str(value),)


def _number_holds(test: str, wanted: Any, number: int | None) -> bool:
    if test == "known":
        return (number is not None) == bool(wanted)
    if number is None:
        return False
    limit = int(wanted)
    return number <= limit if test == "at_most" else number > limit


def _test_holds(test: str, wanted: Any, chosen: tuple[str, ...] | None) -> bool:
    if test == "known":
        return (chosen is not None and chosen != ()) == bool(wanted)
    values = chosen or ()
    if test == "any":
        return any(value in wanted for value in values)
    if test == "all":
        return all(value in values for value in wanted)
    if test == "only":
        return bool(values) and all(value in wanted for value in values)
    # "none" and "not" both mean: no chosen value is among those listed.
    return not any(value in wanted for value in values)


def problems(
    condition: object, vocab: Mapping[str, tuple[str, ...]] | None = None
) -> Iterator[str]:
    """Describe every way ``condition`` breaks the language or the answers vocabulary.

    ``vocab`` defaults to the contract's; the content check passes one with its own areas.
    """
    if condition is None:
        return
    if not isinstance(condition, Mapping):
        yield f"a condition must be a mapping, not {type(condition).__name__}"
        return
    vocab = vocab or vocabulary()
    for key, spec in condition.items():
        if key in ("all", "any"):
            if not isinstance(spec, list) or not spec:
                yield f"'{key}' needs a non-empty list of conditions"
                continue
            for part in spec:
                yield from problems(part, vocab)
        elif key == "not":
            yield from problems(spec, vocab)
        elif key not in vocab:
            yield f"unknown answers key '{key}'"
        elif key in INTEGER_KEYS:
            yield from _number_problems(key, spec)
        else:
            yield from _spec_problems(key, spec, vocab[key])


def _number_problems(key: str, spec: object) -> Iterator[str]:
    if not isinstance(spec, Mapping) or not spec:
        yield f"'{key}' is a number: test it with {', '.join(NUMBER_TESTS)}"
        return
    for test, wanted in spec.items():
        if test not in NUMBER_TESTS:
            yield f"'{key}' has an unknown test '{test}'; allowed tests: {', '.join(NUMBER_TESTS)}"
        elif test == "known" and not isinstance(wanted, bool):
            yield f"'{key}: known' must be true or false"
        elif test != "known" and (isinstance(wanted, bool) or not isinstance(wanted, int)):
            yield f"'{key}: {test}' needs a whole number"


def _spec_problems(key: str, spec: object, allowed: tuple[str, ...]) -> Iterator[str]:
    if isinstance(spec, list):
        spec = {"any": spec}
    if not isinstance(spec, Mapping) or not spec:
        yield f"'{key}' needs a list of values or a mapping of tests ({', '.join(TESTS)})"
        return
    for test, wanted in spec.items():
        if test not in TESTS:
            yield f"'{key}' has an unknown test '{test}'; allowed tests: {', '.join(TESTS)}"
        elif test == "known":
            if not isinstance(wanted, bool):
                yield f"'{key}: known' must be true or false"
        elif key in DATE_KEYS:
            yield f"'{key}' is a date: only 'known' can test it"
        elif not isinstance(wanted, list) or not wanted:
            yield f"'{key}: {test}' needs a non-empty list of values"
        else:
            for value in wanted:
                if value not in allowed:
                    yield (f"'{key}' has no value '{value}'; allowed values: {', '.join(allowed)}")
