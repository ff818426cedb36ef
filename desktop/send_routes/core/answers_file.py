"""Read an answers file (the contract's JSON) with the command line's plain messages.

The one reader for the window's File > Open, ``send-routes open`` and ``send-routes plan``,
so a window and a terminal say the same thing about the same file; the bounded reader
below it keeps a hostile file (``/dev/zero``, JSON 1,000 deep) from hanging either.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from send_routes.core.answers import AnswersError, DateTooLate, parse_answers
from send_routes.fileio.bounded_read import ANSWERS_LIMIT, InputError, parse_json, read_limited


class AnswersFileError(ValueError):
    """An answers file that cannot be read, is not JSON, or breaks the contract."""


def read_raw_answers(source: str | Path) -> Any:
    """The JSON in ``source`` (``-`` is standard input), read with a size cap and limits."""
    what = "answers file"
    try:
        return parse_json(read_limited(str(source), ANSWERS_LIMIT, what), what)
    except InputError as error:
        raise AnswersFileError(str(error)) from error


def read_answers_file(path: Path) -> dict[str, Any]:
    """The raw answers in ``path``, checked against the contract."""
    raw = read_raw_answers(path)
    try:
        parse_answers(raw)
    except DateTooLate as error:  # the date is valid; the limit is the app's
        raise AnswersFileError(str(error)) from error
    except AnswersError as error:
        raise AnswersFileError(f"invalid answers: {error}") from error
    return dict(raw)
