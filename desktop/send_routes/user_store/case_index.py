"""The unlocked cases, decrypted once into memory, so listing and searching touch no disk.

Made at unlock from every row, kept up to date by each save, rename and delete, and
dropped at lock. Each case keeps its summary and one case-folded text of its title and
every string in its content, so a search is a scan of plain strings.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CaseSummary:
    """What a list of cases shows: the title is decrypted in memory only."""

    id: str
    title: str
    created: str
    updated: str


@dataclass(frozen=True)
class CaseProblem:
    """A saved case that cannot be opened, and why; it can still be exported raw or deleted."""

    id: str
    created: str
    updated: str
    reason: str

    @property
    def message(self) -> str:
        return f"The case saved {self.updated[:10] or 'at an unknown time'} is {self.reason}."


def texts(value: Any) -> Iterator[str]:
    """Every string value inside ``value`` (not the keys), for searching."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item)


def _haystack(title: str, content: dict[str, Any]) -> str:
    return "\n".join([title, *texts(content)]).casefold()


class CaseIndex:
    """Summaries and search texts of the readable cases, and the problems of the others."""

    def __init__(self) -> None:
        self._cases: dict[str, tuple[CaseSummary, str]] = {}
        #: Each readable case's content, for views made from every case (the caseload).
        self._contents: dict[str, dict[str, Any]] = {}
        self.problems: dict[str, CaseProblem] = {}
        self._ordered: list[tuple[CaseSummary, str]] | None = None
        self._last: tuple[str, list[tuple[CaseSummary, str]] | None] = ("", None)

    def put(self, summary: CaseSummary, content: dict[str, Any]) -> None:
        self._cases[summary.id] = (summary, _haystack(summary.title, content))
        self._contents[summary.id] = content
        self.problems.pop(summary.id, None)
        self._ordered = None
        self._last = ("", None)

    def drop(self, case_id: str) -> None:
        self._cases.pop(case_id, None)
        self._contents.pop(case_id, None)
        self.problems.pop(case_id, None)
        self._ordered = None
        self._last = ("", None)

    def summary(self, case_id: str) -> CaseSummary | None:
        entry = self._cases.get(case_id)
        return None if entry is None else entry[0]

    def _newest_first(self) -> list[tuple[CaseSummary, str]]:
        if self._ordered is None:
            entries = sorted(self._cases.values(), key=lambda entry: entry[0].id)
            entries.sort(key=lambda entry: entry[0].updated, reverse=True)
            self._ordered = entries
        return self._ordered

    def contents(self) -> list[tuple[CaseSummary, dict[str, Any]]]:
        """Every readable case's summary and decrypted content, newest first."""
        return [(summary, self._contents[summary.id]) for summary, _ in self._newest_first()]

    def all(self) -> list[CaseSummary]:
        return [summary for summary, _ in self._newest_first()]

    def search(self, text: str) -> list[CaseSummary]:
        """Cases whose title or content contain every word of ``text`` (any case).

        Typing adds letters: when ``text`` extends the last search, every match is among
        the last matches, so only those are checked again.
        """
        query = text.casefold()
        words = sorted(set(query.split()), key=len, reverse=True)
        last_query, last_found = self._last
        entries = self._newest_first()
        if last_found is not None and query.startswith(last_query) and last_query.strip():
            entries = last_found
        for word in words:
            entries = [entry for entry in entries if word in entry[1]]
        self._last = (query, entries)
        return [summary for summary, _ in entries]
