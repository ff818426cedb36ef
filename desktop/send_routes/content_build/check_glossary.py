"""The content check's glossary part: every marked term and abbreviation is defined."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from send_routes.content_build.check_common import Problem, duplicates, walk, yaml_trees
from send_routes.content_build.content_files import CONTACTS_FILE, ContentFiles
from send_routes.content_build.yaml_lines import line_of
from send_routes.core.guidance import marked_terms

#: Keys whose values are identifiers or rules, not words a person reads.
_NOT_PROSE = {
    "id",
    "key",
    "value",
    "kind",
    "sources",
    "file",
    "from",
    "term",
    "aliases",
    "when",
    "applies_when",
    "skip_when",
    "groups",
    "tried_routes",
    "with_routes",
    "confidence",
    "counts",
}
_CAPS = re.compile(r"\b[A-Z]{2,}[A-Z0-9]*\b")


def glossary_index(entries: Iterable[dict[str, Any]]) -> set[str]:
    """Every term and alias in the glossary, case-folded."""
    index: set[str] = set()
    for entry in entries:
        index.add(str(entry.get("term", "")).casefold())
        index.update(str(alias).casefold() for alias in entry.get("aliases") or [])
    return index


def _prose(files: ContentFiles) -> Iterator[tuple[Path, int, str]]:
    for path, tree in yaml_trees(files):
        for key, value, line in walk(tree):
            if isinstance(value, str) and key not in _NOT_PROSE and " " in value.strip():
                yield path, line, value
    for row in files.contacts:
        for column in ("helps_with", "note"):
            yield files.path(CONTACTS_FILE), row.line, row.values.get(column, "")


def check_glossary_use(files: ContentFiles) -> Iterator[Problem]:
    path = files.path("glossary.yaml")
    entries = files.data["glossary.yaml"] or []
    yield from duplicates(
        [
            (term, line_of(entry))
            for entry in entries
            for term in (
                str(entry.get("term", "")).casefold(),
                *(str(a).casefold() for a in entry.get("aliases") or []),
            )
        ],
        path,
        "glossary term or alias",
    )
    defined = glossary_index(entries)
    for where, line, text in _prose(files):
        for term in marked_terms(text):
            if term.casefold() not in defined:
                yield Problem(where, line, f"glossary term '{term}' is used but not defined")
        for word in _CAPS.findall(re.sub(r"\{[^}]*\}", "", text)):
            if word.casefold() not in defined and word.casefold().rstrip("s") not in defined:
                yield Problem(where, line, f"abbreviation '{word}' is used but not in the glossary")
