"""Read an answers file (the contract's JSON) with the command line's plain messages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from send_routes.core.answers import AnswersError, parse_answers


class AnswersFileError(ValueError):
    """An answers file that cannot be read, is not JSON, or breaks the contract."""


def read_answers_file(path: Path) -> dict[str, Any]:
    """The raw answers in ``path``, checked against the contract.

    The messages are the command line's (``send-routes plan``), so a window and a terminal
    say the same thing about the same file.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise AnswersFileError(f"cannot read the answers file {path}: {error}") from error
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise AnswersFileError(
            f"the answers file {path} is not valid JSON (line {error.lineno}, "
            f"column {error.colno}: {error.msg})"
        ) from error
    try:
        parse_answers(raw)
    except AnswersError as error:
        raise AnswersFileError(f"invalid answers: {error}") from error
    return dict(raw)
