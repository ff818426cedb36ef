"""Read untrusted input with limits: a size cap, a nesting depth, short numbers, sound text.

Python's own readers trust their input: ``read()`` of ``/dev/zero`` never ends, ``json``
recurses once per ``[`` (1,000 deep is a RecursionError), turns a 5,000-digit number into
a ValueError after the work is done, and accepts ``"\\ud800"`` (a lone surrogate that no
file can hold). Everything here fails with ``InputError`` and a sentence that names the
problem instead.
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any

from send_routes.fileio.clip import clip_path
from send_routes.fileio.regular_file import read_regular, reason

#: Generous for an answers file (a few KB) while bounding memory.
ANSWERS_LIMIT = 1024 * 1024
MAX_DEPTH = 32
MAX_DIGITS = 20


class InputError(ValueError):
    """The input cannot be used; the message says why in plain words."""


def read_limited(source: str, limit: int, what: str = "file") -> bytes:
    """The bytes of ``source`` (``-`` is standard input), refusing more than ``limit``.

    A named source must be an ordinary file (``regular_file``): a FIFO, a socket or a
    device is refused at once rather than waited on. Standard input may be a pipe.
    """
    shown = clip_path(source)
    try:
        if source == "-":
            stream = sys.stdin.buffer if sys.stdin is not None else None
            if stream is None or stream.closed:
                raise InputError(f"standard input is closed, so there is no {what} to read")
            data = stream.read(limit + 1)
        else:
            data = read_regular(source, limit)
    except InputError:
        raise
    except OSError as error:
        raise InputError(f"cannot read the {what} {shown}: {reason(error)}") from error
    except ValueError as error:  # a NUL in the path, or a closed stream
        raise InputError(f"cannot read the {what} {shown}: {error}") from error
    if len(data) > limit:
        raise InputError(f"the {what} {shown} is larger than {limit // 1024} KB")
    return data


def _depth(text: str) -> int:
    """The deepest nesting of ``[`` and ``{`` outside strings (a cheap scan, no recursion)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _number(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise InputError(f"a number has more than {MAX_DIGITS} digits")
    return int(text)


def _real(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or len(text) > 40:
        raise InputError(f"the number {text[:20]} is too large")
    return value


def _constant(name: str) -> Any:
    raise InputError(f"{name} is not a number JSON allows")


def _check_text(value: Any) -> None:
    """Refuse lone surrogates anywhere (keys included): they cannot be printed or saved."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise InputError(
                    "a text contains a lone surrogate (\\ud800 to \\udfff), which is not a "
                    "character"
                ) from None
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def parse_json(data: bytes, what: str = "file", max_depth: int = MAX_DEPTH) -> Any:
    """The JSON value in ``data`` (UTF-8, a byte order mark allowed), within the limits."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"the {what} is not UTF-8 text (byte {error.start + 1} is not valid)"
        ) from error
    if _depth(text) > max_depth:
        raise InputError(f"the {what} is nested more than {max_depth} levels deep")
    try:
        value = json.loads(text, parse_int=_number, parse_float=_real, parse_constant=_constant)
    except json.JSONDecodeError as error:
        raise InputError(
            f"the {what} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from error
    _check_text(value)
    return value
