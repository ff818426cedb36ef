"""Contact search as you type: FTS5 prefix matching, with spelling correction as a fallback.

Any text is a valid query. It is cut into words; each word becomes a quoted FTS5 prefix
term, so quotes, brackets, ``AND`` or ``*`` are only ever searched for, never obeyed. A word
that matches nothing is swapped for the nearest words in the index ("medation" finds
"mediation"), using rapidfuzz.
"""

from __future__ import annotations

import bisect
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

_WORD = re.compile(r"\w+")
MAX_WORDS = 8
MAX_WORD_LENGTH = 40
#: Words shorter than this match too much to rank quickly, and are never "corrected".
SHORT_WORD = 3
FUZZY_CUTOFF = 75.0
CLOSEST_MARGIN = 5.0
#: How many matches are ranked by relevance; the rest follow in content order.
RANKED_SET = 200
WEIGHTS = "10.0, 3.0, 3.0, 1.0, 0.5"
#: The longest prefix the index keeps (``prefix = '1 2 3 4 5 6'`` in db/schema.sql).
LONGEST_INDEXED_PREFIX = 6
#: A longer word is searched as the few whole words it can begin, when there are at most
#: this many: FTS5 would otherwise gather every match of the prefix before the first result.
MOST_WORDS_FOR_A_PREFIX = 16


@dataclass(frozen=True)
class SearchQuery:
    """The FTS5 expression for some text, and whether it is broad enough to skip ranking."""

    match: str
    broad: bool


def words(text: str) -> list[str]:
    """The searchable words in ``text``, lower-cased and bounded in number and length."""
    found = _WORD.findall(text[: MAX_WORDS * (MAX_WORD_LENGTH + 1) * 4])
    return [word.casefold()[:MAX_WORD_LENGTH] for word in found if word.strip("_")][:MAX_WORDS]


class ContactSearch:
    """Searches the contacts in one database that has ``contacts_fts`` and ``contacts_vocab``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @cached_property
    def vocabulary(self) -> list[str]:
        """Every indexed word, sorted (loaded once, on first use)."""
        rows = self.conn.execute("SELECT term FROM contacts_vocab").fetchall()
        return sorted(row[0] for row in rows)

    def _has_prefix(self, word: str) -> bool:
        vocabulary = self.vocabulary
        index = bisect.bisect_left(vocabulary, word)
        return index < len(vocabulary) and vocabulary[index].startswith(word)

    def _prefix_clause(self, word: str) -> str:
        """``"word"*``, or for a word longer than the indexed prefixes the whole words it
        begins (``("sendiass" OR "sendiasss")``), which FTS5 reads as it goes."""
        if len(word) <= LONGEST_INDEXED_PREFIX:
            return f'"{word}"*'
        vocabulary = self.vocabulary
        start = bisect.bisect_left(vocabulary, word)
        end = start
        while end < len(vocabulary) and vocabulary[end].startswith(word):
            end += 1
            if end - start > MOST_WORDS_FOR_A_PREFIX:
                return f'"{word}"*'
        return "(" + " OR ".join(f'"{term}"' for term in vocabulary[start:end]) + ")"

    def _alternatives(self, word: str) -> list[str]:
        from rapidfuzz import fuzz, process  # only once a word is misspelt

        matches = process.extract(
            word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=3
        )
        if not matches:
            return []
        # Keep only the closest spellings: "medation" means "mediation", not "education".
        best = matches[0][1]
        return [match[0] for match in matches if match[1] >= best - CLOSEST_MARGIN]

    def query(self, text: str) -> SearchQuery | None:
        """The FTS5 expression for ``text``; None when some word can match nothing."""
        clauses = []
        for word in words(text):
            if len(word) < SHORT_WORD:
                clauses.append(f'"{word}"*')
                continue
            if self._has_prefix(word):
                clauses.append(self._prefix_clause(word))
                continue
            alternatives = self._alternatives(word)
            if not alternatives:
                return None
            clauses.append("(" + " OR ".join(f'"{term}"' for term in alternatives) + ")")
        if not clauses:
            return SearchQuery("", broad=True)
        shortest = min(len(word) for word in words(text))
        return SearchQuery(" AND ".join(clauses), broad=shortest < SHORT_WORD)

    def rowids(
        self,
        text: str,
        areas: Sequence[str] | None = None,
        kinds: Sequence[str] | None = None,
        limit: int = 50,
    ) -> list[int]:
        """The matching contacts' positions, best match first (``[]`` when none match).

        ``areas`` keeps contacts of those area ids (``""`` is national); ``kinds`` keeps
        those kinds. None means no filter.
        """
        query = self.query(text)
        if query is None:
            return []
        where, params = _filters(areas, kinds)
        if query.match:
            where.insert(0, "contacts_fts MATCH ?")
            params.insert(0, query.match)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        if not query.match or query.broad:
            # A one- or two-letter prefix says little about relevance: keep content order.
            sql = f"SELECT rowid FROM contacts_fts{clause} ORDER BY rowid LIMIT ?"
        else:
            # Rank only the first RANKED_SET matches: ranking every row of a common prefix
            # is what makes search slow. Bundled contacts come first, so they always compete.
            sql = (
                f"SELECT rowid FROM (SELECT rowid, bm25(contacts_fts, {WEIGHTS}) AS score"
                f" FROM contacts_fts{clause} LIMIT {RANKED_SET}) ORDER BY score LIMIT ?"
            )
        return [row[0] for row in self.conn.execute(sql, [*params, limit])]

    def namesakes(self, organisation: str, area: str, kind: str, limit: int = 500) -> list[int]:
        """Rows of ``kind`` in ``area`` ("" is national) whose name shares a word with
        ``organisation``: every record that could be the same service (the caller compares
        them).

        The contacts of one kind in one area are read through their index and their names
        compared here: matching the name's words in the full-text index first would visit
        every contact named "service" or "SEND" anywhere, thousands of them in a large list.
        """
        terms = set(words(organisation))
        if not terms:
            return []
        sql = (
            "SELECT position, organisation, service FROM contacts"
            " WHERE kind = ? AND ifnull(local_authority, '') = ?"
        )
        params: list[object] = [kind, area]
        if all(term.isascii() for term in terms):
            # A quick first sift in SQLite (its lower() knows only ASCII letters); the
            # words are compared exactly below.
            name = "lower(organisation || ' ' || service)"
            sql += " AND (" + " OR ".join(f"instr({name}, ?) > 0" for _ in terms) + ")"
            params.extend(sorted(terms))
        rows = self.conn.execute(sql + " ORDER BY position", params)
        found = [row[0] for row in rows if terms.intersection(words(f"{row[1]} {row[2]}"))]
        return found[:limit]


def _filters(
    areas: Sequence[str] | None, kinds: Sequence[str] | None
) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    for column, values in (("area_id", areas), ("kind", kinds)):
        if values is not None:
            where.append(f"{column} IN ({', '.join('?' for _ in values) or 'NULL'})")
            params.extend(values)
    return where, params
