"""The Easy Read content as plain data, and the rules an Easy Read sentence keeps.

Easy Read (facts H41, H42) puts one idea on a line with a picture beside it, in sentences
under 15 words. The words are written content (``db/content/easy_read/``), each part keyed
by the id, or the exact English text, of what it stands for in the ordinary plan; this
module only holds them and looks them up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from send_routes.core.guidance import plain

#: Every Easy Read sentence has fewer words than this (fact H41/H42: "under 15 words").
MAX_WORDS = 15
#: A {placeholder} stands for a long date ("Tuesday 1 December 2026") or a short phrase.
PLACEHOLDER_WORDS = 4

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def sentences(text: str) -> list[str]:
    """The sentences of a line: split after a full stop, question or exclamation mark."""
    return [part for part in _SENTENCE_END.split(plain(text).strip()) if part]


def word_count(sentence: str) -> int:
    """Words in a sentence, counting each {placeholder} as the words it becomes."""
    placeholders = len(_PLACEHOLDER.findall(sentence))
    rest = _PLACEHOLDER.sub(" ", sentence)
    words = [word for word in rest.split() if any(c.isalnum() for c in word)]
    return len(words) + placeholders * PLACEHOLDER_WORDS


def too_long(text: str) -> list[str]:
    """The sentences of ``text`` with ``MAX_WORDS`` words or more."""
    return [s for s in sentences(text) if word_count(s) >= MAX_WORDS]


@dataclass(frozen=True)
class EasyLine:
    """One idea on one line, with the key of the picture shown beside it."""

    text: str
    picture: str


def _lines(items: Iterable[Mapping[str, Any]] | None) -> tuple[EasyLine, ...]:
    return tuple(EasyLine(str(i["text"]), str(i["picture"])) for i in items or ())


@dataclass(frozen=True)
class EasyRoute:
    """A route in Easy Read: its title, what it is, and its steps by their English text."""

    id: str
    title: str
    about: tuple[EasyLine, ...]
    steps: Mapping[str, tuple[EasyLine, ...]]


@dataclass(frozen=True)
class EasyDeadline:
    label: str
    picture: str
    action: str = ""


@dataclass(frozen=True)
class EasyNote:
    title: str
    lines: tuple[EasyLine, ...]
    #: The note's text in notes.yaml (the plan's note is matched by it).
    english: str = ""


@dataclass(frozen=True)
class EasyWord:
    word: str
    text: str
    picture: str


@dataclass(frozen=True)
class EasyReadContent:
    """Everything the Easy Read plan says, keyed by what it stands for."""

    routes: Mapping[str, EasyRoute] = field(default_factory=dict)
    #: (route id, the English text as rules.yaml has it) -> the lines.
    extra_steps: Mapping[tuple[str, str], tuple[EasyLine, ...]] = field(default_factory=dict)
    notes: Mapping[str, EasyNote] = field(default_factory=dict)
    deadlines: Mapping[str, EasyDeadline] = field(default_factory=dict)
    words: tuple[EasyWord, ...] = ()
    #: picture key -> its alt text.
    pictures: Mapping[str, str] = field(default_factory=dict)
    frame: Mapping[str, Any] = field(default_factory=dict)
    spoken_words: Mapping[str, str] = field(default_factory=dict)

    def text(self, *path: str) -> str:
        """A sentence of the plan's frame (``plan.yaml``), or "" when it has none."""
        value: Any = self.frame
        for key in path:
            value = value.get(key, {}) if isinstance(value, Mapping) else {}
        return value if isinstance(value, str) else ""

    def frame_lines(self, key: str) -> tuple[EasyLine, ...]:
        return _lines(self.frame.get(key))


def easy_read_content(data: Mapping[str, Any]) -> EasyReadContent:
    """Easy Read content from the data the content database stores (the files' YAML)."""
    routes = {
        route_id: EasyRoute(
            id=route_id,
            title=str(route["title"]),
            about=_lines(route.get("about")),
            steps={plain(str(s["english"])): _lines(s["lines"]) for s in route.get("steps", ())},
        )
        for route_id, route in (data.get("routes") or {}).items()
    }
    extra = {
        (str(s["route"]), str(s["english"])): _lines(s["lines"])
        for s in data.get("extra_steps") or ()
    }
    notes = {
        note_id: EasyNote(str(note["title"]), _lines(note["lines"]), str(note["english"]))
        for note_id, note in (data.get("notes") or {}).items()
    }
    deadlines = {
        deadline_id: EasyDeadline(str(d["label"]), str(d["picture"]), str(d.get("action", "")))
        for deadline_id, d in (data.get("deadlines") or {}).items()
    }
    words = tuple(
        EasyWord(str(w["word"]), str(w["text"]), str(w["picture"])) for w in data.get("words") or ()
    )
    pictures = {str(p["key"]): str(p["alt"]) for p in data.get("pictures") or ()}
    return EasyReadContent(
        routes=routes,
        extra_steps=extra,
        notes=notes,
        deadlines=deadlines,
        words=words,
        pictures=pictures,
        frame=data.get("plan") or {},
        spoken_words={str(k): str(v) for k, v in (data.get("spoken_words") or {}).items()},
    )
