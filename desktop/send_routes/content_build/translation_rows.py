"""The catalogues as rows of the ``languages`` table (already checked), each language's
strings packed whole (``content_store.language_rows.pack_catalogue``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from send_routes.content_build.content_files import ContentFiles
from send_routes.content_store.language_rows import pack_catalogue
from send_routes.core.translation import Entry


def languages(files: ContentFiles) -> Iterator[dict[str, Any]]:
    for position, data in enumerate(files.translations.values()):
        yield {
            "code": data["language"],
            "position": position,
            "name": data["name"],
            "english_name": data["english_name"],
            "direction": data["direction"],
            "script": data["script"],
            "words": json.dumps(data["words"], ensure_ascii=False, sort_keys=True),
            "catalogue": pack_catalogue(catalogue(data)),
        }


def catalogue(data: dict[str, Any]) -> dict[str, Entry]:
    """A catalogue file's strings as the app's entries, by key."""
    return {
        str(key): Entry(
            entry["english"],
            entry["text"],
            entry["status"],
            entry["made_by"],
            entry["date"].isoformat(),
        )
        for key, entry in (data.get("strings") or {}).items()
    }
