"""How each saved case is sealed, and the manifest that detects rollbacks and deletions.

Each case's ciphertext is AES-GCM with associated data naming its id and its save count
(``version``), so a ciphertext is valid for one case and one save only. The manifest is one
more AES-GCM record under the same key: a JSON object ``{case id: version}``, rewritten in
the same transaction as every save and delete. At unlock each row is checked against it:

- a row whose ``version`` is below the manifest's is an older copy put back (rollback);
- a row that does not decrypt with the manifest's version is damaged (or tampered with);
- an id in the manifest with no row was deleted outside SEND Routes;
- a row whose id is not in the manifest was added outside SEND Routes.

Why a manifest rather than a counter per row: a per-row counter alone cannot see a deleted
row or a whole row swapped for an older one with its counter; the set of ids with their
counters under the key can. A whole database file swapped for an older copy (manifest
included) cannot be detected without keeping something outside the file; that is not done.
Cases saved before the manifest existed have version 0 and the associated data they were
written with (no version in it).
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from send_routes.user_store import crypto
from send_routes.user_store.case_index import CaseIndex, CaseProblem, CaseSummary

MANIFEST_AAD = b"send-routes-manifest:1"
PAD_TO = 256

DAMAGED = "damaged: it cannot be read (the file may have been changed or corrupted)"
OLDER_COPY = "an older copy of this case was put back in place of the latest save"
MISSING = "missing: it was deleted or removed outside SEND Routes"
UNKNOWN = "not recognised: it was added outside SEND Routes"


def associated(case_id: str, version: int) -> bytes:
    """The associated data binding a ciphertext to its case and save (0: before versions)."""
    base = f"send-routes-case:{case_id}"
    return base.encode() if version == 0 else f"{base}:{version}".encode()


def pack(title: str, content: dict[str, Any]) -> bytes:
    """The plaintext, padded with spaces so its length says little about the content."""
    text = json.dumps({"title": title, "content": content}, ensure_ascii=False)
    data = text.encode("utf-8")
    return data + b" " * (-len(data) % PAD_TO)


def unpack(plain: bytes) -> tuple[str, dict[str, Any]]:
    """``(title, content)`` from a decrypted case; ValueError when it is not one."""
    payload = json.loads(plain)
    if not isinstance(payload, dict) or not isinstance(payload.get("content"), dict):
        raise ValueError("not a case")
    return str(payload.get("title", "")), payload["content"]


def read_manifest(conn: sqlite3.Connection, key: bytes) -> dict[str, int] | None:
    """The manifest, None when there is none yet; WrongPassphrase if it was tampered with."""
    row = conn.execute("SELECT nonce, ciphertext FROM manifest WHERE id = 1").fetchone()
    if row is None:
        return None
    data = json.loads(crypto.decrypt(key, row[0], row[1], MANIFEST_AAD))
    return {str(case_id): int(version) for case_id, version in data.items()}


def write_manifest(conn: sqlite3.Connection, key: bytes, versions: dict[str, int]) -> None:
    """Seal and store the manifest (inside the caller's transaction)."""
    data = json.dumps(versions, sort_keys=True).encode()
    nonce, ciphertext = crypto.encrypt(key, data, MANIFEST_AAD)
    conn.execute(
        "INSERT INTO manifest (id, nonce, ciphertext) VALUES (1, ?, ?) ON CONFLICT (id)"
        " DO UPDATE SET nonce = excluded.nonce, ciphertext = excluded.ciphertext",
        (nonce, ciphertext),
    )


def problem_of(row: Any, versions: dict[str, int]) -> str | None:
    """Why a row cannot be trusted before decrypting it, or None (rows: id, created,
    updated, nonce, ciphertext, version)."""
    expected = versions.get(row[0])
    if expected is None:
        return UNKNOWN
    if not isinstance(row[5], int) or row[5] < expected:
        return OLDER_COPY
    return None


def open_row(row: Any, key: bytes, versions: dict[str, int]) -> tuple[str, dict[str, Any]] | str:
    """``(title, content)`` of a row, or the reason it cannot be opened."""
    problem = problem_of(row, versions)
    if problem is not None:
        return problem
    try:
        plain = crypto.decrypt(key, row[3], row[4], associated(row[0], versions[row[0]]))
        return unpack(plain)
    except (crypto.WrongPassphrase, ValueError, TypeError):
        return DAMAGED


def raw_record(row: Any) -> bytes:
    """A row's stored bytes as JSON (still encrypted): a damaged case, kept for an expert."""
    record = {
        "format": "send-routes-raw-case",
        "id": row[0],
        "created": row[1],
        "updated": row[2],
        "version": row[5],
        "nonce": base64.b64encode(bytes(row[3])).decode("ascii"),
        "ciphertext": base64.b64encode(bytes(row[4])).decode("ascii"),
    }
    return json.dumps(record, indent=1).encode("utf-8")


class ManifestError(Exception):
    """The manifest is missing or does not decrypt: no case can be trusted."""


def checked_manifest(conn: sqlite3.Connection, key: bytes, required: bool) -> dict[str, int] | None:
    """The manifest; None only when there is none and none is ``required`` (an old store)."""
    try:
        versions = read_manifest(conn, key)
    except (crypto.WrongPassphrase, ValueError, TypeError, AttributeError) as error:
        raise ManifestError(
            "The record of saved cases is damaged, so no case can be trusted."
        ) from error
    if versions is None and required:
        raise ManifestError("The record of saved cases is missing: the file was changed.")
    return versions


def index_rows(rows: Iterable[Any], key: bytes, versions: dict[str, int]) -> CaseIndex:
    """Every row decrypted into an index; the rows that cannot be, and missing ids, as problems."""
    index = CaseIndex()
    present = set()
    for row in rows:
        present.add(row[0])
        opened = open_row(row, key, versions)
        if isinstance(opened, str):
            index.problems[row[0]] = CaseProblem(row[0], row[1], row[2], opened)
        else:
            index.put(CaseSummary(row[0], opened[0], row[1], row[2]), opened[1])
    for case_id in versions.keys() - present:
        index.problems[case_id] = CaseProblem(case_id, "", "", MISSING)
    return index


ROW_COLUMNS = "id, created, updated, nonce, ciphertext, version"


def reseal_rows(conn: sqlite3.Connection, old: bytes, new: bytes, versions: dict[str, int]) -> None:
    """Re-encrypt every readable case from key ``old`` to ``new`` (in the caller's
    transaction); a damaged case is left as it is, to be exported raw or deleted."""
    for row in conn.execute(f"SELECT {ROW_COLUMNS} FROM cases").fetchall():
        opened = open_row(row, old, versions)
        if isinstance(opened, str):
            continue
        aad = associated(row[0], versions[row[0]])
        nonce, sealed = crypto.encrypt(new, pack(*opened), aad)
        conn.execute(
            "UPDATE cases SET nonce = ?, ciphertext = ? WHERE id = ?", (nonce, sealed, row[0])
        )


def new_vault(
    passphrase: str, kdf: crypto.KdfParams, verifier: bytes
) -> tuple[bytes, tuple[object, ...]]:
    """A key from ``passphrase`` with a fresh salt, and the vault row that checks it."""
    salt = crypto.new_salt()
    key = crypto.derive_key(passphrase, salt, kdf)
    nonce, sealed = crypto.encrypt(key, verifier, b"verifier")
    return key, (salt, kdf.n, kdf.r, kdf.p, nonce, sealed)


def open_vault(vault: Any, passphrase: str, verifiers: tuple[bytes, ...]) -> tuple[bytes, bytes]:
    """The key and the verifier it opens (one of ``verifiers``); UnsupportedKdf for stored
    settings the app never writes (checked before deriving), WrongPassphrase if not right."""
    salt, n, r, p, nonce, sealed = vault
    key = crypto.derive_key(passphrase, salt, crypto.checked_kdf(n, r, p))
    plain = crypto.decrypt(key, nonce, sealed, b"verifier")
    if plain not in verifiers:
        raise crypto.WrongPassphrase("The passphrase is not right.")
    return key, plain


def first_manifest(conn: sqlite3.Connection, key: bytes, verifier: bytes) -> dict[str, int]:
    """Make the manifest of a store saved before manifests (trusting its rows as they are),
    and seal ``verifier`` so that a manifest removed later is reported, not made again."""
    versions = {row[0]: row[1] for row in conn.execute("SELECT id, version FROM cases")}
    write_manifest(conn, key, versions)
    nonce, sealed = crypto.encrypt(key, verifier, b"verifier")
    conn.execute("UPDATE vault SET verifier_nonce = ?, verifier = ? WHERE id = 1", (nonce, sealed))
    return versions
