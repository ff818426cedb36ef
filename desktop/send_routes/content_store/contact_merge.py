"""Bundled and own contacts searched together.

Kept apart from the user database so that Find a contact can search the bundled contacts
without loading what the user database needs (sqlite-utils costs about a third of a second).
"""

from __future__ import annotations

import itertools
from typing import Protocol

from send_routes.core.guidance import Contact


class ContactSearcher(Protocol):
    """Anything with the content store's ``search_contacts`` signature."""

    def search_contacts(
        self, text: str, area: str | None = None, kinds: list[str] | None = None, limit: int = 50
    ) -> list[Contact]: ...


def search_all(
    content: ContactSearcher,
    local: ContactSearcher | None,
    text: str,
    area: str | None = None,
    kinds: list[str] | None = None,
    limit: int = 50,
) -> list[Contact]:
    """Bundled and own contacts matching ``text``: the two ranked lists interleaved, bundled
    first, so that both kinds show near the top. ``local`` may be None (no user database)."""
    bundled = content.search_contacts(text, area, kinds, limit)
    if local is None:
        return bundled
    own = local.search_contacts(text, area, kinds, limit)
    merged = [
        contact
        for pair in itertools.zip_longest(bundled, own)
        for contact in pair
        if contact is not None
    ]
    return merged[:limit]
