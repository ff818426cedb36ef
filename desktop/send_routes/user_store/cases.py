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
    store.rename(case_id, "title"); store.delete(case_id)   # delete also VACUUMs
    store.export_case(case_id, file, "other passphrase"); store.import_case(file, "…") -> id
    store.lock()

Each case's title and content (any JSON object) are encrypted together with AES-GCM under a
key derived from the passphrase with scrypt; the associated data binds each ciphertext to its
case id. Only the random case id (uuid4 hex), the created and updated times and the
ciphertext are stored in clear. The key lives only in memory while unlocked.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from send_routes.user_store import case_files, crypto
from send_routes.user_store.crypto import KdfParams, WrongPassphrase
from send_routes.user_store.user_db import Recovery, StorageError, UserDatabase

__all__ = [
    "CaseError",
    "CaseFileError",
    "CaseStore",
    "CaseSummary",
    "CasesLocked",
    "StorageError",
    "WrongPassphrase",
]
CaseFileError = case_files.CaseFileError
VERIFIER = b"SEND Routes passphrase check v1"
PAD_TO = 256


class CaseError(Exception):
    """The case store cannot do this now (not set up, already set up, no such case)."""


class CasesLocked(CaseError):
    """The cases are locked: unlock them with the passphrase first."""


@dataclass(frozen=True)
class CaseSummary:
    """What a list of cases shows: the title is decrypted in memory only."""

    id: str
    title: str
    created: str
    updated: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _associated(case_id: str) -> bytes:
    return f"send-routes-case:{case_id}".encode()


def _pack(title: str, content: dict[str, Any]) -> bytes:
    """The plaintext, padded with spaces so its length says little about the content."""
    text = json.dumps({"title": title, "content": content}, ensure_ascii=False)
    data = text.encode("utf-8")
    return data + b" " * (-len(data) % PAD_TO)


def _texts(value: Any) -> Iterator[str]:
    """Every string value inside ``value`` (not the keys), for searching."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


class CaseStore:
    """The encrypted cases in one user database."""

    def __init__(self, user_db: UserDatabase, kdf: KdfParams | None = None) -> None:
        self.user_db = user_db
        self.kdf = kdf or KdfParams()
        self._key: bytes | None = None

    @classmethod
    def open(cls, path: Path, kdf: KdfParams | None = None) -> CaseStore:
        """Open or create the database; ``kdf`` applies to new passphrases and exports."""
        return cls(UserDatabase.open(path), kdf)

    @property
    def recovery(self) -> Recovery | None:
        return self.user_db.recovery

    def close(self) -> None:
        self.lock()
        self.user_db.close()

    def _vault(self) -> Any:
        return self.user_db.conn.execute(
            "SELECT salt, kdf_n, kdf_r, kdf_p, verifier_nonce, verifier FROM vault WHERE id = 1"
        ).fetchone()

    def is_set_up(self) -> bool:
        return self._vault() is not None

    @property
    def is_unlocked(self) -> bool:
        return self._key is not None

    def set_passphrase(self, passphrase: str) -> None:
        """Choose the passphrase, once. There is no way to recover a forgotten one."""
        if self.is_set_up():
            raise CaseError("A passphrase is already set; use change_passphrase.")
        key, vault = self._new_vault(passphrase)
        with self.user_db.saving() as conn:
            conn.execute(
                "INSERT INTO vault (id, salt, kdf_n, kdf_r, kdf_p, verifier_nonce, verifier)"
                " VALUES (1, ?, ?, ?, ?, ?, ?)",
                vault,
            )
        self._key = key

    def _new_vault(self, passphrase: str) -> tuple[bytes, tuple[object, ...]]:
        """A key from ``passphrase`` with a fresh salt, and the vault row that checks it."""
        if not passphrase:
            raise CaseError("The passphrase cannot be empty.")
        salt = crypto.new_salt()
        key = crypto.derive_key(passphrase, salt, self.kdf)
        nonce, verifier = crypto.encrypt(key, VERIFIER, b"verifier")
        return key, (salt, self.kdf.n, self.kdf.r, self.kdf.p, nonce, verifier)

    def _check_passphrase(self, passphrase: str) -> bytes:
        vault = self._vault()
        if vault is None:
            raise CaseError("No passphrase has been set yet.")
        salt, n, r, p, nonce, verifier = vault
        key = crypto.derive_key(passphrase, salt, KdfParams(n, r, p))
        if crypto.decrypt(key, nonce, verifier, b"verifier") != VERIFIER:
            raise WrongPassphrase("The passphrase is not right.")
        return key

    def unlock(self, passphrase: str) -> None:
        """Unlock with the passphrase; WrongPassphrase (and no change at all) if not right."""
        self._key = self._check_passphrase(passphrase)

    def lock(self) -> None:
        """Forget the key: nothing can be read until the next unlock."""
        self._key = None

    def _require_key(self) -> bytes:
        if self._key is None:
            raise CasesLocked("The saved cases are locked. Enter the passphrase first.")
        return self._key

    def _row(self, case_id: str) -> Any:
        row = self.user_db.conn.execute(
            "SELECT id, created, updated, nonce, ciphertext FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise CaseError(f"There is no saved case {case_id!r}.")
        return row

    def _open_row(self, row: Any, key: bytes) -> tuple[str, dict[str, Any]]:
        plain = crypto.decrypt(key, row[3], row[4], _associated(row[0]))
        payload = json.loads(plain)
        return payload["title"], payload["content"]

    def _write(self, case_id: str, title: str, content: dict[str, Any], key: bytes) -> None:
        nonce, ciphertext = crypto.encrypt(key, _pack(title, content), _associated(case_id))
        now = _now()
        with self.user_db.saving() as conn:
            conn.execute(
                "INSERT INTO cases (id, created, updated, nonce, ciphertext)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " updated = excluded.updated, nonce = excluded.nonce,"
                " ciphertext = excluded.ciphertext",
                (case_id, now, now, nonce, ciphertext),
            )

    def save(self, case_id: str | None, content: dict[str, Any], title: str | None = None) -> str:
        """Save ``content`` as a new case (``case_id`` None) or over one; returns the id.

        The title stays as it was unless given (a new case without one has title "").
        """
        key = self._require_key()
        if case_id is None:
            case_id = uuid.uuid4().hex
            title = title or ""
        elif title is None:
            title = self._open_row(self._row(case_id), key)[0]
        self._write(case_id, title, content, key)
        return case_id

    def load(self, case_id: str) -> dict[str, Any]:
        """The content of a case, decrypted."""
        return self._open_row(self._row(case_id), self._require_key())[1]

    def summary(self, case_id: str) -> CaseSummary:
        row = self._row(case_id)
        title = self._open_row(row, self._require_key())[0]
        return CaseSummary(row[0], title, row[1], row[2])

    def _all(self, key: bytes | None = None) -> list[tuple[CaseSummary, dict[str, Any]]]:
        key = key or self._require_key()
        found = []
        for row in self.user_db.conn.execute(
            "SELECT id, created, updated, nonce, ciphertext FROM cases ORDER BY updated DESC, id"
        ):
            title, content = self._open_row(row, key)
            found.append((CaseSummary(row[0], title, row[1], row[2]), content))
        return found

    def list_cases(self) -> list[CaseSummary]:
        """Every case, most recently updated first."""
        return [summary for summary, _ in self._all()]

    def search(self, text: str) -> list[CaseSummary]:
        """Cases whose title or content contain every word of ``text`` (any case)."""
        wanted = text.casefold().split()
        found = []
        for summary, content in self._all():
            haystack = " ".join([summary.title, *_texts(content)]).casefold()
            if all(word in haystack for word in wanted):
                found.append(summary)
        return found

    def rename(self, case_id: str, title: str) -> None:
        key = self._require_key()
        content = self._open_row(self._row(case_id), key)[1]
        self._write(case_id, title, content, key)

    def delete(self, case_id: str) -> None:
        """Remove a case, then VACUUM so that none of its bytes remain in the file."""
        self._require_key()
        self._row(case_id)
        with self.user_db.saving("delete") as conn:
            conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        self.user_db.vacuum()

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt every case under a new passphrase, all in one transaction."""
        old_key = self._check_passphrase(old)
        key, vault = self._new_vault(new)
        cases = self._all(old_key)
        with self.user_db.saving() as conn:
            conn.execute(
                "UPDATE vault SET salt = ?, kdf_n = ?, kdf_r = ?, kdf_p = ?,"
                " verifier_nonce = ?, verifier = ? WHERE id = 1",
                vault,
            )
            for summary, content in cases:
                data = _pack(summary.title, content)
                case_nonce, ciphertext = crypto.encrypt(key, data, _associated(summary.id))
                conn.execute(
                    "UPDATE cases SET nonce = ?, ciphertext = ? WHERE id = ?",
                    (case_nonce, ciphertext, summary.id),
                )
        self._key = key

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

    def import_case(self, path: Path, passphrase: str) -> str:
        """Add the case in an exported file as a new case; returns its new id."""
        key = self._require_key()
        payload = case_files.read_case_file(path, passphrase)
        case_id = uuid.uuid4().hex
        self._write(case_id, str(payload.get("title", "")), payload["content"], key)
        return case_id
