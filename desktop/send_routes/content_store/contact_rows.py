"""Reading contacts by position, a few at a time, with a bounded cache.

A search gives the positions of its best matches; only those rows are read, so a search
costs the same with a hundred contacts or a hundred thousand.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from send_routes.core.contact_fields import split_list
from send_routes.core.guidance import Contact

#: Contacts kept once read: typing one more letter mostly finds contacts already read.
CONTACT_CACHE = 5_000


def contact_from_row(row: sqlite3.Row) -> Contact:
    """A Contact from a row of the contacts table."""
    return Contact(
        id=row["id"],
        organisation=row["organisation"],
        service=row["service"],
        kind=row["kind"],
        local_authority=row["local_authority"] or "",
        phone=row["phone"],
        email=row["email"],
        website=row["website"],
        helps_with=row["helps_with"],
        routes=split_list(row["routes"]),
        source=split_list(row["source"]),
        confidence=row["confidence"],
        source_read=row["source_read"],
        note=row["note"],
    )


class ContactRows:
    """The contacts table of one database, read by position."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._cache: dict[int, Contact] = {}

    def at(self, positions: Sequence[int]) -> list[Contact]:
        """The contacts at ``positions``, in that order: only those rows are read, so a
        search costs the same with a hundred contacts or a hundred thousand."""
        found = self._cache
        missing = [position for position in positions if position not in found]
        if missing:
            if len(found) + len(missing) > CONTACT_CACHE:
                found.clear()
                missing = list(dict.fromkeys(positions))
            marks = ", ".join("?" for _ in missing)
            rows = self.conn.execute(f"SELECT * FROM contacts WHERE position IN ({marks})", missing)
            found.update((row["position"], contact_from_row(row)) for row in rows)
        return [found[position] for position in positions if position in found]
