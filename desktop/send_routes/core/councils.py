"""Find a council from what a person types: its name, its id, a misspelling, a part of its
name ("Brighton"), or a council it replaced ("Cumbria" offers the two councils that took
over from it).

Pure Python: the council list comes from the content (``councils.yaml``), and rapidfuzz
only loads once a spelling needs correcting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from send_routes.core.questions import Option

#: Words that say what kind of council it is, not which one.
_LEADING = re.compile(
    r"^(london borough of|royal borough of|council of the|city and county of|city of|the)\s+"
)
_TRAILING = re.compile(
    r"\s+(metropolitan borough|metropolitan district|borough|county|city|district|unitary)?"
    r"\s*(council|corporation)$"
)
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")
FUZZY_CUTOFF = 80.0
MIN_PREFIX = 2


@dataclass(frozen=True)
class Council:
    """One council with SEND duties and the other names it may be known by."""

    id: str
    name: str
    council: str
    former_names: tuple[str, ...] = ()
    also_known_as: tuple[str, ...] = ()


@dataclass(frozen=True)
class CouncilMatch:
    """A council found for some text, and the name it was found by, when not its own."""

    council: Council
    via: str = ""

    @property
    def label(self) -> str:
        """How to show the match: "Cumberland (took over from Cumbria)"."""
        if not self.via:
            return self.council.name
        return f"{self.council.name} (took over from {self.via})"


def normalise(text: str) -> str:
    """``text`` as a key: lower case, "&" as "and", no punctuation, no "council" words."""
    key = text.casefold().replace("&", " and ").replace("_", " ")
    key = " ".join(_NOT_LETTERS.sub(" ", key).split())
    key = _TRAILING.sub("", key)
    key = _LEADING.sub("", key)
    return key.strip()


class CouncilFinder:
    """Finds councils by any of their names; built once from the council list."""

    def __init__(self, councils: Iterable[Council]) -> None:
        self.councils = list(councils)
        self.by_id = {council.id: council for council in self.councils}
        #: Each name's key, with the councils it leads to and the former name it is (if so).
        self._names: dict[str, list[tuple[Council, str]]] = {}
        for council in self.councils:
            for name in (council.name, council.council, council.id, *council.also_known_as):
                self._add(name, council, "")
            for name in council.former_names:
                self._add(name, council, name)
        self._keys = sorted(self._names)

    def _add(self, name: str, council: Council, via: str) -> None:
        entries = self._names.setdefault(normalise(name), [])
        if all(existing is not council for existing, _ in entries):
            entries.append((council, via))

    def find(self, text: str, limit: int = 8) -> list[CouncilMatch]:
        """The councils ``text`` may mean, best first; empty when nothing is close."""
        key = normalise(text)
        if not key:
            return []
        found: dict[str, CouncilMatch] = {}
        for keys in (self._exact(key), self._prefixed(key), self._close(key)):
            for name in keys:
                for council, via in self._names[name]:
                    found.setdefault(council.id, CouncilMatch(council, via))
            if len(found) >= limit:
                break
        return list(found.values())[:limit]

    def best(self, text: str) -> Council | None:
        """The council ``text`` most likely means, or None."""
        matches = self.find(text, limit=1)
        return matches[0].council if matches else None

    def _exact(self, key: str) -> list[str]:
        return [key] if key in self._names else []

    def _prefixed(self, key: str) -> list[str]:
        """Names that start with ``key``, or have a word that does ("hove", "tyne")."""
        if len(key) < MIN_PREFIX:
            return []
        starts = [name for name in self._keys if name.startswith(key)]
        words = [
            name
            for name in self._keys
            if name not in starts and any(word.startswith(key) for word in name.split()[1:])
        ]
        return sorted(starts, key=len) + sorted(words, key=len)

    def _close(self, key: str) -> list[str]:
        from rapidfuzz import fuzz, process  # only once a name is misspelt

        matches = process.extract(
            key, self._keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5
        )
        return [match[0] for match in matches]


def councils_from_areas(areas: Sequence[dict[str, object]]) -> list[Council]:
    """Council records from the content's area records (those with a council name)."""
    return [
        Council(
            id=str(area["id"]),
            name=str(area["name"]),
            council=str(area.get("council") or ""),
            former_names=tuple(str(name) for name in _strings(area.get("former_names"))),
            also_known_as=tuple(str(name) for name in _strings(area.get("also_known_as"))),
        )
        for area in areas
        if area.get("council")
    ]


def _strings(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def council_options(councils: Sequence[Council]) -> tuple[Option, ...]:
    """The councils as answers to the area question, by name."""
    return tuple(
        Option(c.id, c.name, c.council, former_names=c.former_names, also_known_as=c.also_known_as)
        for c in sorted(councils, key=lambda council: council.name)
    )


def councils_from_options(options: Sequence[Option]) -> list[Council]:
    """The councils an area question offers (``council_options`` made its options)."""
    return [Council(o.value, o.label, o.help, o.former_names, o.also_known_as) for o in options]
