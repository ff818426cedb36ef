"""Content a previous visitor could leave behind, for the tests that prove it is never used.

``changed_database`` is the attack the trust checks exist for: a higher release, the
Tribunal's phone changed and the appeal deadline moved. ``plant`` leaves it where the app
looks for content in three forms: unsigned, signed with another key, and damaged.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from send_routes.content_build.pack_build import build_pack
from send_routes.content_store.pack_format import SIGNATURE_SIZE, signed_part
from send_routes.content_store.schema import SCHEMA_VERSION

FAKE_PHONE = "09000 666 666"
RELEASE = 99
FORMS = ("unsigned", "another key", "damaged")


def changed_database(source: Path, path: Path, release: int = RELEASE) -> Path:
    """A copy of ``source`` with a higher release, the Tribunal's phone number replaced and
    the appeal deadline counted 20 months from the decision instead of 2."""
    shutil.copy(source, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE metadata SET value = ? WHERE key = 'release'", (str(release),))
        conn.execute("UPDATE contacts SET phone = ? WHERE id LIKE 'tribunal%'", (FAKE_PHONE,))
        conn.execute(
            "UPDATE deadline_rules SET counts = ? WHERE id = 'appeal'",
            ('[{"from": "decision_date", "months": 20}]',),
        )
    conn.close()
    return path


def public_key_file(key: Ed25519PrivateKey, path: Path) -> Path:
    path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return path


def signed_pack(database: Path, key: Ed25519PrivateKey, out: Path) -> Path:
    build_pack(database, key, out)
    return out


def raw_pack(
    database: bytes, key: Ed25519PrivateKey, release: int, out: Path, digest: str = ""
) -> Path:
    """A pack signed with ``key`` around ``database`` as it is, whatever it holds (the
    content team's tool refuses such a database, so this builds the file by hand); its
    header names ``digest`` as the database's SHA-256 when given."""
    header = json.dumps(
        {
            "release": release,
            "reviewed_on": "2026-12-01",
            "content_version": "hostile",
            "schema_version": SCHEMA_VERSION,
            "size": len(database),
            "sha256": digest or hashlib.sha256(database).hexdigest(),
        }
    ).encode()
    signature = key.sign(signed_part(header, database))
    assert len(signature) == SIGNATURE_SIZE
    out.write_bytes(signed_part(header, b"") + signature + database)
    return out


def damage(pack: Path) -> Path:
    """Flip one byte in the database part of a signed pack, as a bad disk or USB stick would."""
    data = bytearray(pack.read_bytes())
    data[-3000] ^= 0x40
    pack.write_bytes(bytes(data))
    return pack


def plant(form: str, source: Path, target: Path, trusted: Ed25519PrivateKey) -> Path:
    """Leave the changed content at ``target`` in ``form``; ``trusted`` is the app's key."""
    target.parent.mkdir(parents=True, exist_ok=True)
    work = target.parent / f".{target.name}.work.sqlite"
    changed_database(source, work)
    makers: dict[str, Callable[[], Path]] = {
        "unsigned": lambda: Path(shutil.copy(work, target)),
        "another key": lambda: signed_pack(work, Ed25519PrivateKey.generate(), target),
        "damaged": lambda: damage(signed_pack(work, trusted, target)),
    }
    made = makers[form]()
    work.unlink()
    return made
