"""The catalogues as rows of the ``languages`` and ``translations`` tables (already checked)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from send_routes.content_build.content_files import ContentFiles


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
        }


def translations(files: ContentFiles) -> Iterator[dict[str, Any]]:
    for data in files.translations.values():
        for key, entry in sorted((data.get("strings") or {}).items()):
            yield {
                "language": data["language"],
                "key": str(key),
                "english": entry["english"],
                "text": entry["text"],
                "status": entry["status"],
                "made_by": entry["made_by"],
                "made_on": entry["date"].isoformat(),
            }
