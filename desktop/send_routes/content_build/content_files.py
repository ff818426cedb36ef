"""Read the content sources in ``db/content/`` into plain Python structures."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from send_routes.content_build.easy_read_files import read_easy_read
from send_routes.content_build.translation_files import read_translations
from send_routes.content_build.yaml_lines import ContentFileError, LineDict, load_yaml
from send_routes.fileio import text_files
from send_routes.fileio.clip import clip_path
from send_routes.fileio.regular_file import reason

CONTACTS_FILE = "contacts.csv"
#: Room for a national list: 100,000 contacts make a file of about 25 MB.
CSV_LIMIT = 64 * 1024 * 1024
YAML_FILES = (
    "sources.yaml",
    "rules.yaml",
    "notes.yaml",
    "deadlines.yaml",
    "questions.yaml",
    "glossary.yaml",
    "local_authorities.yaml",
    "letters.yaml",
    "release.yaml",
    "councils.yaml",
    "case_file.yaml",
)


@dataclass(frozen=True)
class ContactRow:
    """One row of the contacts CSV, with the line it came from."""

    line: int
    values: dict[str, str]


@dataclass
class ContentFiles:
    """Every content source, parsed, with the paths they came from (for error messages)."""

    root: Path
    data: dict[str, Any] = field(default_factory=dict)
    routes: dict[Path, LineDict] = field(default_factory=dict)
    contacts: list[ContactRow] = field(default_factory=list)
    contact_header: list[str] = field(default_factory=list)
    #: The Easy Read content (``easy_read/``), kept apart: see easy_read_files.py.
    easy_read: dict[str, Any] = field(default_factory=dict)
    #: The translation catalogues (``translations/<code>.yaml``) by path: see
    #: docs/design/translations.md.
    translations: dict[Path, Any] = field(default_factory=dict)

    def path(self, name: str) -> Path:
        return self.root / name


def read_content(root: Path) -> ContentFiles:
    """Parse every file under ``root``; raises ContentFileError if one cannot be read."""
    try:
        is_folder = root.is_dir()
    except OSError as error:  # a name too long for any disk, a loop of links
        raise ContentFileError(f"{clip_path(root)}: cannot be read: {reason(error)}") from error
    if not is_folder:
        raise ContentFileError(f"{clip_path(root)}: the content folder does not exist")
    files = ContentFiles(root=root)
    for name in YAML_FILES:
        path = root / name
        if not path.exists():
            raise ContentFileError(f"{path}: missing content file")
        files.data[name] = load_yaml(path)
    for path in sorted((root / "routes").glob("*.yaml")):
        files.routes[path] = load_yaml(path)
    files.contact_header, files.contacts = read_contacts_csv(root / CONTACTS_FILE)
    files.easy_read = read_easy_read(root)
    files.translations = read_translations(root)
    return files


def read_contacts_csv(path: Path) -> tuple[list[str], list[ContactRow]]:
    """The header and rows of a contacts CSV (UTF-8, with or without a byte order mark)."""
    try:
        text = text_files.decode_text(text_files.read_capped(path, CSV_LIMIT), str(path))
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = list(reader.fieldnames or [])
        rows = []
        for record in reader:
            values = {key: (value or "").strip() for key, value in record.items() if key}
            rows.append(ContactRow(line=reader.line_num, values=values))
    except text_files.TextFileError as error:
        raise ContentFileError(str(error)) from error
    except csv.Error as error:
        raise ContentFileError(f"{path}: cannot be read ({error})") from error
    return header, rows
