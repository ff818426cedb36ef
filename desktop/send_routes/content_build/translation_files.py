"""Read the translation catalogues (``db/content/translations/<code>.yaml``).

A missing folder means no languages but English; a file that cannot be read stops the
build like any other content file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from send_routes.content_build.yaml_lines import load_yaml

FOLDER = "translations"
#: The languages of issue 23, in the order the start page offers them (facts H33/H34).
LANGUAGE_ORDER = ("ur", "pl", "pa", "bn", "ro", "ar")


def read_translations(root: Path) -> dict[Path, Any]:
    """Every catalogue under ``root / FOLDER``, by its path, in the start page's order."""
    folder = root / FOLDER
    if not folder.is_dir():
        return {}
    paths = sorted(folder.glob("*.yaml"), key=_order)
    return {path: load_yaml(path) for path in paths}


def _order(path: Path) -> tuple[int, str]:
    code = path.stem
    return (LANGUAGE_ORDER.index(code) if code in LANGUAGE_ORDER else len(LANGUAGE_ORDER), code)
