"""A language's catalogue: the translation of each English string the app can show.

One source of truth per string (docs/design/translations.md): the English lives where it
always has (the content files, or the code for the plan's own headings); a catalogue maps
the *hash* of that English to its translation. When the English changes, so does its key,
and the old translation no longer matches: the app shows the English until someone
translates the new wording, rather than a translation of an older rule.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field

from send_routes.core.language_words import LanguageWords

STATUSES = ("draft", "reviewed")
#: Said in the family's language while any translation it shows is a draft.
DRAFT_NOTICE = (
    "This translation has not yet been checked by a qualified translator. "
    "The English is beside it; the English is what counts."
)


def string_key(english: str) -> str:
    """The stable id of an English string: the first 12 hex digits of its SHA-256."""
    return hashlib.sha256(english.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Entry:
    """One translated string, with who or what made it, when, and whether it is checked."""

    english: str
    text: str
    status: str
    made_by: str
    made_on: str

    @property
    def reviewed(self) -> bool:
        return self.status == "reviewed"


@dataclass(frozen=True)
class Language:
    """A language the app can show: its names, direction, words for dates, and catalogue."""

    code: str
    name: str
    english_name: str
    direction: str
    script: str
    words: LanguageWords
    entries: Mapping[str, Entry] = field(default_factory=dict)

    @property
    def right_to_left(self) -> bool:
        return self.direction == "rtl"

    def entry(self, english: str) -> Entry | None:
        """The entry for ``english`` as the app shows it, or None when it is not translated."""
        found = self.entries.get(string_key(english))
        # A hash collision (or a hand-edited key) must never show another string's words.
        return found if found is not None and found.english == english else None

    def text(self, english: str) -> str | None:
        """The translation of ``english``, or None."""
        found = self.entry(english)
        return found.text if found else None

    @property
    def all_reviewed(self) -> bool:
        return bool(self.entries) and all(e.reviewed for e in self.entries.values())

    @property
    def notice(self) -> str:
        """The draft notice in this language ("" when the catalogue has none)."""
        return self.text(DRAFT_NOTICE) or ""
