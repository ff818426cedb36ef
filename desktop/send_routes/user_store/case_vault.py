"""The passphrase behind the saved cases: its check (the vault row) and the manifest.

The vault holds the scrypt salt and settings and a verifier that only the right key opens;
the manifest (``case_records``) counts each case's saves, so an older copy of a case, or one
deleted behind the app's back, is found. The key itself is never stored: ``CaseStore`` keeps
it in memory while the cases are unlocked.
"""

from __future__ import annotations

from typing import Any

from send_routes.user_store import case_records
from send_routes.user_store.case_errors import CaseError
from send_routes.user_store.case_index import CaseIndex
from send_routes.user_store.crypto import KdfParams, UnsupportedKdf
from send_routes.user_store.user_db import UserDatabase

#: v2 says the store has a manifest: one that disappears is then reported, not remade.
VERIFIER_V1 = b"SEND Routes passphrase check v1"
VERIFIER = b"SEND Routes passphrase check v2"
ROW_COLUMNS = case_records.ROW_COLUMNS


class CaseVault:
    """The passphrase check and the manifest of case versions in one user database."""

    def __init__(self, user_db: UserDatabase, kdf: KdfParams) -> None:
        self.user_db = user_db
        self.kdf = kdf

    def _row(self) -> Any:
        return self.user_db.conn.execute(
            "SELECT salt, kdf_n, kdf_r, kdf_p, verifier_nonce, verifier FROM vault WHERE id = 1"
        ).fetchone()

    def is_set_up(self) -> bool:
        return self._row() is not None

    def fingerprint(self) -> tuple[object, ...] | None:
        """What the key is derived with (salt and scrypt settings): it changes exactly when
        the passphrase does, in this copy or another one."""
        row = self._row()
        return None if row is None else tuple(row[:4])

    def create(self, passphrase: str) -> bytes:
        """Store the check for a first passphrase (and a manifest of any cases); its key."""
        if self.is_set_up():
            raise CaseError("A passphrase is already set; use change_passphrase.")
        key, vault = self._new(passphrase)
        with self.user_db.saving() as conn:
            conn.execute(
                "INSERT INTO vault (id, salt, kdf_n, kdf_r, kdf_p, verifier_nonce, verifier)"
                " VALUES (1, ?, ?, ?, ?, ?, ?)",
                vault,
            )
            versions = {row[0]: row[1] for row in conn.execute("SELECT id, version FROM cases")}
            case_records.write_manifest(conn, key, versions)
        return key

    def _new(self, passphrase: str) -> tuple[bytes, tuple[object, ...]]:
        """A key from ``passphrase`` with a fresh salt, and the vault row that checks it."""
        if not passphrase:
            raise CaseError("The passphrase cannot be empty.")
        return case_records.new_vault(passphrase, self.kdf, VERIFIER)

    def check(self, passphrase: str) -> tuple[bytes, bytes]:
        """The key and the verifier it opens; refuses settings the app never writes."""
        vault = self._row()
        if vault is None:
            raise CaseError("No passphrase has been set yet.")
        try:
            return case_records.open_vault(vault, passphrase, (VERIFIER, VERIFIER_V1))
        except UnsupportedKdf as error:
            raise CaseError(
                f"{error} The saved-cases file may have been changed outside SEND Routes."
            ) from error

    def change(self, old: str, new: str) -> bytes:
        """Re-encrypt every readable case under ``new``, all in one transaction; its key.

        A damaged case is kept as it is (still encrypted under the old passphrase), so it
        can still be exported raw or deleted.
        """
        old_key, verifier = self.check(old)
        versions = self.versions(old_key, verifier)
        key, vault = self._new(new)
        with self.user_db.saving() as conn:
            conn.execute(
                "UPDATE vault SET salt = ?, kdf_n = ?, kdf_r = ?, kdf_p = ?,"
                " verifier_nonce = ?, verifier = ? WHERE id = 1",
                vault,
            )
            case_records.reseal_rows(conn, old_key, key, versions)
            case_records.write_manifest(conn, key, versions)
        return key

    def index(self, key: bytes, verifier: bytes = VERIFIER) -> CaseIndex:
        """Every case decrypted once, into memory, for listing and searching."""
        conn = self.user_db.conn
        versions = self.versions(key, verifier)
        return case_records.index_rows(
            conn.execute(f"SELECT {ROW_COLUMNS} FROM cases"), key, versions
        )

    def versions(self, key: bytes, verifier: bytes) -> dict[str, int]:
        """The manifest; made once from the rows for a store saved before manifests."""
        versions = self._read_manifest(key, required=verifier == VERIFIER)
        if versions is not None:
            return versions
        with self.user_db.saving() as conn:
            return case_records.first_manifest(conn, key, VERIFIER)

    def manifest(self, key: bytes) -> dict[str, int]:
        """The manifest, which must be there once the store has one."""
        versions = self._read_manifest(key, required=True)
        return {} if versions is None else versions  # never None when required

    def _read_manifest(self, key: bytes, required: bool) -> dict[str, int] | None:
        try:
            return case_records.checked_manifest(self.user_db.conn, key, required)
        except case_records.ManifestError as error:
            raise CaseError(str(error)) from error
