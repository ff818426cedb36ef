"""Translate a line the plan shows, including sentences filled in from a template.

The plan fills templates ("You have {days} left to {action}. The last day is {date}.") with
English values before anything is shown. To translate such a sentence, find the template it
was filled from, translate each value (a date in the language's own words, a number of days
in its plural form, any other value from the catalogue) and fill the translated template.
If any part has no translation, the whole line has none: the reader then sees the English,
never a half-translated sentence or a guessed date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cached_property

from send_routes.core.bidi import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE
from send_routes.core.deadlines import DAY_NAMES, MONTH_NAMES
from send_routes.core.page_words import fill_in
from send_routes.core.protected_text import PHONE, WEB
from send_routes.core.translation import Language

_LONG_DATE = rf"(?:(?:{'|'.join(DAY_NAMES)}) )?\d{{1,2}} (?:{'|'.join(MONTH_NAMES)}) \d{{4}}"
_DAYS = r"\d+ days?"
_DAYS_LEFT = r"\d+ days? left"
#: Placeholders whose value is kept as it is: names of people and bodies, details to dial.
KEPT_AS_GIVEN = frozenset({"name", "phone", "email", "website", "version", "release"})
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_MAX_DEPTH = 3
#: What ``{child}`` says to a young person using the app themselves (rules.yaml phrases).
YOUNG_PERSON = "you"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
#: A council's own name ("London Borough of Barnet"): capitalised words and their small
#: joining words, no punctuation, so an English sentence before it is never kept with it.
_NAME = re.compile(r"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|and|&|the|upon|with|on))*")


def parse_long_date(text: str) -> dt.date | None:
    """The date a long English date names ("Tuesday 1 December 2026"), or None."""
    match = re.fullmatch(rf"(?:(?:{'|'.join(DAY_NAMES)}) )?(\d{{1,2}}) (\w+) (\d{{4}})", text)
    if not match or match.group(2) not in MONTH_NAMES:
        return None
    try:
        return dt.date(
            int(match.group(3)), MONTH_NAMES.index(match.group(2)) + 1, int(match.group(1))
        )
    except ValueError:
        return None


def _is_date_name(name: str) -> bool:
    return name == "date" or name.endswith("_date")


def _value_pattern(name: str) -> str:
    if _is_date_name(name):
        return f"(?P<{name}>{_LONG_DATE})"
    if name == "days":
        return f"(?P<{name}>{_DAYS})"
    return f"(?P<{name}>.+?)"


class Translator:
    """A language's translation of the plan's lines, with the English kept for comparison."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.words = language.words
        #: Every English string shown in English for want of a translation, in order.
        self.missing: list[str] = []

    @cached_property
    def _templates(self) -> list[tuple[re.Pattern[str], str]]:
        found = []
        for entry in self.language.entries.values():
            names = _PLACEHOLDER.findall(entry.english)
            if not names or len(set(names)) != len(names):
                continue
            pattern, position = "", 0
            for match in _PLACEHOLDER.finditer(entry.english):
                pattern += re.escape(entry.english[position : match.start()])
                pattern += _value_pattern(match.group(1))
                position = match.end()
            pattern += re.escape(entry.english[position:])
            found.append((re.compile(pattern, re.DOTALL), entry.english))
        # Longer templates first: the most specific one wins.
        return sorted(found, key=lambda item: -len(item[1]))

    def isolate(self, text: str) -> str:
        """In a right-to-left language, keep ``text`` (a date, a number, an address) left to
        right inside its line (Unicode bidirectional isolates)."""
        if not self.language.right_to_left or not text:
            return text
        return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"

    def date(self, day: dt.date) -> str:
        return self.isolate(self.words.long_date(day))

    def line(self, english: str) -> str | None:
        """The translation of one line, or None (and the English noted as missing)."""
        found = self.translate(english)
        if found is None:
            self.missing.append(english)
        return found

    def translate(self, english: str, depth: int = 0) -> str | None:
        """``english`` in the language, or None when any part of it has no translation."""
        if not english:
            return ""
        exact = self.language.text(english)
        if exact is not None:
            return self._isolate_details(exact)
        lowered = english[:1].lower() + english[1:]
        if lowered != english:  # fill() gave the sentence a capital letter
            exact = self.language.text(lowered)
            if exact is not None:
                return self._isolate_details(exact[:1].upper() + exact[1:])
        if depth >= _MAX_DEPTH:
            return None
        return self._from_template(english, depth) or self._from_sentences(english, depth)

    def _from_sentences(self, english: str, depth: int) -> str | None:
        """Sentences the plan joined from several content strings ("This is a guide. This
        date is a weekend..."), each run of sentences translated whole, or None."""
        sentences = _SENTENCE_END.split(english)
        if len(sentences) < 2:
            return None
        # best[i]: the translation of sentences[:i], found from the longest runs first.
        best: dict[int, str] = {0: ""}
        for end in range(1, len(sentences) + 1):
            for start in range(end):
                if start not in best:
                    continue
                run = " ".join(sentences[start:end])
                found = self.language.text(run)
                # A run of any length may be one template ("... by {council}. Your SEN
                # case officer ..."): content strings are often two or three sentences.
                if found is None and depth + 1 < _MAX_DEPTH:
                    found = self._from_template(run, depth + 1)
                if found is not None:
                    best[end] = " ".join(filter(None, [best[start], found]))
                    break
        return self._isolate_details(best[len(sentences)]) if len(sentences) in best else None

    def _from_template(self, english: str, depth: int) -> str | None:
        for pattern, template in self._templates:
            match = pattern.fullmatch(english) or pattern.fullmatch(
                english[:1].lower() + english[1:]
            )
            if match is None:
                continue
            values = self._values(match.groupdict().items(), depth)
            if values is None:
                continue
            text = self.language.text(template) or ""
            filled = fill_in(text, values)
            return filled[:1].upper() + filled[1:] if english[:1].isupper() else filled
        return None

    def _values(self, parts: Iterable[tuple[str, str]], depth: int) -> dict[str, str] | None:
        values: dict[str, str] = {}
        for name, value in parts:
            found = self.value(name, value, depth)
            if found is None:
                return None
            values[name] = found
        return values

    def value(self, name: str, value: str, depth: int = 0) -> str | None:
        """One filled-in part of a template, in the language."""
        if _is_date_name(name):
            day = parse_long_date(value)
            return self.date(day) if day else None
        if name == "days":
            number = re.match(r"\d+", value)
            return self.words.counted("days", int(number.group())) if number else None
        if name == "left":
            return self.days_left(value)
        if name in KEPT_AS_GIVEN:
            # A name is never a sentence: one that swallowed a sentence before it in a
            # joined line would keep that sentence in English unnoticed.
            return None if _SENTENCE_END.search(value) else self.isolate(value)
        if name == "child" and value == YOUNG_PERSON:
            # The young person's own sentences have their own entries ("... whether you
            # should go back"): "you" is never a value put into a "your child" sentence.
            return None
        if name == "council":
            # "your local authority (council)" is translated; a council's own name
            # ("Shropshire Council") is kept as written, as on its letters.
            found = self.translate(value, depth + 1)
            return self.isolate(value) if found is None and _NAME.fullmatch(value) else found
        day = parse_long_date(value)  # a deadline's date, filled in under the deadline's id
        if day is not None:
            return self.date(day)
        return self.translate(value, depth + 1)

    def days_left(self, english: str) -> str | None:
        """ "12 days left", "today", "passed"... in the language."""
        match = re.fullmatch(_DAYS_LEFT.replace(r"\d+", r"(\d+)"), english)
        if match:
            return self.words.counted("days_left", int(match.group(1)))
        return self.translate(english)

    def _isolate_details(self, text: str) -> str:
        """Phone numbers and web addresses inside a translated line stay left to right."""
        if not self.language.right_to_left:
            return text
        text = WEB.sub(lambda m: self.isolate(m.group(0)), text)
        return PHONE.sub(lambda m: self.isolate(m.group(0)), text)
