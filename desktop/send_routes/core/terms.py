"""Finding glossary terms in text, to link them on screen and list them in the printout.

Pure Python: the window turns the links into underlined, explained words, and the printed
plan lists the terms it uses.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping
from urllib.parse import quote

from send_routes.core.guidance import TERM_MARK, plain

SCHEME = "term:"


def _is_abbreviation(term: str) -> bool:
    return sum(char.isupper() for char in term) >= 2


class TermIndex:
    """Every glossary term and alias, to find terms in text and look up definitions."""

    def __init__(
        self, glossary: Mapping[str, tuple[str, tuple[str, ...]]], aliases: Mapping[str, str]
    ) -> None:
        self.definitions = {term: definition for term, (definition, _) in glossary.items()}
        self.lookup = {term.casefold(): term for term in glossary}
        self.lookup.update({alias.casefold(): term for alias, term in aliases.items()})
        words = sorted(self.lookup, key=len, reverse=True)
        alternatives = "|".join(re.escape(word) for word in words) or "(?!)"
        self._pattern = re.compile(rf"(?<![\w-])({alternatives})(?![\w-])", re.IGNORECASE)

    def resolve(self, words: str) -> str | None:
        """The glossary term ``words`` stands for, or None."""
        return self.lookup.get(words.strip().casefold())

    def definition(self, term: str) -> str:
        return plain(self.definitions.get(term, ""))

    def terms_in(self, text: str, auto: bool = True) -> list[str]:
        """The glossary terms a text uses (marked, or also unmarked with ``auto``), in order."""
        found = [term for _, term in self._segments(text, auto) if term]
        return list(dict.fromkeys(found))

    def to_html(self, text: str, auto: bool = True) -> str:
        """``text`` as HTML with its glossary terms as links to their definitions.

        Marked terms are always linked; with ``auto``, so is every other term the text uses
        (text the engine has already turned plain has lost its marks).
        """
        parts = []
        for words, term in self._segments(text, auto):
            shown = html.escape(words)
            parts.append(f'<a href="{SCHEME}{quote(term)}">{shown}</a>' if term else shown)
        return "".join(parts)

    def _segments(self, text: str, auto: bool) -> Iterator[tuple[str, str | None]]:
        """The text in pieces, each with the glossary term it is (or None)."""
        position = 0
        for match in TERM_MARK.finditer(text):
            yield from self._auto(text[position : match.start()], auto)
            shown = match.group(1)
            yield shown, self.resolve(match.group(2) or shown)
            position = match.end()
        yield from self._auto(text[position:], auto)

    def _auto(self, text: str, auto: bool) -> Iterator[tuple[str, str | None]]:
        if not auto:
            yield text, None
            return
        position = 0
        for match in self._pattern.finditer(text):
            words = match.group(1)
            term = self.lookup[words.casefold()]
            single_word = " " not in words
            if single_word and _is_abbreviation(term) and not _is_abbreviation(words):
                continue  # "send a letter" is not SEND
            yield text[position : match.start()], None
            yield words, term
            position = match.end()
        yield text[position:], None
