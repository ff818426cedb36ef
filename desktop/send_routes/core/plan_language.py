"""The plan's words in the family's language after page 1: each line translated whole, or
kept in English where the catalogue has none (never guessed, never half translated).

One object answers every format (text, PDF, ODT), in English too (no translator: every
line as written), so the English plan and the translated one are made by the same code and
cannot drift apart. Names (of people, bodies, areas, sources) are kept as written, because
that is what the family will see on letters; in a right-to-left language they, and every
date, phone number and web address, are isolated so they stay left to right inside.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from send_routes.core.bidi import isolate
from send_routes.core.page_words import fill_in
from send_routes.core.plan_view_parts import ContactView
from send_routes.core.plan_words import NO_SOURCE, NO_WAY_TO_REACH, SOURCE, SOURCE_READ
from send_routes.core.translate_text import Translator, parse_long_date
from send_routes.wording import MISSING_DETAIL

_DAYS_LEFT = re.compile(r"\d+ days? left")
#: "Date of the decision letter: Tuesday 1 December 2026": a label, then a date.
_LABEL_DATE = re.compile(r"(?P<label>.+): (?P<date>\w+ \d{1,2} \w+ \d{4})")


class PlanText:
    """A plan's words in one language (or English, with no translator)."""

    def __init__(self, translator: Translator | None = None) -> None:
        self.translator = translator

    @property
    def code(self) -> str:
        return self.translator.language.code if self.translator else "en"

    @property
    def right_to_left(self) -> bool:
        return bool(self.translator and self.translator.language.right_to_left)

    @property
    def missing(self) -> list[str]:
        """Every English line shown in English for want of a translation, in order."""
        return self.translator.missing if self.translator else []

    def __call__(self, english: str) -> str:
        """One line in the language, or its English when there is no translation."""
        translator = self.translator
        if translator is None or not english:
            return english
        day = parse_long_date(english)
        if day is not None:
            return translator.date(day)
        if _DAYS_LEFT.fullmatch(english):
            left = translator.days_left(english)
            if left is not None:
                return left
        found = translator.line(english)
        return english if found is None else found

    def fill(self, template: str, values: Mapping[str, str]) -> str:
        """``template`` in the language, filled with ``values`` (already in the language)."""
        return fill_in(self(template), values)

    def each(self, lines: Iterable[str]) -> tuple[str, ...]:
        return tuple(self(line) for line in lines)

    def name(self, text: str) -> str:
        """A name, number or address kept exactly as given, isolated in a right-to-left
        line (and wherever it holds right-to-left text itself, core/bidi.py)."""
        if self.translator is not None:
            return self.translator.isolate(text)
        return isolate(text)

    def names(self, names: Iterable[str]) -> str:
        """Names kept as written, one after another."""
        return "; ".join(self.name(name) for name in names)

    def answer(self, english: str) -> str:
        """An answer read back ("School; Early years"): whole, or each part, or English."""
        if self.translator is None or self.translator.translate(english) is not None:
            return self(english)
        parts = english.split("; ")
        if len(parts) > 1 and all(self.translator.translate(p) is not None for p in parts):
            return "; ".join(self(part) for part in parts)
        return self(english)

    def term(self, english: str) -> str:
        """A glossary term: in the language with the English beside it in brackets, as on
        the letters the family will get; the English alone when it is not translated."""
        if self.translator is None:
            return english
        found = self.translator.line(english)
        return english if found is None else f"{found} ({self.name(english)})"

    def labelled_date(self, text: str) -> str:
        """ "What it was counted from: <date>", the label translated and the date in the
        language's words; the whole line in English when the label has no translation."""
        match = _LABEL_DATE.fullmatch(text)
        day = parse_long_date(match.group("date")) if match else None
        if self.translator is None or match is None or day is None:
            return self(text)
        label = self.translator.line(match.group("label"))
        return text if label is None else f"{label}: {self.translator.date(day)}"


def contact_details(contact: ContactView, words: PlanText) -> tuple[tuple[str, str], ...]:
    """A contact's phone, email and website: the labels in the language, the details as
    given (one no source gives says so, in the language)."""
    said = {MISSING_DETAIL, NO_WAY_TO_REACH}
    return tuple(
        (words(what), words(value) if value in said else words.name(value))
        for what, value in contact.details()
    )


def source_line(contact: ContactView, words: PlanText) -> str:
    """Where a contact's details come from (titles kept as written) and when it was read."""
    sources = "; ".join(words.name(title) for title in contact.sources) or words(NO_SOURCE)
    if contact.read:
        return words.fill(SOURCE_READ, {"sources": sources, "date": words.name(contact.read)})
    return words.fill(SOURCE, {"sources": sources})
