"""The small condition language the content uses to say when something applies.

A condition is a mapping whose entries must all hold; see ``db/content/README.md``.
Keeping the rules in this form lets advisers review them as data, not Python.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from send_routes.core.answers import DATE_KEYS, Answers, vocabulary

Condition = Mapping[str, Any]
COMBINATORS = ("all", "any", "not")
TESTS = ("any", "all", "only", "none", "not", "known")


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
    chosen = _chosen(answers.value(key))
    if isinstance(spec, list):
        spec = {"any": spec}
    return all(_test_holds(test, wanted, chosen) for test, wanted in spec.items())


def _chosen(value: object) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        return value
    return (str(value),)


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


def problems(condition: object) -> Iterator[str]:
    """Describe every way ``condition`` breaks the language or the answers vocabulary."""
    if condition is None:
        return
    if not isinstance(condition, Mapping):
        yield f"a condition must be a mapping, not {type(condition).__name__}"
        return
    vocab = vocabulary()
    for key, spec in condition.items():
        if key in ("all", "any"):
            if not isinstance(spec, list) or not spec:
                yield f"'{key}' needs a non-empty list of conditions"
                continue
            for part in spec:
                yield from problems(part)
        elif key == "not":
            yield from problems(spec)
        elif key not in vocab:
            yield f"unknown answers key '{key}'"
        else:
            yield from _spec_problems(key, spec, vocab[key])


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
