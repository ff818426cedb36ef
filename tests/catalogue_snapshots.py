"""The six languages for the tests: the content's own catalogue where it has one, else the
page-1 snapshot in tests/data/translations/ (while the real catalogue is being written)."""

from __future__ import annotations

from pathlib import Path

import yaml

from send_routes.content_store.content import ContentStore
from send_routes.core.language_words import words_from
from send_routes.core.translation import Entry, Language

LANGUAGES = ("ur", "pl", "pa", "bn", "ro", "ar")
RIGHT_TO_LEFT = ("ur", "ar")
FIXTURES = Path(__file__).resolve().parent / "data" / "translations"


def fixture_language(code: str) -> Language:
    """The snapshot catalogue for ``code`` in tests/data/translations/."""
    data = yaml.safe_load((FIXTURES / f"{code}.yaml").read_text(encoding="utf-8"))
    return Language(
        code=code,
        name=str(data["name"]),
        english_name=str(data["english_name"]),
        direction=str(data["direction"]),
        script=str(data["script"]),
        words=words_from(code, data.get("words") or {}),
        entries={
            str(key): Entry(
                str(e["english"]),
                str(e["text"]),
                str(e["status"]),
                str(e["made_by"]),
                str(e["date"]),
            )
            for key, e in (data.get("strings") or {}).items()
        },
    )


def language(content: ContentStore, code: str) -> Language:
    """The content's catalogue for ``code``, or the snapshot when the content has none."""
    return content.language(code) or fixture_language(code)
