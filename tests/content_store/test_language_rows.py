"""Each language's catalogue is stored whole and compressed, and reads back entry for entry."""

from __future__ import annotations

import lzma
import sqlite3
from pathlib import Path

import pytest

from send_routes import paths
from send_routes.content_build.content_files import read_content
from send_routes.content_build.translation_rows import catalogue
from send_routes.content_store.content import ContentStore
from send_routes.content_store.language_rows import (
    CatalogueError,
    pack_catalogue,
    unpack_catalogue,
)
from send_routes.core.translation import Entry, string_key

ENGLISH = "Open a plan…"
ENTRY = Entry(ENGLISH, "Otwórz plan…", "draft", "machine draft (AI), not reviewed", "2026-12-05")


def test_a_packed_catalogue_unpacks_to_the_same_entries() -> None:
    cancel = Entry("Cancel", "Anuluj", "reviewed", "a translator", "2026-12-06")
    entries = {string_key(ENGLISH): ENTRY, string_key("Cancel"): cancel}
    assert unpack_catalogue(pack_catalogue(entries)) == entries


def test_every_language_in_the_database_has_its_files_whole_catalogue(
    content: ContentStore,
) -> None:
    files = read_content(paths.content_dir()).translations.values()
    assert files
    for data in files:
        language = content.language(data["language"])
        assert language is not None
        assert language.entries == catalogue(data)


def test_the_catalogues_are_stored_compressed(content_db: Path) -> None:
    """Six languages' catalogues take a fraction of their JSON (the bundle's size aim)."""
    conn = sqlite3.connect(content_db)
    blobs = [row[0] for row in conn.execute("SELECT catalogue FROM languages")]
    conn.close()
    assert len(blobs) >= 6
    for blob in blobs:
        assert len(blob) * 3 < len(lzma.decompress(blob))


@pytest.mark.parametrize(
    "blob",
    [
        b"not xz at all",
        lzma.compress(b"[1, 2]"),
        lzma.compress(b'{"abc": ["only", "three", "texts"]}'),
        lzma.compress(b'{"abc": [1, 2, 3, 4, 5]}'),
        lzma.compress(b"\xff\xfe"),
    ],
)
def test_a_damaged_catalogue_is_refused_plainly(blob: bytes) -> None:
    with pytest.raises(CatalogueError, match="catalogue"):
        unpack_catalogue(blob)
