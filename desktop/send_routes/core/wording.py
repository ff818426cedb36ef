"""Fill ``{placeholders}`` in content sentences from the person's own answers."""

from __future__ import annotations

import string
from collections.abc import Mapping

from send_routes.core.answers import DATE_KEYS, Answers
from send_routes.core.deadlines import long_date
from send_routes.core.guidance import plain


def placeholders(
    answers: Answers,
    phrases: Mapping[str, Mapping[str, str]],
    councils: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The words each placeholder stands for, for these answers.

    ``councils`` names the council of each area the content covers; an area without one
    falls back to the ``council`` phrases, then to "your local authority (council)".
    """
    area = answers.area or "other"
    council_phrases = phrases.get("council", {})
    council = (councils or {}).get(area) or council_phrases.get(area, "")
    values = {
        "child": phrases.get("child", {}).get(answers.role, "your child"),
        "setting": phrases.get("setting", {}).get(answers.setting, "the setting"),
        "council": council or council_phrases.get("other", "your local authority (council)"),
    }
    for key in DATE_KEYS:
        day = answers.dates.get(key)
        values[key] = long_date(day) if day else "(date not given)"
    return values


class _Blanks(dict[str, str]):
    """Leave an unknown placeholder visible rather than failing the whole plan."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with placeholders filled and glossary marks removed, first letter capital."""
    filled = string.Formatter().vformat(text, (), _Blanks(values))
    result = plain(filled)
    return result[:1].upper() + result[1:]
