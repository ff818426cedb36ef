"""One damaged, rolled-back or deleted case is reported alone; every other case still works."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from send_routes.user_store import crypto
from send_routes.user_store.cases import (
    VERIFIER_V1,
    CaseDamaged,
    CaseError,
    CaseFileError,
    CaseStore,
)

PASSPHRASE = "correct horse battery staple"  # as tests/user_store/conftest.py sets it


def three_cases(cases: CaseStore) -> list[str]:
    return [
        cases.save(None, {"notes": f"notes about pupil {n}"}, title=f"Pupil {n}") for n in range(3)
    ]


def flip_a_byte(cases: CaseStore, case_id: str) -> None:
    conn = cases.user_db.conn
    sealed = bytearray(
        conn.execute("SELECT ciphertext FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    )
    sealed[len(sealed) // 2] ^= 0x01
    conn.execute("UPDATE cases SET ciphertext = ? WHERE id = ?", (bytes(sealed), case_id))
    conn.commit()


def reopen(cases: CaseStore, passphrase: str = PASSPHRASE) -> None:
    cases.lock()
    cases.unlock(passphrase)


def test_a_damaged_case_is_reported_alone_and_every_other_case_still_opens(
    cases: CaseStore, tmp_path: Path
) -> None:
    first, damaged, third = three_cases(cases)
    flip_a_byte(cases, damaged)
    reopen(cases)
    assert {case.id for case in cases.list_cases()} == {first, third}
    assert [case.id for case in cases.search("pupil 2")] == [third]
    assert cases.load(first) == {"notes": "notes about pupil 0"}
    [problem] = cases.problems()
    assert problem.id == damaged and "damaged" in problem.message
    with pytest.raises(CaseDamaged, match="damaged"):
        cases.load(damaged)


def test_other_cases_survive_a_passphrase_change_beside_a_damaged_one(cases: CaseStore) -> None:
    first, damaged, third = three_cases(cases)
    flip_a_byte(cases, damaged)
    cases.change_passphrase(PASSPHRASE, "new words")
    reopen(cases, "new words")
    assert cases.load(third) == {"notes": "notes about pupil 2"}
    assert {case.id for case in cases.list_cases()} == {first, third}
    assert [problem.id for problem in cases.problems()] == [damaged]


def test_a_damaged_case_can_be_exported_raw_and_deleted(cases: CaseStore, tmp_path: Path) -> None:
    _, damaged, _ = three_cases(cases)
    flip_a_byte(cases, damaged)
    reopen(cases)
    raw = tmp_path / "damaged.json"
    cases.export_raw(damaged, raw)
    record = json.loads(raw.read_text())
    assert record["id"] == damaged and record["format"] == "send-routes-raw-case"
    assert "Pupil" not in raw.read_text()  # still encrypted
    cases.delete(damaged)
    assert cases.problems() == [] and len(cases.list_cases()) == 2


def test_an_older_copy_put_back_is_reported_as_a_rollback(cases: CaseStore) -> None:
    case_id, other, _ = three_cases(cases)
    conn = cases.user_db.conn
    old = conn.execute("SELECT nonce, ciphertext, version FROM cases WHERE id = ?", (case_id,))
    old_row = old.fetchone()
    cases.save(case_id, {"notes": "the latest notes"})
    for version in (old_row[2], old_row[2] + 1):  # with its own save count, or a faked one
        conn.execute(
            "UPDATE cases SET nonce = ?, ciphertext = ?, version = ? WHERE id = ?",
            (old_row[0], old_row[1], version, case_id),
        )
        conn.commit()
        reopen(cases)
        [problem] = cases.problems()
        assert problem.id == case_id
        assert cases.load(other) == {"notes": "notes about pupil 1"}
    assert "older copy" in cases.problems()[0].message or "damaged" in cases.problems()[0].message


def test_the_older_copy_with_its_own_save_count_is_named_as_such(cases: CaseStore) -> None:
    case_id = cases.save(None, {"notes": "first"}, title="A")
    conn = cases.user_db.conn
    old_row = conn.execute("SELECT nonce, ciphertext, version FROM cases").fetchone()
    cases.save(case_id, {"notes": "second"})
    conn.execute("UPDATE cases SET nonce = ?, ciphertext = ?, version = ?", old_row)
    conn.commit()
    reopen(cases)
    assert "older copy" in cases.problems()[0].message


def test_a_case_deleted_outside_the_app_is_reported_missing(cases: CaseStore) -> None:
    gone, kept, _ = three_cases(cases)
    cases.user_db.conn.execute("DELETE FROM cases WHERE id = ?", (gone,))
    cases.user_db.conn.commit()
    reopen(cases)
    [problem] = cases.problems()
    assert problem.id == gone and "deleted" in problem.message
    assert cases.load(kept) == {"notes": "notes about pupil 1"}
    cases.delete(gone)  # the person can clear the report
    assert cases.problems() == []


def test_a_removed_manifest_is_refused_rather_than_remade(cases: CaseStore) -> None:
    three_cases(cases)
    cases.user_db.conn.execute("DELETE FROM manifest")
    cases.user_db.conn.commit()
    cases.lock()
    with pytest.raises(CaseError, match="record of saved cases is missing"):
        cases.unlock(PASSPHRASE)


def test_a_store_saved_before_manifests_gets_one_at_its_next_unlock(cases: CaseStore) -> None:
    case_id = cases.save(None, {"notes": "old"}, title="Old")
    key = cases._key
    assert key is not None
    conn = cases.user_db.conn
    nonce, sealed = crypto.encrypt(
        key,
        b'{"title": "Old", "content": {"notes": "old"}}',
        f"send-routes-case:{case_id}".encode(),
    )
    verifier_nonce, verifier = crypto.encrypt(key, VERIFIER_V1, b"verifier")
    conn.execute("UPDATE cases SET nonce = ?, ciphertext = ?, version = 0", (nonce, sealed))
    conn.execute("UPDATE vault SET verifier_nonce = ?, verifier = ?", (verifier_nonce, verifier))
    conn.execute("DELETE FROM manifest")
    conn.commit()
    reopen(cases)
    assert cases.load(case_id) == {"notes": "old"} and cases.problems() == []
    assert conn.execute("SELECT count(*) FROM manifest").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("n", "r", "p"),
    [
        (2**24, 8, 1),
        (2**20, 8, 1),
        (0, 8, 1),
        (2**17, 0, 1),
        (2**17, 8, 0),
        (3, 8, 1),
        ("16384", 8, 1),
        (2**17, 2**40, 1),
        (-1, -1, -1),
    ],
)
def test_stored_passphrase_settings_the_app_never_writes_are_refused_before_deriving(
    cases: CaseStore, n: Any, r: Any, p: Any
) -> None:
    cases.user_db.conn.execute("UPDATE vault SET kdf_n = ?, kdf_r = ?, kdf_p = ?", (n, r, p))
    cases.user_db.conn.commit()
    cases.lock()
    started = time.perf_counter()
    with pytest.raises(CaseError, match="not"):
        cases.unlock(PASSPHRASE)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    "kdf",
    [{"n": 2**24}, {"n": 2**20, "r": 16}, {"n": "x"}, {"p": 4}, {"r": 1.5}, {"salt": "AAAA"}],
)
def test_a_case_file_with_settings_the_app_never_writes_is_refused_before_deriving(
    cases: CaseStore, tmp_path: Path, kdf: dict[str, Any]
) -> None:
    exported = tmp_path / "case.sendcase"
    cases.export_case(cases.save(None, {"notes": "x"}, title="T"), exported, "export words")
    envelope = json.loads(exported.read_text())
    envelope["kdf"].update(kdf)
    exported.write_text(json.dumps(envelope))
    started = time.perf_counter()
    with pytest.raises(CaseFileError):
        cases.import_case(exported, "export words")
    assert time.perf_counter() - started < 0.5
