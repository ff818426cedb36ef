"""Own contacts: checked, kept apart from the content, and found with the bundled ones."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from send_routes.content_store.content import ContentStore
from send_routes.user_store.local_contacts import ContactProblems, LocalContacts, search_all


def test_an_added_contact_gets_a_local_id_and_is_marked_added_locally(
    local: LocalContacts, good_contact: dict[str, str]
) -> None:
    contact = local.add(good_contact)
    assert contact.id.startswith("local-") and contact.added_locally
    assert contact.routes == ("sendiass", "mediation")
    assert local.get(contact.id) == contact and local.all() == [contact]
    named = local.add({**good_contact, "id": "bramblewick-2"})
    assert named.id == "local-bramblewick-2"


def test_a_contact_with_problems_is_refused_with_every_problem(
    local: LocalContacts, good_contact: dict[str, str]
) -> None:
    bad = {**good_contact, "phone": "12345", "email": "nope", "kind": "wizard", "routes": "x"}
    with pytest.raises(ContactProblems) as raised:
        local.add(bad)
    text = " ".join(raised.value.problems)
    assert all(word in text for word in ("phone", "email", "kind", "route 'x'"))
    assert local.all() == []


def test_editing_and_deleting_a_contact_keep_the_search_in_step(
    local: LocalContacts, good_contact: dict[str, str]
) -> None:
    contact = local.add(good_contact)
    assert local.search_contacts("bramblewick") == [contact]
    changed = local.update(contact.id, {**good_contact, "organisation": "Quincewood Advice"})
    assert changed.id == contact.id and changed.organisation == "Quincewood Advice"
    assert local.search_contacts("bramblewick") == []
    assert local.search_contacts("quincewood") == [changed]
    local.delete(contact.id)
    assert local.all() == [] and local.search_contacts("quincewood") == []
    with pytest.raises(KeyError):
        local.update(contact.id, good_contact)


def test_own_contacts_are_searched_with_the_bundled_ones(
    content: ContentStore, local: LocalContacts, good_contact: dict[str, str]
) -> None:
    mine = local.add({**good_contact, "organisation": "Dudley Parent SENDIASS Café"})
    found = search_all(content, local, "sendiass", area="dudley", limit=10)
    assert mine in found and any(not contact.added_locally for contact in found)
    assert found[0].added_locally is False  # bundled first on ties
    assert [c for c in found if c.added_locally] == [mine]
    assert mine in search_all(content, local, "cafe")  # accents do not matter
    assert search_all(content, local, "bramblewik") == []  # a word in no contact at all
    assert search_all(content, None, "sendiass", area="dudley")


def test_area_and_kind_filters_apply_to_own_contacts(
    local: LocalContacts, good_contact: dict[str, str]
) -> None:
    dudley = local.add(good_contact)
    national = local.add({**good_contact, "local_authority": "", "kind": "national_advice"})
    assert local.search_contacts("", area="dudley") == [dudley, national]
    assert local.search_contacts("", area="shropshire") == [national]
    assert local.search_contacts("", kinds=["national_advice"]) == [national]
    assert local.search_contacts("bramblewick dudley") == [dudley]
    assert local.search_contacts("national england") == [national]


def test_misspelt_searches_find_own_contacts(
    local: LocalContacts, good_contact: dict[str, str]
) -> None:
    contact = local.add(good_contact)
    assert local.search_contacts("bramblewik") == [contact]


def test_the_search_index_has_the_same_columns_as_the_content_database(
    content_db: Path, local: LocalContacts
) -> None:
    def columns(conn: sqlite3.Connection) -> list[str]:
        return [row[1] for row in conn.execute("PRAGMA table_info(contacts_fts)")]

    bundled = sqlite3.connect(content_db)
    assert columns(local.user_db.conn) == columns(bundled)
    bundled.close()


def test_own_contacts_live_in_the_user_database_not_the_content_one(
    content: ContentStore, local: LocalContacts, good_contact: dict[str, str], db_path: Path
) -> None:
    before = len(content.contacts)
    local.add(good_contact)
    assert len(content.contacts) == before
    assert db_path.exists()
