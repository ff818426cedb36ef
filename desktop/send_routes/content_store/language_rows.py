"""The languages and their catalogues, read from the content database."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

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


def read_language(conn: sqlite3.Connection, code: str) -> Language | None:
    """The language ``code`` with its whole catalogue, or None when the content has none."""
    row = conn.execute(
        "SELECT code, name, english_name, direction, script, words FROM languages WHERE code = ?",
        (code,),
    ).fetchone()
    if row is None:
        return None
    entries = {
        key: Entry(english, text, status, made_by, made_on)
        for key, english, text, status, made_by, made_on in conn.execute(
            "SELECT key, english, text, status, made_by, made_on FROM translations "
            "WHERE language = ?",
            (code,),
        )
    }
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
