"""Two copies of SEND Routes open on one saved-cases file: one changes the passphrase while
the other is unlocked, and the other's next save loses nothing and raises no false alarm."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from send_routes.user_store.cases import CaseStore, PassphraseChanged
from send_routes.user_store.crypto import FAST_KDF_FOR_TESTS

PASSPHRASE = "correct horse battery staple"  # as tests/user_store/conftest.py sets it
NEW = "new words for the new term"


@pytest.fixture
def other(cases: CaseStore, db_path: Path) -> Iterator[CaseStore]:
    """A second copy of the app on the same file, unlocked with the same passphrase."""
    store = CaseStore.open(db_path, kdf=FAST_KDF_FOR_TESTS)
    store.unlock(PASSPHRASE)
    yield store
    store.close()


def test_a_save_after_another_copy_changed_the_passphrase_asks_for_it_and_writes_nothing(
    cases: CaseStore, other: CaseStore
) -> None:
    kept = cases.save(None, {"notes": "saved before the change"}, title="Pupil A")
    other.change_passphrase(PASSPHRASE, NEW)
    before = other.user_db.conn.execute("SELECT id, version FROM cases").fetchall()
    with pytest.raises(PassphraseChanged, match="type the new passphrase") as said:
        cases.save(kept, {"notes": "typed while the other copy changed it"})
    assert "damaged" not in str(said.value)
    assert not cases.is_unlocked
    assert other.user_db.conn.execute("SELECT id, version FROM cases").fetchall() == before
    cases.unlock(NEW)
    cases.save(kept, {"notes": "typed while the other copy changed it"})
    assert cases.problems() == []
    other.lock()
    other.unlock(NEW)
    assert other.load(kept) == {"notes": "typed while the other copy changed it"}
    assert other.problems() == []


@pytest.mark.parametrize("action", ["save_new", "load", "list", "search", "delete", "rename"])
def test_every_action_after_the_change_says_so_rather_than_calling_the_record_damaged(
    cases: CaseStore, other: CaseStore, action: str
) -> None:
    case_id = cases.save(None, {"notes": "x"}, title="Pupil B")
    other.change_passphrase(PASSPHRASE, NEW)
    calls = {
        "save_new": lambda: cases.save(None, {"notes": "y"}, title="Pupil C"),
        "load": lambda: cases.load(case_id),
        "list": cases.list_cases,
        "search": lambda: cases.search("pupil"),
        "delete": lambda: cases.delete(case_id),
        "rename": lambda: cases.rename(case_id, "Pupil D"),
    }
    with pytest.raises(PassphraseChanged):
        calls[action]()
    cases.unlock(NEW)
    assert [case.title for case in cases.list_cases()] == ["Pupil B"]
    assert cases.problems() == []


def test_the_copy_that_changed_it_and_a_copy_unlocked_afterwards_carry_on(
    cases: CaseStore, other: CaseStore, db_path: Path
) -> None:
    other.change_passphrase(PASSPHRASE, NEW)
    other.save(None, {"notes": "z"}, title="Pupil E")
    with pytest.raises(PassphraseChanged):
        cases.list_cases()
    cases.unlock(NEW)
    cases.save(None, {"notes": "w"}, title="Pupil F")
    assert sorted(case.title for case in other.list_cases()) == ["Pupil E"]  # from memory
    other.lock()
    other.unlock(NEW)
    assert sorted(case.title for case in other.list_cases()) == ["Pupil E", "Pupil F"]
