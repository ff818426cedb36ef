"""Saved cases for advisers, encrypted at rest with a passphrase: the ``CaseStore`` API.

Usage (``path`` is usually ``paths.user_db_file()``; opening creates the file, so open it only
when the adviser chooses to save or open cases)::

    store = CaseStore.open(path)          # store.recovery is set if a damaged file was moved
    if not store.is_set_up():
        store.set_passphrase("long words")  # once; a forgotten passphrase cannot be recovered
    store.unlock("long words")            # WrongPassphrase if not right; nothing changes
    case_id = store.save(None, {"answers": {...}, "notes": "..."}, title="Sam, Year 4")
    store.save(case_id, content)          # update (title kept unless given)
    store.load(case_id) -> dict; store.summary(case_id) -> CaseSummary
    store.list_cases() / store.search("text") -> list[CaseSummary], newest first
    store.problems() -> list[CaseProblem]  # damaged, rolled back or missing cases
    store.export_raw(case_id, file)       # a damaged case's bytes, still encrypted
    store.rename(case_id, "title"); store.delete(case_id)   # delete also VACUUMs
    store.export_case(case_id, file, "other passphrase"); store.import_case(file, "…") -> id
    store.lock()

Each case's title and content (any JSON object) are encrypted together with AES-GCM under a
key derived from the passphrase with scrypt; the associated data binds each ciphertext to its
case id. Only the random case id (uuid4 hex), the created and updated times and the
ciphertext are stored in clear. The key lives only in memory while unlocked, with the
decrypted titles and search texts (``case_index``), dropped at lock; the passphrase's check
and the manifest are ``case_vault``'s job. ``case_records`` binds
each save to a counter in an encrypted manifest, so a case put back from an older copy, or
deleted behind the app's back, is reported (``problems()``); one damaged case is reported
alone and every other case still lists, searches and opens.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from send_routes.fileio.atomic import WriteError, write_atomically
from send_routes.user_store import case_files, case_records, crypto
from send_routes.user_store.case_errors import (
    CaseDamaged,
    CaseError,
    CasesLocked,
    PassphraseChanged,
)
from send_routes.user_store.case_index import CaseIndex, CaseProblem, CaseSummary
from send_routes.user_store.case_vault import ROW_COLUMNS, VERIFIER, VERIFIER_V1, CaseVault
from send_routes.user_store.content_format import is_newer
from send_routes.user_store.crypto import KdfParams, WrongPassphrase
from send_routes.user_store.user_db import Recovery, StorageError, UserDatabase

__all__ = [
    "VERIFIER",
    "VERIFIER_V1",
    "CaseDamaged",
    "CaseError",
    "CaseFileError",
    "CaseProblem",
    "CaseStore",
    "CaseSummary",
    "CasesLocked",
    "PassphraseChanged",
    "StorageError",
    "WrongPassphrase",
]
CaseFileError = case_files.CaseFileError
NEWER = (
    "This case was saved by a newer version of SEND Routes, which keeps things this one "
    "does not. Save your changes as a new case instead, so that nothing is lost."
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class CaseStore:
    """The encrypted cases in one user database."""

    def __init__(self, user_db: UserDatabase, kdf: KdfParams | None = None) -> None:
        self.user_db = user_db
        self._vault = CaseVault(user_db, kdf or KdfParams())
        self._key: bytes | None = None
        #: The vault's salt and settings when the key was derived (see ``_current_key``).
        self._derived_with: tuple[object, ...] | None = None
        self._index = CaseIndex()

    @classmethod
    def open(cls, path: Path, kdf: KdfParams | None = None) -> CaseStore:
        """Open or create the database; ``kdf`` applies to new passphrases and exports."""
        return cls(UserDatabase.open(path), kdf)

    @property
    def kdf(self) -> KdfParams:
        return self._vault.kdf

    @kdf.setter
    def kdf(self, kdf: KdfParams) -> None:
        self._vault.kdf = kdf

    @property
    def recovery(self) -> Recovery | None:
        return self.user_db.recovery

    def close(self) -> None:
        self.lock()
        self.user_db.close()

    def is_set_up(self) -> bool:
        return self._vault.is_set_up()

    @property
    def is_unlocked(self) -> bool:
        return self._key is not None

    def set_passphrase(self, passphrase: str) -> None:
        """Choose the passphrase, once. There is no way to recover a forgotten one."""
        self._key = self._vault.create(passphrase)
        self._derived_with = self._vault.fingerprint()
        self._index = CaseIndex()

    def unlock(self, passphrase: str) -> None:
        """Unlock with the passphrase; WrongPassphrase (and no change at all) if not right.

        Every case is decrypted once, into memory, for listing and searching.
        """
        derived_with = self._vault.fingerprint()
        key, verifier = self._vault.check(passphrase)
        self._key, self._index = key, self._vault.index(key, verifier)
        self._derived_with = derived_with

    def lock(self) -> None:
        """Forget the key and every decrypted title and text."""
        self._key = None
        self._derived_with = None
        self._index = CaseIndex()

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt every readable case under a new passphrase, all in one transaction.

        A damaged case is kept as it is (still encrypted under the old passphrase), so it
        can still be exported raw or deleted.
        """
        key = self._vault.change(old, new)
        self._key, self._index = key, self._vault.index(key)
        self._derived_with = self._vault.fingerprint()

    def _require_key(self) -> bytes:
        """The key, once the vault is checked to still be the one it was derived from.

        Another copy may have changed the passphrase since this one unlocked: the old key
        then opens nothing (the manifest would look damaged), so this copy locks and says
        so (PassphraseChanged) before reading or writing anything. Call it again inside a
        saving transaction, where no other copy can change the vault until it ends.
        """
        if self._key is None:
            raise CasesLocked("The saved cases are locked. Enter the passphrase first.")
        if self._vault.fingerprint() != self._derived_with:
            self.lock()
            raise PassphraseChanged()
        return self._key

    def _row(self, case_id: str) -> Any:
        row = self.user_db.conn.execute(
            f"SELECT {ROW_COLUMNS} FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise CaseError(f"There is no saved case {case_id!r}.")
        return row

    def _open(self, case_id: str, key: bytes) -> tuple[str, dict[str, Any]]:
        """Decrypt one case now (from disk), or CaseDamaged saying why it cannot be."""
        problem = self._index.problems.get(case_id)
        if problem is not None:
            raise CaseDamaged(problem.message)
        opened = case_records.open_row(self._row(case_id), key, self._vault.manifest(key))
        if isinstance(opened, str):
            raise CaseDamaged(f"This case is {opened}.")
        return opened

    def _write(self, case_id: str, title: str, content: dict[str, Any], key: bytes) -> None:
        now = _now()
        with self.user_db.saving() as conn:
            key = self._require_key()
            versions = self._vault.manifest(key)
            version = versions.get(case_id, 0) + 1
            plain = case_records.pack(title, content)
            nonce, ciphertext = crypto.encrypt(
                key, plain, case_records.associated(case_id, version)
            )
            conn.execute(
                "INSERT INTO cases (id, created, updated, nonce, ciphertext, version)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " updated = excluded.updated, nonce = excluded.nonce,"
                " ciphertext = excluded.ciphertext, version = excluded.version",
                (case_id, now, now, nonce, ciphertext, version),
            )
            versions[case_id] = version
            case_records.write_manifest(conn, key, versions)
        created = self._row(case_id)[1]
        self._index.put(CaseSummary(case_id, title, created, now), content)

    def save(self, case_id: str | None, content: dict[str, Any], title: str | None = None) -> str:
        """Save ``content`` as a new case (``case_id`` None) or over one; returns the id.

        The title stays as it was unless given (a new case without one has title "").
        """
        key = self._require_key()
        if case_id is None:
            case_id = uuid.uuid4().hex
            title = title or ""
        else:
            saved_title, saved = self._open(case_id, key)
            if is_newer(saved):
                raise CaseError(NEWER)
            title = saved_title if title is None else title
        self._write(case_id, title, content, key)
        return case_id

    def load(self, case_id: str) -> dict[str, Any]:
        """The content of a case, decrypted (CaseDamaged if this one cannot be)."""
        return self._open(case_id, self._require_key())[1]

    def summary(self, case_id: str) -> CaseSummary:
        self._require_key()
        found = self._index.summary(case_id)
        if found is None:
            problem = self._index.problems.get(case_id)
            if problem is not None:
                raise CaseDamaged(problem.message)
            raise CaseError(f"There is no saved case {case_id!r}.")
        return found

    def contents(self) -> list[tuple[CaseSummary, dict[str, Any]]]:
        """Every readable case with its content, decrypted at unlock (from memory)."""
        self._require_key()
        return self._index.contents()

    def list_cases(self) -> list[CaseSummary]:
        """Every readable case, most recently updated first (from memory)."""
        self._require_key()
        return self._index.all()

    def search(self, text: str) -> list[CaseSummary]:
        """Cases whose title or content contain every word of ``text`` (any case)."""
        self._require_key()
        return self._index.search(text)

    def problems(self) -> list[CaseProblem]:
        """The cases that cannot be opened (damaged, an older copy, missing), with why."""
        self._require_key()
        return sorted(self._index.problems.values(), key=lambda problem: problem.id)

    def rename(self, case_id: str, title: str) -> None:
        key = self._require_key()
        content = self._open(case_id, key)[1]
        self._write(case_id, title, content, key)

    def delete(self, case_id: str) -> None:
        """Remove a case (damaged or not), then VACUUM so that none of its bytes remain."""
        key = self._require_key()
        with self.user_db.saving("delete") as conn:
            key = self._require_key()
            versions = self._vault.manifest(key)
            found = conn.execute("DELETE FROM cases WHERE id = ?", (case_id,)).rowcount
            if not found and case_id not in versions:
                raise CaseError(f"There is no saved case {case_id!r}.")
            versions.pop(case_id, None)
            case_records.write_manifest(conn, key, versions)
        self._index.drop(case_id)
        self.user_db.vacuum()

    def export_case(self, case_id: str, path: Path, export_passphrase: str) -> None:
        """Write one case to ``path``, encrypted with its own passphrase (atomically)."""
        summary = self.summary(case_id)
        payload = {
            "title": summary.title,
            "content": self.load(case_id),
            "created": summary.created,
            "updated": summary.updated,
        }
        case_files.write_case_file(path, payload, export_passphrase, self.kdf)

    def export_raw(self, case_id: str, path: Path) -> None:
        """Write a case's stored bytes as they are (still encrypted), e.g. a damaged one."""
        self._require_key()
        try:
            write_atomically(Path(path), case_records.raw_record(self._row(case_id)))
        except WriteError as error:
            raise StorageError(str(error)) from error

    def import_case(self, path: Path, passphrase: str) -> str:
        """Add the case in an exported file as a new case; returns its new id."""
        key = self._require_key()
        payload = case_files.read_case_file(path, passphrase)
        case_id = uuid.uuid4().hex
        self._write(case_id, str(payload.get("title", "")), payload["content"], key)
        return case_id
