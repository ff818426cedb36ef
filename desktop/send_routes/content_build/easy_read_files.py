"""Read the Easy Read content (``db/content/easy_read/``) into one mapping.

Kept apart from the ordinary content's files: Easy Read marks its own key words
(``[[word]]``, explained in ``words.yaml``), which are not all glossary terms.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from send_routes.content_build.yaml_lines import ContentFileError, load_yaml

FOLDER = "easy_read"
#: file -> the key of the mapping it gives (None: the whole file).
FILES: dict[str, str | None] = {
    "routes.yaml": "routes",
    "extra_steps.yaml": "extra_steps",
    "notes.yaml": "notes",
    "deadlines.yaml": "deadlines",
    "words.yaml": "words",
    "pictures.yaml": "pictures",
    "spoken_words.yaml": "spoken_words",
    "plan.yaml": None,
}


def read_easy_read(root: Path) -> dict[str, Any]:
    """Every Easy Read file under ``root / FOLDER``, by the key it gives (``plan.yaml`` is
    ``plan``); raises ContentFileError when one is missing or cannot be read."""
    folder = root / FOLDER
    data: dict[str, Any] = {}
    for name, key in FILES.items():
        path = folder / name
        if not path.exists():
            raise ContentFileError(f"{path}: missing content file")
        parsed = load_yaml(path)
        if key is None:
            data[Path(name).stem] = parsed or {}
        else:
            data[key] = (parsed or {}).get(key) if isinstance(parsed, dict) else None
    return data


def path_of(root: Path, key: str) -> Path:
    """The file a key of ``read_easy_read``'s mapping came from (for error messages)."""
    for name, given in FILES.items():
        if (given or Path(name).stem) == key:
            return root / FOLDER / name
    return root / FOLDER
