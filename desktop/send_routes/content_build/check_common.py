"""What every part of the content check shares: the Problem record and tree walking."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from send_routes.content_build.content_files import ContentFiles
from send_routes.content_build.yaml_lines import line_of


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content, and where."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def walk(value: Any, line: int = 0, key: str = "") -> Iterator[tuple[str, Any, int]]:
    """Yield (key, value, line) for every value in a YAML tree, depth first."""
    line = line_of(value, line)
    if isinstance(value, dict):
        for child_key, child in value.items():
            yield str(child_key), child, line
            yield from walk(child, line, str(child_key))
    elif isinstance(value, list):
        for child in value:
            yield key, child, line
            yield from walk(child, line, key)


def yaml_trees(files: ContentFiles) -> Iterator[tuple[Path, Any]]:
    for name, data in files.data.items():
        if name != "sources.yaml":
            yield files.path(name), data
    yield from files.routes.items()


def duplicates(items: Iterable[tuple[str, int]], path: Path, what: str) -> Iterator[Problem]:
    seen: set[str] = set()
    for item, line in items:
        if item in seen:
            yield Problem(path, line, f"duplicate {what} '{item}'")
        seen.add(item)
