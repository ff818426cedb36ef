"""Which contact records describe the same service but disagree on how to reach it.

Pure Python (no Qt); it could move to core if another part of the app needs it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from send_routes.core.guidance import Contact

#: The fields where two records of the same service can disagree.
COMPARED_FIELDS = {"phone": "phone number", "email": "email address", "website": "website"}
_WORD = re.compile(r"\w+")


def _organisation_words(contact: Contact) -> set[str]:
    return {word.casefold() for word in _WORD.findall(contact.organisation)}


def same_service(first: Contact, second: Contact) -> bool:
    """True when two records are the same kind of service, in the same area, from the same
    organisation (one name's words within the other's: "Worcestershire SENDIASS" and
    "Herefordshire and Worcestershire SENDIASS")."""
    if first.kind != second.kind or first.local_authority != second.local_authority:
        return False
    words_first, words_second = _organisation_words(first), _organisation_words(second)
    return bool(words_first) and (words_first <= words_second or words_second <= words_first)


def disagreements(first: Contact, second: Contact) -> list[str]:
    """The fields (in words) that both records give, but differently."""
    found = []
    for field, words in COMPARED_FIELDS.items():
        one, other = getattr(first, field).strip(), getattr(second, field).strip()
        if one and other and one.casefold() != other.casefold():
            found.append(words)
    return found


def conflicting_records(contact: Contact, contacts: Sequence[Contact]) -> list[Contact]:
    """The other records of ``contact``'s service that disagree with it."""
    return [
        other
        for other in contacts
        if other.id != contact.id and same_service(contact, other) and disagreements(contact, other)
    ]


def conflict_fields(contact: Contact, others: Sequence[Contact]) -> list[str]:
    """Every field (in words) on which ``contact`` and any of ``others`` disagree, in order."""
    found: dict[str, None] = {}
    for other in others:
        found.update(dict.fromkeys(disagreements(contact, other)))
    return [words for words in COMPARED_FIELDS.values() if words in found]
