"""The content version: a hash of the sources, cheap enough to check at every start."""

from __future__ import annotations

import hashlib
from pathlib import Path


def source_files(root: Path, schema: Path) -> list[Path]:
    """Every file whose bytes decide the database's content, in a fixed order."""
    files = [path for path in root.rglob("*") if path.is_file() and path.suffix != ".md"]
    return [schema, *sorted(files, key=lambda path: path.relative_to(root).as_posix())]


def content_version(root: Path, schema: Path) -> str:
    """A short hash of the schema and every content file, names included."""
    digest = hashlib.sha256()
    for path in source_files(root, schema):
        name = path.name if path == schema else path.relative_to(root).as_posix()
        digest.update(name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
