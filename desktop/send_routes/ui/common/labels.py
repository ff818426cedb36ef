"""Small helpers for the contact and glossary pages: selectable labels, sources, dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QLabel

from send_routes.core.deadlines import day_month_year
from send_routes.ui.common.catalogue_translator import chosen_language
from send_routes.ui.common.widgets import text_label
from send_routes.ui.common.words import kept_left_to_right, marked, tr

#: How much of a search text to repeat back in a message.
ECHO_LENGTH = 40


#: Shown for a source the content names without a title (the content check prevents it).
UNNAMED_SOURCE = marked("A source without a title in this release")
#: Shown for a date a record does not give.
NO_DATE = marked("Not known")


def selectable_label(text: str = "", role: str = "") -> QLabel:
    """A plain-text label whose text the mouse can select, to copy a detail."""
    return text_label(text, role, selectable=True)


def source_lines(sources: Mapping[str, Mapping[str, str]], ids: Iterable[str]) -> list[str]:
    """Each source's title, once: families see titles, never internal ids like F17."""
    titles = (sources.get(source_id, {}).get("title", "") for source_id in ids)
    return list(dict.fromkeys(title or tr(UNNAMED_SOURCE) for title in titles))


def date_in_words(value: str) -> str:
    """``2026-11-22`` as "22 November 2026" in the chosen language's words (its months,
    digits and order, as the plan writes dates; kept left to right in a right-to-left
    window); anything else as it is, or "Not known"."""
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        return value or tr(NO_DATE)
    language = chosen_language()
    if language is None:
        return day_month_year(date)
    return kept_left_to_right(language.words.day_month_year(date))


def echo(text: str) -> str:
    """A search text shortened to repeat back to the person."""
    text = " ".join(text.split())
    return text if len(text) <= ECHO_LENGTH else text[: ECHO_LENGTH - 1] + "…"
