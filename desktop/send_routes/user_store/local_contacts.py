"""An adviser's own contacts, kept in the user database and searched with the bundled ones.

They are organisations, not families, so they are stored in clear. A content update never
touches them. Usage::

    local = LocalContacts.open(paths.user_db_file())   # or LocalContacts(case_store.user_db)
    contact = local.add({"organisation": "…", "kind": "sendiass", "source": "phone call",
                         "confidence": "M", "source_read": "2026-11-22"})  # id "local-…"
    local.update(contact.id, {...}); local.delete(contact.id); local.get(id); local.all()
    local.search("text", area="dudley", kinds=["sendiass"])
    search_all(content_store, local, "text", area, kinds, limit)   # bundled and own, merged

Fields are the columns of ``db/content/contacts.csv`` (``CONTACT_COLUMNS``); ``routes`` and
``source`` are ``;``-separated. Every add or change is checked with
``core.contact_fields.row_problems``; ``ContactProblems`` lists what is wrong. Ids always
start with ``local-`` (added if missing). Each change updates ``contacts_fts`` in the same
transaction, so ``ContactSearch`` finds own contacts exactly as it finds bundled ones.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from send_routes.content_store.contact_merge import ContactSearcher as ContactSearcher
from send_routes.content_store.contact_merge import search_all as search_all
from send_routes.content_store.content import contact_from_row
from send_routes.content_store.search import ContactSearch
from send_routes.core.answers import KNOWN_AREAS, ROUTE_IDS
from send_routes.core.contact_fields import CONTACT_COLUMNS, KINDS, row_problems
from send_routes.core.guidance import Contact
from send_routes.user_store.user_db import UserDatabase

PREFIX = "local-"
COUNCIL_ID = re.compile(r"^[a-z]+(_[a-z]+)*$")
NATIONAL = "national England"
_COLUMNS = ", ".join(CONTACT_COLUMNS)
_UPSERT = (
    f"INSERT INTO local_contacts ({_COLUMNS}) VALUES ({', '.join('?' for _ in CONTACT_COLUMNS)})"
    f" ON CONFLICT (id) DO UPDATE SET ({_COLUMNS})"
    f" = ({', '.join('excluded.' + column for column in CONTACT_COLUMNS)})"
)


class ContactProblems(ValueError):
    """A contact's fields are not acceptable; ``problems`` lists each one in plain words."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = list(problems)


def local_id(raw: str) -> str:
    """``raw`` with the ``local-`` prefix (kept when already there)."""
    raw = raw.strip(" ")
    return raw if raw.startswith(PREFIX) else PREFIX + raw


def clean_row(fields: Mapping[str, str]) -> dict[str, str]:
    """Every contact column, without edge spaces (missing ones empty), with a ``local-`` id."""
    row = {column: str(fields.get(column) or "").strip(" ") for column in CONTACT_COLUMNS}
    if row["id"]:
        row["id"] = local_id(row["id"])
    return row


def problems_of(row: Mapping[str, str]) -> list[str]:
    """What is wrong with a contact row (empty when it is good).

    Any council id in the contract's form (``east_sussex``) is an area: own contacts may be
    for any council, and the council list is content this layer does not read."""
    area = str(row.get("local_authority") or "")
    areas = set(KNOWN_AREAS) | ({area} if COUNCIL_ID.match(area) else set())
    return row_problems(dict(row), areas, set(ROUTE_IDS))


class LocalContacts:
    """Add, change, delete and search own contacts."""

    def __init__(self, user_db: UserDatabase, area_names: Mapping[str, str] | None = None):
        self.user_db = user_db
        self.area_names = dict(area_names or {area: area.title() for area in KNOWN_AREAS})
        self._search: ContactSearch | None = None

    @classmethod
    def open(cls, path: Path) -> LocalContacts:
        return cls(UserDatabase.open(path))

    def _select(self, where: str = "", params: Sequence[object] = ()) -> dict[int, Contact]:
        """Own contacts by their index number (the ``contacts_fts`` rowid)."""
        cursor = self.user_db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        cursor.execute(f"SELECT num, {_COLUMNS} FROM local_contacts {where}", params)
        return {
            row["num"]: dataclasses.replace(contact_from_row(row), added_locally=True)
            for row in cursor
        }

    def all(self) -> list[Contact]:
        return list(self._select("ORDER BY num").values())

    def get(self, contact_id: str) -> Contact | None:
        found = self._select("WHERE id = ?", (contact_id,))
        return next(iter(found.values()), None)

    def rows(self) -> dict[str, dict[str, str]]:
        """Every own contact as its raw column values, by id."""
        cursor = self.user_db.conn.execute(f"SELECT {_COLUMNS} FROM local_contacts")
        return {row[0]: dict(zip(CONTACT_COLUMNS, row, strict=True)) for row in cursor}

    def add(self, fields: Mapping[str, str]) -> Contact:
        """Add a contact (a new ``local-`` id is made when none is given)."""
        row = clean_row(fields)
        row["id"] = row["id"] or f"{PREFIX}{uuid.uuid4().hex[:12]}"
        if self.get(row["id"]) is not None:
            raise ContactProblems([f"there is already a contact with id '{row['id']}'"])
        return self._store([row])[0]

    def update(self, contact_id: str, fields: Mapping[str, str]) -> Contact:
        """Replace the fields of an existing contact (the id stays)."""
        if self.get(contact_id) is None:
            raise KeyError(contact_id)
        return self._store([{**clean_row(fields), "id": contact_id}])[0]

    def delete(self, contact_id: str) -> None:
        with self.user_db.saving("delete") as conn:
            nums = "SELECT num FROM local_contacts WHERE id = ?"
            conn.execute(f"DELETE FROM contacts_fts WHERE rowid IN ({nums})", (contact_id,))
            conn.execute("DELETE FROM local_contacts WHERE id = ?", (contact_id,))
        self._search = None

    def _store(self, rows: list[dict[str, str]]) -> list[Contact]:
        for row in rows:
            problems = problems_of(row)
            if problems:
                raise ContactProblems(problems)
        self.save_rows(rows)
        return [contact for row in rows if (contact := self.get(row["id"])) is not None]

    def save_rows(self, rows: Iterable[Mapping[str, str]]) -> None:
        """Add or replace checked rows (by id), all in one transaction, with their index."""
        cleaned = [clean_row(row) for row in rows]
        with self.user_db.saving() as conn:
            conn.executemany(
                _UPSERT, [tuple(row[column] for column in CONTACT_COLUMNS) for row in cleaned]
            )
            self._reindex(conn, [row["id"] for row in cleaned])
        self._search = None

    def _reindex(self, conn: sqlite3.Connection, ids: list[str]) -> None:
        """Rebuild the search rows of the contacts with ``ids`` (inside the caller's save)."""
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS changed_ids (id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM changed_ids")
        conn.executemany("INSERT OR IGNORE INTO changed_ids VALUES (?)", [(i,) for i in ids])
        changed = "FROM local_contacts WHERE id IN (SELECT id FROM changed_ids)"
        conn.execute(f"DELETE FROM contacts_fts WHERE rowid IN (SELECT num {changed})")
        cursor = conn.execute(
            f"SELECT num, organisation, service, kind, local_authority, helps_with, note {changed}"
        )
        conn.executemany(
            "INSERT INTO contacts_fts (rowid, name, kind_label, area, helps_with, note,"
            " area_id, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [self._search_row(*row) for row in cursor.fetchall()],
        )

    def _search_row(
        self, num: int, organisation: str, service: str, kind: str, area: str, helps: str, note: str
    ) -> tuple[object, ...]:
        """One ``contacts_fts`` row, built as the content build does for bundled contacts."""
        area_label = self.area_names.get(area, area.title()) if area else NATIONAL
        name = f"{organisation} {service}"
        return (num, name, KINDS.get(kind, kind), area_label, helps, note, area, kind)

    @property
    def searcher(self) -> ContactSearch:
        if self._search is None:
            self._search = ContactSearch(self.user_db.conn)
        return self._search

    def search_contacts(
        self, text: str, area: str | None = None, kinds: list[str] | None = None, limit: int = 50
    ) -> list[Contact]:
        """Own contacts matching ``text``, best first, filtered as the bundled search is."""
        areas = None if area is None else [area.strip().casefold(), ""]
        nums = self.searcher.rowids(text, areas, kinds, limit)
        if not nums:
            return []
        found = self._select(f"WHERE num IN ({', '.join('?' for _ in nums)})", nums)
        return [found[num] for num in nums if num in found]
