"""Saved cases: encrypted at rest, locked without the passphrase, renamed, deleted, moved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from send_routes.user_store.cases import (
    CaseDamaged,
    CaseError,
    CaseFileError,
    CasesLocked,
    CaseStore,
)
from send_routes.user_store.crypto import FAST_KDF_FOR_TESTS, KdfParams, WrongPassphrase

PASSPHRASE = "correct horse battery staple"  # as tests/user_store/conftest.py sets it
NAME = "Zebedee Quillfeather"
SECRETS = (NAME, "Zebedee", "Quillfeather", "Marzipanholt Academy", "dyspraxia-xq17")
CONTENT: dict[str, Any] = {
    "child_first_name": "Zebedee",
    "answers": {"setting": "school", "school_name": "Marzipanholt Academy"},
    "notes": "Diagnosis reference dyspraxia-xq17.",
    "checklist": {"letter_sent": True},
}


def stored_bytes(db_path: Path) -> bytes:
    """The database file and any journal beside it, as raw bytes."""
    files = [db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-journal"))]
    return b"".join(path.read_bytes() for path in files if path.exists())


def assert_absent(data: bytes, texts: tuple[str, ...]) -> None:
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert text.encode(encoding) not in data, (text, encoding)
        assert text.lower().encode() not in data.lower(), text


def test_a_saved_case_is_encrypted_at_rest(cases: CaseStore, db_path: Path) -> None:
    case_id = cases.save(None, CONTENT, title=NAME)
    cases.save(case_id, {**CONTENT, "notes": CONTENT["notes"] + " Updated."})
    assert cases.load(case_id)["child_first_name"] == "Zebedee"
    assert_absent(stored_bytes(db_path), SECRETS)
    with cases.user_db.saving() as conn:  # mid-transaction, the journal holds the old pages
        conn.execute("UPDATE cases SET ciphertext = zeroblob(length(ciphertext))")
        assert db_path.with_name("cases.sqlite-journal").exists()
        assert_absent(stored_bytes(db_path), SECRETS)
        conn.execute("ROLLBACK")
        conn.execute("BEGIN")
    cases.close()
    assert_absent(stored_bytes(db_path), SECRETS)


def test_only_the_id_times_and_save_count_are_stored_in_clear(cases: CaseStore) -> None:
    case_id = cases.save(None, CONTENT, title=NAME)
    columns = [row[1] for row in cases.user_db.conn.execute("PRAGMA table_info(cases)")]
    assert columns == ["id", "created", "updated", "nonce", "ciphertext", "version"]
    assert len(case_id) == 32 and int(case_id, 16) >= 0


def test_unlocking_with_the_wrong_passphrase_fails_clearly_and_changes_nothing(
    cases: CaseStore,
) -> None:
    case_id = cases.save(None, CONTENT, title=NAME)
    with pytest.raises(WrongPassphrase, match="not right"):
        cases.unlock("not the passphrase")
    assert cases.is_unlocked and cases.load(case_id) == CONTENT
    cases.lock()
    with pytest.raises(WrongPassphrase):
        cases.unlock("not the passphrase")
    assert not cases.is_unlocked
    cases.unlock(PASSPHRASE)
    assert cases.load(case_id) == CONTENT


def test_a_locked_store_reads_and_saves_nothing(cases: CaseStore) -> None:
    case_id = cases.save(None, CONTENT, title=NAME)
    cases.lock()
    for action in (
        lambda: cases.load(case_id),
        cases.list_cases,
        lambda: cases.save(None, {}),
        lambda: cases.search("Zeb"),
        lambda: cases.delete(case_id),
        lambda: cases.rename(case_id, "x"),
    ):
        with pytest.raises(CasesLocked):
            action()


def test_a_reopened_store_needs_the_passphrase_again(cases: CaseStore, db_path: Path) -> None:
    case_id = cases.save(None, CONTENT, title=NAME)
    cases.close()
    again = CaseStore.open(db_path)
    assert again.is_set_up() and not again.is_unlocked
    again.unlock(PASSPHRASE)  # the stored scrypt settings are used, not the default
    assert again.summary(case_id).title == NAME
    again.close()


def test_the_passphrase_is_set_only_once(cases: CaseStore) -> None:
    with pytest.raises(CaseError, match="already"):
        cases.set_passphrase("another")


def test_a_new_store_is_not_set_up_and_cannot_be_unlocked(tmp_path: Path) -> None:
    store = CaseStore.open(tmp_path / "cases.sqlite", kdf=FAST_KDF_FOR_TESTS)
    assert not store.is_set_up()
    with pytest.raises(CaseError, match="No passphrase"):
        store.unlock("anything")
    with pytest.raises(CaseError, match="empty"):
        store.set_passphrase("")


def test_the_default_passphrase_cost_is_memory_hard_and_unlocks(tmp_path: Path) -> None:
    """How long unlocking takes is measured by benchmarks/cases_search.py, not here."""
    assert KdfParams().n >= 2**15 and KdfParams().r == 8 and KdfParams().p == 1
    store = CaseStore.open(tmp_path / "cases.sqlite")
    store.set_passphrase("a passphrase of several words")
    store.lock()
    store.unlock("a passphrase of several words")
    assert store.list_cases() == []
    store.close()


def test_cases_are_listed_newest_first_and_searched_in_memory(cases: CaseStore) -> None:
    first = cases.save(None, CONTENT, title=NAME)
    second = cases.save(None, {"notes": "Annual review in March"}, title="Priya")
    cases.user_db.conn.execute("UPDATE cases SET updated = '2000-01-01' WHERE id = ?", (first,))
    cases.user_db.conn.commit()
    cases.lock()  # the list is read into memory at unlock
    cases.unlock(PASSPHRASE)
    assert [case.id for case in cases.list_cases()] == [second, first]
    assert [case.id for case in cases.search("marzipanholt")] == [first]
    assert [case.id for case in cases.search("annual MARCH")] == [second]
    assert [case.id for case in cases.search("priya")] == [second]
    assert cases.search("nothing like this") == []


def test_renaming_changes_the_title_and_keeps_the_content(cases: CaseStore) -> None:
    case_id = cases.save(None, CONTENT, title=NAME)
    cases.rename(case_id, "Z. Q.")
    cases.save(case_id, {**CONTENT, "notes": "later"})
    assert cases.summary(case_id).title == "Z. Q."
    assert cases.load(case_id)["notes"] == "later"


def test_deleting_removes_the_case_and_its_bytes(cases: CaseStore, db_path: Path) -> None:
    keep = cases.save(None, {"notes": "short"}, title="Keep")
    gone = cases.save(None, {"notes": "x" * 20_000}, title=NAME)
    ciphertext = cases.user_db.conn.execute(
        "SELECT ciphertext FROM cases WHERE id = ?", (gone,)
    ).fetchone()[0]
    size = db_path.stat().st_size
    cases.delete(gone)
    assert [case.id for case in cases.list_cases()] == [keep]
    assert db_path.stat().st_size < size
    data = stored_bytes(db_path)
    assert ciphertext[:64] not in data and gone.encode() not in data
    with pytest.raises(CaseError, match="no saved case"):
        cases.load(gone)


def test_a_case_exported_with_another_passphrase_imports_as_a_new_case(
    cases: CaseStore, tmp_path: Path
) -> None:
    case_id = cases.save(None, CONTENT, title=NAME)
    exported = tmp_path / "zebedee.sendcase"
    cases.export_case(case_id, exported, "export words")
    assert_absent(exported.read_bytes(), SECRETS)
    other = CaseStore.open(tmp_path / "other" / "cases.sqlite", kdf=FAST_KDF_FOR_TESTS)
    other.set_passphrase("someone else")
    new_id = other.import_case(exported, "export words")
    assert other.load(new_id) == CONTENT and other.summary(new_id).title == NAME
    other.close()


def test_importing_with_the_wrong_passphrase_fails_clearly(
    cases: CaseStore, tmp_path: Path
) -> None:
    case_id = cases.save(None, CONTENT, title=NAME)
    exported = tmp_path / "case.sendcase"
    cases.export_case(case_id, exported, "export words")
    with pytest.raises(WrongPassphrase, match="passphrase for this file"):
        cases.import_case(exported, "wrong words")
    assert len(cases.list_cases()) == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-40],
        lambda data: data.replace(b'"ciphertext": "', b'"ciphertext": "AAAA'),
        lambda data: b"not json at all",
        lambda data: data.replace(b"send-routes-case", b"something-else"),
    ],
)
def test_importing_a_damaged_file_fails_clearly(
    cases: CaseStore, tmp_path: Path, damage: object
) -> None:
    exported = tmp_path / "case.sendcase"
    cases.export_case(cases.save(None, CONTENT, title=NAME), exported, "export words")
    exported.write_bytes(damage(exported.read_bytes()))  # type: ignore[operator]
    with pytest.raises(CaseFileError, match="damaged"):
        cases.import_case(exported, "export words")


def test_changing_the_passphrase_keeps_every_case(cases: CaseStore, db_path: Path) -> None:
    case_id = cases.save(None, CONTENT, title=NAME)
    with pytest.raises(WrongPassphrase):
        cases.change_passphrase("wrong", "new words")
    cases.change_passphrase(PASSPHRASE, "new words")
    cases.lock()
    with pytest.raises(WrongPassphrase):
        cases.unlock(PASSPHRASE)
    cases.unlock("new words")
    assert cases.load(case_id) == CONTENT


def test_a_ciphertext_moved_to_another_case_does_not_decrypt(cases: CaseStore) -> None:
    first = cases.save(None, CONTENT, title=NAME)
    second = cases.save(None, {"notes": "other"}, title="Other")
    conn = cases.user_db.conn
    conn.execute(
        "UPDATE cases SET (nonce, ciphertext) = (SELECT nonce, ciphertext FROM cases"
        " WHERE id = ?) WHERE id = ?",
        (first, second),
    )
    with pytest.raises(CaseDamaged, match="damaged"):
        cases.load(second)
    assert cases.load(first) == CONTENT
