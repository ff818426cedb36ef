"""Fixtures for the user database: a case store with a cheap passphrase cost, own contacts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from send_routes.user_store.cases import CaseStore
from send_routes.user_store.crypto import FAST_KDF_FOR_TESTS
from send_routes.user_store.local_contacts import LocalContacts

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cases.sqlite"


@pytest.fixture
def cases(db_path: Path) -> Iterator[CaseStore]:
    """A set-up, unlocked case store (scrypt made cheap: these tests set many passphrases)."""
    store = CaseStore.open(db_path, kdf=FAST_KDF_FOR_TESTS)
    store.set_passphrase(PASSPHRASE)
    yield store
    store.close()


@pytest.fixture
def local(db_path: Path) -> Iterator[LocalContacts]:
    store = LocalContacts.open(db_path)
    yield store
    store.user_db.close()


GOOD_CONTACT = {
    "id": "",
    "organisation": "Bramblewick Family Advice",
    "service": "SEND drop-in",
    "kind": "sendiass",
    "local_authority": "dudley",
    "phone": "01384 000111",
    "email": "help@bramblewick.example.org",
    "website": "https://bramblewick.example.org/send",
    "helps_with": "Help with letters and meetings.",
    "routes": "sendiass;mediation",
    "source": "phone call with the service",
    "confidence": "M",
    "source_read": "2026-11-01",
    "note": "",
}


@pytest.fixture
def good_contact() -> dict[str, str]:
    """The fields of a good own contact (a fresh copy to change)."""
    return dict(GOOD_CONTACT)
