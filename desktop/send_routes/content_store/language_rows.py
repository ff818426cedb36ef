"""The languages and their catalogues, read from the content database.

A catalogue is stored whole, one xz-compressed JSON object per language (db/schema.sql):
the app only ever reads a language's catalogue whole, and as rows the English and
provenance repeated in every language made it most of the database (3.5 MB of 4.8 MB,
against 0.5 MB compressed). ``pack_catalogue`` and ``unpack_catalogue`` are the format's
one definition, for the build and for the app.
"""

from __future__ import annotations

import json
import lzma
import sqlite3
from collections.abc import Mapping
from dataclasses import astuple, dataclass

from send_routes.core.language_words import words_from
from send_routes.core.translation import Entry, Language


@dataclass(frozen=True)
class LanguageChoice:
    """A language as the start page offers it: its code and its name written in itself."""

    code: str
    name: str
    english_name: str
    direction: str


def language_choices(conn: sqlite3.Connection) -> list[LanguageChoice]:
    """Every language the content has a catalogue for, in the start page's order."""
    rows = conn.execute(
        "SELECT code, name, english_name, direction FROM languages ORDER BY position"
    ).fetchall()
    return [LanguageChoice(*row) for row in rows]


class CatalogueError(ValueError):
    """A stored catalogue cannot be read (the database is damaged)."""


def pack_catalogue(entries: Mapping[str, Entry]) -> bytes:
    """The stored form of a catalogue: ``{key: [english, text, status, made_by, made_on]}``
    as compact JSON, xz-compressed."""
    rows = {key: list(astuple(entry)) for key, entry in sorted(entries.items())}
    text = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return lzma.compress(text.encode("utf-8"))


def unpack_catalogue(blob: bytes) -> dict[str, Entry]:
    """A catalogue from its stored form; CatalogueError if it is not one."""
    try:
        rows = json.loads(lzma.decompress(blob).decode("utf-8"))
        if not isinstance(rows, dict):
            raise CatalogueError("the catalogue is not a JSON object")
        entries = {}
        for key, values in rows.items():
            if not (isinstance(values, list) and all(isinstance(v, str) for v in values)):
                raise CatalogueError(f"the catalogue's entry {str(key)[:20]} is not five texts")
            entries[key] = Entry(*values)
        return entries
    except (lzma.LZMAError, UnicodeDecodeError, json.JSONDecodeError, TypeError) as error:
        raise CatalogueError(f"the catalogue cannot be read ({error})") from error


def read_language(conn: sqlite3.Connection, code: str) -> Language | None:
    """The language ``code`` with its whole catalogue, or None when the content has none.
    CatalogueError if its catalogue cannot be read."""
    row = conn.execute(
        "SELECT code, name, english_name, direction, script, words, catalogue FROM languages "
        "WHERE code = ?",
        (code,),
    ).fetchone()
    if row is None:
        return None
    entries = unpack_catalogue(row[6])
    words = json.loads(row[5])
    return Language(
        code=row[0],
        name=row[1],
        english_name=row[2],
        direction=row[3],
        script=row[4],
        words=words_from(row[0], words if isinstance(words, dict) else {}),
        entries=entries,
    )
