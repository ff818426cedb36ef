"""The case file (log and reasons) is saved inside the encrypted case; old cases migrate."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from send_routes.core.case_file import (
    CASE_FORMAT,
    CaseFile,
    Evidence,
    Reasons,
    SectionReasons,
    case_file_from,
)
from send_routes.core.case_log import new_entry
from send_routes.user_store import case_records, crypto
from send_routes.user_store.cases import CaseError, CaseStore
from send_routes.user_store.crypto import FAST_KDF_FOR_TESTS

PASSPHRASE = "correct horse battery staple"  # as tests/user_store/conftest.py sets it
SECRETS = ("Quillfeather Primary", "Ms Tamsin Odwallop", "dyspraxia-xq17", "SALT report zq-55")


def stored_bytes(db_path: Path) -> bytes:
    files = [db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-journal"))]
    return b"".join(path.read_bytes() for path in files if path.exists())


def case_with_file() -> dict[str, Any]:
    log = (
        new_entry(
            "decision_letter",
            dt.date(2026, 10, 1),
            dt.date(2026, 10, 20),
            "Quillfeather Primary",
            "Refused dyspraxia-xq17",
        ),
        new_entry("call", dt.date(2026, 10, 22), None, "Ms Tamsin Odwallop", "Said wait"),
    )
    reasons = Reasons("the plan leaves out therapy").with_section(
        "F", SectionReasons("Therapy missing", (Evidence("SALT report zq-55", "4", "weekly"),))
    )
    return {"answers": {"decision_date": "2026-10-01"}, **CaseFile(log, reasons).to_dict()}


def test_the_log_and_reasons_are_encrypted_at_rest(cases: CaseStore, db_path: Path) -> None:
    content = case_with_file()
    case_id = cases.save(None, content, title="Case 12")
    loaded = cases.load(case_id)
    assert loaded == content
    assert loaded["reasons"]["sections"]["F"]["evidence"][0]["report"] == "SALT report zq-55"
    assert loaded["format"] == CASE_FORMAT
    cases.close()
    data = stored_bytes(db_path)
    for secret in SECRETS:
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in data, secret


def test_the_log_is_searchable_in_memory_once_unlocked(cases: CaseStore) -> None:
    case_id = cases.save(None, case_with_file(), title="Case 12")
    cases.lock()
    cases.unlock(PASSPHRASE)
    assert [case.id for case in cases.search("odwallop")] == [case_id]
    assert [summary.id for summary, _ in cases.contents()] == [case_id]


def _write_format_one(cases: CaseStore, content: dict[str, Any]) -> str:
    """A case exactly as the app saved it before the case file existed (format 1)."""
    case_id = "0" * 32
    key = cases._require_key()
    plain = json.dumps({"title": "Old case", "content": content}).encode()
    with cases.user_db.saving() as conn:
        nonce, sealed = crypto.encrypt(key, plain, case_records.associated(case_id, 1))
        conn.execute(
            "INSERT INTO cases (id, created, updated, nonce, ciphertext, version)"
            " VALUES (?, '2026-01-01', '2026-01-01', ?, ?, 1)",
            (case_id, nonce, sealed),
        )
        case_records.write_manifest(conn, key, {case_id: 1})
    return case_id


def test_a_case_saved_before_the_case_file_opens_with_an_empty_log(cases: CaseStore) -> None:
    old = {"answers": {"role": "parent_carer"}, "notes": "kept", "ticks": [["mediation", 0]]}
    case_id = _write_format_one(cases, old)
    cases.lock()
    cases.unlock(PASSPHRASE)
    loaded = cases.load(case_id)
    assert loaded == old
    assert case_file_from(loaded) == CaseFile()
    cases.save(case_id, {**loaded, **case_with_file()})
    saved = cases.load(case_id)
    assert saved["format"] == CASE_FORMAT and saved["notes"] == "kept"
    assert len(case_file_from(saved).log) == 2


def test_a_case_from_a_newer_app_is_not_saved_over(cases: CaseStore) -> None:
    newer = {"answers": {}, "format": CASE_FORMAT + 1, "timeline": ["kept by the newer app"]}
    case_id = cases.save(None, newer, title="Newer")
    assert cases.load(case_id)["format"] == CASE_FORMAT + 1
    with pytest.raises(CaseError, match="newer version"):
        cases.save(case_id, {"answers": {}})
    assert cases.load(case_id)["timeline"] == ["kept by the newer app"]


def test_an_exported_old_case_imports_in_the_new_format(cases: CaseStore, tmp_path: Path) -> None:
    case_id = cases.save(None, case_with_file(), title="Case 12")
    exported = tmp_path / "case.sendcase"
    cases.export_case(case_id, exported, "export words")
    assert b"Odwallop" not in exported.read_bytes()
    other = CaseStore.open(tmp_path / "other.sqlite", kdf=FAST_KDF_FOR_TESTS)
    other.set_passphrase("other words")
    new_id = other.import_case(exported, "export words")
    assert other.load(new_id)["log"] == cases.load(case_id)["log"]
    other.close()
