"""The user database's tables, as numbered sqlite-utils migrations (never edit a shipped one)."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from send_routes.core.contact_fields import CONTACT_COLUMNS

MIGRATIONS = Migrations("send_routes_user")

#: The same columns and options as ``contacts_fts`` in ``db/schema.sql``, so that
#: ``ContactSearch`` works unchanged on own contacts.
CONTACTS_FTS = """
CREATE VIRTUAL TABLE contacts_fts USING fts5(
    name, kind_label, area, helps_with, note, area_id UNINDEXED, kind UNINDEXED,
    prefix = '1 2 3', tokenize = 'unicode61 remove_diacritics 2'
)
"""
CONTACTS_VOCAB = "CREATE VIRTUAL TABLE contacts_vocab USING fts5vocab(contacts_fts, 'row')"


@MIGRATIONS(name="001_cases")
def create_cases(db: Database) -> None:
    """The passphrase check and the encrypted cases (only id and times are in clear)."""
    db.table("vault").create(
        {
            "id": int,
            "salt": bytes,
            "kdf_n": int,
            "kdf_r": int,
            "kdf_p": int,
            "verifier_nonce": bytes,
            "verifier": bytes,
        },
        pk="id",
        not_null={"salt", "kdf_n", "kdf_r", "kdf_p", "verifier_nonce", "verifier"},
    )
    db.table("cases").create(
        {"id": str, "created": str, "updated": str, "nonce": bytes, "ciphertext": bytes},
        pk="id",
        not_null={"created", "updated", "nonce", "ciphertext"},
    )


@MIGRATIONS(name="002_local_contacts")
def create_local_contacts(db: Database) -> None:
    """An adviser's own contacts, in clear (organisations, not families), and their index."""
    columns: dict[str, type] = {"num": int}
    columns.update({column: str for column in CONTACT_COLUMNS})
    db.table("local_contacts").create(
        columns,
        pk="num",
        not_null=set(CONTACT_COLUMNS),
        defaults={column: "" for column in CONTACT_COLUMNS if column != "id"},
    )
    db.table("local_contacts").create_index(["id"], unique=True)
    db.execute(CONTACTS_FTS)
    db.execute(CONTACTS_VOCAB)


@MIGRATIONS(name="003_case_manifest")
def create_case_manifest(db: Database) -> None:
    """The encrypted record of every case id and its save count, to detect rollbacks.

    ``cases.version`` says in clear which save of the case a row claims to be; the manifest
    (AES-GCM under the passphrase key) says which save it must be.
    """
    db.execute("ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 0")
    db.table("manifest").create(
        {"id": int, "nonce": bytes, "ciphertext": bytes},
        pk="id",
        not_null={"nonce", "ciphertext"},
    )


#: The migrations this copy knows: a database with any other was made by a newer version.
KNOWN_MIGRATIONS = frozenset({"001_cases", "002_local_contacts", "003_case_manifest"})
