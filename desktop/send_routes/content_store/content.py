"""The read-only content database shipped with the app.

Uses the standard ``sqlite3`` module only: importing sqlite-utils costs about 100 ms of
start-up, so it is kept for building. The file is opened read-only and checked before use.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

from send_routes.content_store.contact_rows import ContactRows
from send_routes.content_store.contact_rows import contact_from_row as contact_from_row
from send_routes.content_store.content_db import ContentError as ContentError
from send_routes.content_store.content_db import open_read_only
from send_routes.content_store.language_rows import LanguageChoice, language_choices, read_language
from send_routes.content_store.rule_rows import (
    deadline_rule,
    letter,
    load,
    note_rule,
    option,
    route_rule,
    time_first,
    urgency,
)
from send_routes.content_store.search import ContactSearch
from send_routes.core.case_content import CaseFileContent
from send_routes.core.councils import council_options, councils_from_areas
from send_routes.core.deadlines import long_date
from send_routes.core.guidance import (
    Contact,
    DeadlineRule,
    Fragment,
    Guidance,
    NoteRule,
    RouteRule,
    RouteText,
    Statement,
)
from send_routes.core.letters import LetterTemplate
from send_routes.core.page_words import VERSION_LABEL, fill_in
from send_routes.core.questions import Option, Question, wordings_from
from send_routes.core.terms import TermIndex
from send_routes.core.translation import Language


class ContentStore:
    """Everything the app reads from the content database."""

    def __init__(self, conn: sqlite3.Connection, path: Path, notice: str = "") -> None:
        self.conn = conn
        self.path = path
        #: One line saying an installed content update was ignored ("" when none was).
        self.notice = notice
        self.contact_rows = ContactRows(conn)

    @classmethod
    def open(cls, path: Path) -> ContentStore:
        return cls(open_read_only(path), path)

    def close(self) -> None:
        self.conn.close()

    def _rows(self, sql: str, *params: object) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    @cached_property
    def metadata(self) -> dict[str, str]:
        return {row["key"]: row["value"] for row in self._rows("SELECT key, value FROM metadata")}

    @property
    def content_version(self) -> str:
        return self.metadata["content_version"]

    @property
    def reviewed_on(self) -> str:
        """The date (YYYY-MM-DD) the content was last reviewed ("" in an older database)."""
        return self.metadata.get("reviewed_on", "")

    @property
    def release(self) -> int:
        return int(self.metadata.get("release", "0"))

    @property
    def version_label(self) -> str:
        """The content version as plans and the start page show it: release, the date it
        was reviewed, and the exact build ("2, reviewed on 30 November 2026 (1d21…)")."""
        if not self.reviewed_on:
            return self.content_version
        reviewed = long_date(dt.date.fromisoformat(self.reviewed_on))
        values = {"release": str(self.release), "date": reviewed, "version": self.content_version}
        return fill_in(VERSION_LABEL, values)

    def languages(self) -> list[LanguageChoice]:
        """The languages the content can show, besides English (start page order)."""
        return language_choices(self.conn)

    def language(self, code: str) -> Language | None:
        """The language ``code`` and its catalogue, or None when there is none."""
        return read_language(self.conn, code)

    @cached_property
    def engine_texts(self) -> dict[str, Any]:
        return {r["key"]: load(r["value"]) for r in self._rows("SELECT * FROM engine_texts")}

    @cached_property
    def guidance(self) -> Guidance:
        """The rules and texts the engine needs, loaded once."""
        texts = self.engine_texts
        tried_why = texts.get("tried_why")
        return Guidance(
            content_version=self.version_label,
            route_rules=self._route_rules(),
            route_texts=self.route_texts,
            notes=self._notes(),
            deadlines=self._deadlines(),
            contacts=self.contacts,
            phrases=texts.get("phrases", {}),
            tried_routes={k: tuple(v) for k, v in texts.get("tried_routes", {}).items()},
            warnings=texts.get("warnings", {}),
            from_labels=texts.get("from_labels", {}),
            reviewed_on=self.reviewed_on,
            tried_why=(
                Fragment(tried_why["text"], {}, tuple(tried_why["sources"])) if tried_why else None
            ),
            areas=self.area_councils,
            urgency=urgency(texts.get("urgency") or {}),
            time_first=time_first(texts.get("time_first") or {}),
            notices=(self.notice,) if self.notice else (),
        )

    @cached_property
    def case_file(self) -> CaseFileContent:
        """The case log's letter kinds, the wording check, the appeal papers' checklists."""
        return CaseFileContent.from_dict(self.engine_texts.get("case_file") or {})

    @cached_property
    def area_councils(self) -> dict[str, str]:
        """Each area the content has local details for, with its council's name."""
        rows = self._rows("SELECT id, council FROM areas WHERE is_fallback = 0 ORDER BY position")
        return {row["id"]: row["council"] for row in rows}

    def _route_rules(self) -> list[RouteRule]:
        return [route_rule(row) for row in self._rows("SELECT * FROM routes ORDER BY position")]

    @cached_property
    def route_texts(self) -> dict[str, RouteText]:
        sections: dict[str, dict[str, list[Statement]]] = {}
        for row in self._rows(
            "SELECT * FROM route_statements ORDER BY route_id, section, position"
        ):
            statement = Statement(row["text"], tuple(load(row["sources"])))
            sections.setdefault(row["route_id"], {}).setdefault(row["section"], []).append(
                statement
            )
        return {
            row["id"]: RouteText(
                id=row["id"],
                title=row["title"],
                short=row["short"],
                sections={k: tuple(v) for k, v in sections.get(row["id"], {}).items()},
            )
            for row in self._rows("SELECT id, title, short FROM routes ORDER BY position")
        }

    def _notes(self) -> list[NoteRule]:
        return [note_rule(row) for row in self._rows("SELECT * FROM notes ORDER BY position")]

    def _deadlines(self) -> list[DeadlineRule]:
        rows = self._rows("SELECT * FROM deadline_rules ORDER BY position")
        return [deadline_rule(row) for row in rows]

    @cached_property
    def contacts(self) -> list[Contact]:
        return [contact_from_row(r) for r in self._rows("SELECT * FROM contacts ORDER BY position")]

    @cached_property
    def questions(self) -> list[Question]:
        options: dict[str, list[Option]] = {}
        for row in self._rows("SELECT * FROM question_options ORDER BY question_key, position"):
            options.setdefault(row["question_key"], []).append(option(row))
        councils = council_options(councils_from_areas(self.areas))
        return [
            Question(
                key=row["key"],
                kind=row["kind"],
                required=bool(row["required"]),
                text=row["text"],
                hint=row["hint"],
                # The area question offers every council (councils.yaml), by name.
                options=councils if row["kind"] == "area" else tuple(options.get(row["key"], [])),
                letter=row["letter"],
                skip_when=load(row["skip_when"]),
                young_person=load(row["young_person"]),
                variants=wordings_from(load(row["variants"])),
            )
            for row in self._rows("SELECT * FROM questions ORDER BY position")
        ]

    @cached_property
    def glossary(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Each term with its definition and sources, sorted by term."""
        return {
            row["term"]: (row["definition"], tuple(load(row["sources"])))
            for row in self._rows("SELECT * FROM glossary ORDER BY term COLLATE NOCASE")
        }

    @cached_property
    def glossary_aliases(self) -> dict[str, str]:
        """Every term and alias (case-folded) mapped to its glossary term."""
        rows = self._rows("SELECT alias, term FROM glossary_aliases")
        return {row["alias"].casefold(): row["term"] for row in rows}

    @cached_property
    def terms(self) -> TermIndex:
        """The glossary as a term finder, made once for the window and the printout."""
        return TermIndex(self.glossary, self.glossary_aliases)

    @cached_property
    def glossary_alias_lists(self) -> dict[str, tuple[str, ...]]:
        """Each term's other names as the content writes them (not the term itself)."""
        lists: dict[str, list[str]] = {}
        for row in self._rows("SELECT alias, term FROM glossary_aliases ORDER BY rowid"):
            if row["alias"] != row["term"]:
                lists.setdefault(row["term"], []).append(row["alias"])
        return {term: tuple(aliases) for term, aliases in lists.items()}

    @cached_property
    def areas(self) -> list[dict[str, Any]]:
        """The areas the content covers, then the national fallback, with their statements."""
        return [load(row["data"]) for row in self._rows("SELECT data FROM areas ORDER BY position")]

    @cached_property
    def sources(self) -> dict[str, dict[str, str]]:
        return {row["id"]: dict(row) for row in self._rows("SELECT * FROM sources")}

    @cached_property
    def letters(self) -> list[LetterTemplate]:
        """The draft letters' wording, in the content's order."""
        return [letter(row) for row in self._rows("SELECT * FROM letters ORDER BY position")]

    def option_labels(self, key: str) -> dict[str, str]:
        """The plain labels of one question's options, by value."""
        for question in self.questions:
            if question.key == key:
                return {option.value: option.label for option in question.options}
        return {}

    @cached_property
    def search(self) -> ContactSearch:
        return ContactSearch(self.conn)

    def search_contacts(
        self,
        text: str,
        area: str | None = None,
        kinds: list[str] | None = None,
        limit: int = 50,
    ) -> list[Contact]:
        """Contacts matching ``text``, best first.

        With ``area``, only that area's contacts and national ones (an area the content does
        not cover gives national ones only).
        """
        areas = None if area is None else [area.strip().casefold(), ""]
        return self.contacts_at(self.search.rowids(text, areas, kinds, limit))

    def contacts_at(self, positions: Sequence[int]) -> list[Contact]:
        return self.contact_rows.at(positions)

    def namesakes(self, contact: Contact) -> list[Contact]:
        """Bundled contacts of ``contact``'s kind and area whose name shares a word with it."""
        return self.contact_rows.at(
            self.search.namesakes(contact.organisation, contact.local_authority, contact.kind)
        )
