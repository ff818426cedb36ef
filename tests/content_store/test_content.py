"""Opening the content database: read-only, and refused with a clear message when unusable."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from content_damage import damage_table
from send_routes.content_store.content import ContentError, ContentStore
from send_routes.content_store.content_db import LaterCheck, open_read_only


def test_the_database_opens_read_only(content_db: Path) -> None:
    store = ContentStore.open(content_db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.conn.execute("DELETE FROM contacts")
    store.close()


def test_a_missing_database_is_refused_with_advice(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=r"missing.*Reinstall"):
        ContentStore.open(tmp_path / "nothing.sqlite")


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "content.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ContentError, match="damaged"):
        ContentStore.open(path)


def test_a_damaged_database_is_refused(tmp_path: Path, content_db: Path) -> None:
    path = tmp_path / "content.sqlite"
    shutil.copy(content_db, path)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, min(len(data), 6 * page), 7):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ContentError, match="damaged"):
        ContentStore.open(path)


def test_a_database_from_another_schema_version_is_refused(
    tmp_path: Path, content_db: Path
) -> None:
    path = tmp_path / "content.sqlite"
    shutil.copy(content_db, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE metadata SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(ContentError, match=r"another version.*schema 99"):
        ContentStore.open(path)


def test_the_store_gives_questions_glossary_areas_and_sources(content: ContentStore) -> None:
    assert [q.key for q in content.questions][:3] == ["role", "setting", "stage"]
    assert "SENCO" in content.glossary or "senco" in content.glossary_aliases
    assert [area["id"] for area in content.areas][-1] == "other"
    assert "seed-002" in content.sources


def test_every_glossary_term_the_brief_names_is_defined(content: ContentStore) -> None:
    wanted = [
        "SEN",
        "SEN support",
        "SENCO",
        "EHC needs assessment",
        "EHC plan",
        "section B",
        "section C",
        "section D",
        "section E",
        "section F",
        "section G",
        "section H",
        "section I",
        "local authority",
        "Integrated Care Board",
        "CCG",
        "SENDIASS",
        "IDR",
        "disagreement resolution",
        "mediation",
        "mediation adviser",
        "mediation certificate",
        "First-tier Tribunal",
        "Ombudsman",
        "exclusion",
        "suspension",
        "working day",
        "Local Offer",
    ]
    missing = [term for term in wanted if term.casefold() not in content.glossary_aliases]
    assert missing == []


def test_glossary_aliases_keep_the_case_the_content_gives(content: ContentStore) -> None:
    aliases = content.glossary_alias_lists
    assert "Education, Health and Care plan" in aliases["EHC plan"]
    assert "EHC plan" not in aliases["EHC plan"]


def test_damaged_contacts_are_refused_by_the_full_check_and_by_the_later_one(
    tmp_path: Path, content_db: Path
) -> None:
    path = tmp_path / "content.sqlite"
    damage_table(content_db, path, "contacts")
    with pytest.raises(ContentError, match="damaged"):
        ContentStore.open(path)  # the command line checks everything before use
    conn = open_read_only(path, check_contacts_later=True)  # the window's first paint
    conn.close()
    with pytest.raises(ContentError, match="damaged"):
        LaterCheck(path).wait()


def test_a_whole_database_passes_the_later_check(content_db: Path) -> None:
    LaterCheck(content_db).wait()


def test_damage_outside_the_contacts_is_refused_before_the_first_paint(
    tmp_path: Path, content_db: Path
) -> None:
    path = tmp_path / "content.sqlite"
    damage_table(content_db, path, "questions")
    with pytest.raises(ContentError, match="damaged"):
        open_read_only(path, check_contacts_later=True)


def test_the_content_version_shown_gives_the_release_and_the_review_date(
    content: ContentStore,
) -> None:
    assert content.release >= 1
    assert content.reviewed_on == "2026-11-30"
    label = content.version_label
    assert label.startswith(f"{content.release}, reviewed on ")
    assert "30 November 2026" in label and content.content_version in label
    assert content.guidance.content_version == label  # so every plan shows it


def test_contacts_are_read_by_position_in_the_order_asked(
    content: ContentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from send_routes.content_store import contact_rows

    monkeypatch.setattr(contact_rows, "CONTACT_CACHE", 3)  # the cache starts again when full
    everyone = content.contacts
    for positions in ([3, 1, 2], [5, 3, 99_999, 4], [len(everyone), 1]):
        expected = [everyone[p - 1] for p in positions if p <= len(everyone)]
        assert content.contacts_at(positions) == expected


def test_namesakes_are_the_same_kind_in_the_same_area_sharing_a_word(
    content: ContentStore,
) -> None:
    worcs = next(c for c in content.contacts if c.id == "worcs-sendiass-000")
    found = {c.id for c in content.namesakes(worcs)}
    assert "worcs-sendiass-002" in found
    assert all(
        c.kind == "sendiass" and c.local_authority == "worcestershire"
        for c in content.namesakes(worcs)
    )


def test_a_national_contact_is_its_own_namesake_among_national_ones_of_its_kind(
    content: ContentStore,
) -> None:
    national = next(c for c in content.contacts if not c.local_authority and c.organisation)
    found = content.namesakes(national)
    assert national.id in {c.id for c in found}
    assert all(c.kind == national.kind and not c.local_authority for c in found)
