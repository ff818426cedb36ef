"""Own contacts to and from CSV, with the same columns as ``db/content/contacts.csv``.

Import is two steps, so a person sees what will happen before anything changes::

    preview = preview_import(path, local)   # CsvError if the file or its header is unusable
    preview.added, preview.changed, preview.unchanged   # contact ids
    preview.problems                        # RowProblem(line, id, problems) for each bad row
    apply_import(preview, local)            # every row in one transaction, or CsvError and none

Files are read as UTF-8 (with or without a byte order mark), else as Windows-1252 when no
UTF-8 character is in them; a mix is refused with the line of the first odd byte
(``CsvEncodingError``) until the person chooses how to read it (``encoding``, one of
``fileio.text_files.CHOICES``). NUL bytes and files over ``MAX_BYTES`` are refused. Columns may
come in any order; a missing or unexpected column is an error naming it. Each row is checked
with ``core.contact_fields.row_problems``; wholly empty rows are skipped; ids get the
``local-`` prefix. Line numbers are the file's, counting the header as line 1.

Spreadsheet formulas: values are always stored exactly as text. On export, a cell that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, possibly after single quotes, gets
one more single quote in front (OWASP's advice against CSV injection), so a spreadsheet shows
it as text; so does each part after a ``;``, where spreadsheets in many languages split
cells. On import, one leading single quote is removed from each such part that starts with
one or more quotes followed by one of those characters. So export then import gives back exactly
the same values, and a phone number such as ``+44 20 7946 0000`` survives the round trip.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from send_routes.core.contact_fields import CONTACT_COLUMNS
from send_routes.core.guidance import Contact
from send_routes.fileio import text_files
from send_routes.fileio.atomic import WriteError, write_atomically
from send_routes.user_store.local_contacts import LocalContacts, clean_row, problems_of
from send_routes.user_store.user_db import StorageError

#: Where a spreadsheet in many European languages splits a line into cells.
SEPARATOR = ";"
_FORMULA = re.compile(r"^'*[=+\-@\t\r]")
_QUOTED_FORMULA = re.compile(r"^'+[=+\-@\t\r]")


MAX_BYTES = 8 * 1024 * 1024
ENCODING_CHOICES = text_files.CHOICES


class CsvError(Exception):
    """The file cannot be imported at all; the message says why."""


class CsvEncodingError(CsvError):
    """UTF-8 except for some bytes: ask the person, then call again with ``encoding``."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line
        self.choices = ENCODING_CHOICES


@dataclass(frozen=True)
class RowProblem:
    """A row that cannot be imported, with its line number in the file."""

    line: int
    id: str
    problems: tuple[str, ...]

    def __str__(self) -> str:
        return f"line {self.line}: " + "; ".join(self.problems)


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do; nothing has changed yet."""

    rows: tuple[dict[str, str], ...]
    added: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    problems: tuple[RowProblem, ...]

    @property
    def can_apply(self) -> bool:
        return not self.problems


def neutralise(value: str) -> str:
    """``value`` made safe to open in a spreadsheet (a quote before formula-like text).

    Each part after a ``;`` counts as a cell too: a spreadsheet set to a language that
    separates values with ``;`` (German, French, Dutch Excel) splits the cell there.
    """
    return SEPARATOR.join(
        "'" + part if _FORMULA.match(part) else part for part in value.split(SEPARATOR)
    )


def restore(value: str) -> str:
    """The value that ``neutralise`` was given (removes the quotes it added)."""
    return SEPARATOR.join(
        part[1:] if _QUOTED_FORMULA.match(part) else part for part in value.split(SEPARATOR)
    )


def decode(data: bytes, name: str = "The file", encoding: str | None = None) -> str:
    """The text of a CSV file (see the module docstring); ``encoding`` is the person's choice."""
    try:
        return text_files.decode_text(data, name, encoding)
    except text_files.MixedEncoding as error:
        raise CsvEncodingError(str(error), error.line) from error
    except text_files.TextFileError as error:
        raise CsvError(str(error)) from error


def _header(header: list[str]) -> list[str]:
    names = [name.strip() for name in header]
    missing = [column for column in CONTACT_COLUMNS if column not in names]
    unexpected = [name for name in names if name not in CONTACT_COLUMNS]
    duplicated = sorted({name for name in names if names.count(name) > 1})
    messages = []
    if missing:
        messages.append(f"missing column(s): {', '.join(missing)}")
    if unexpected:
        messages.append(f"unexpected column(s): {', '.join(unexpected) or '(blank)'}")
    if duplicated:
        messages.append(f"repeated column(s): {', '.join(duplicated)}")
    if messages:
        raise CsvError(
            f"The first line must name the columns {', '.join(CONTACT_COLUMNS)}: "
            + "; ".join(messages)
            + "."
        )
    return names


def read_rows(text: str) -> Iterator[tuple[int, dict[str, str] | str]]:
    """``(line, row)`` for each non-empty record; ``row`` is a message when it is malformed."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        names = _header(next(reader))
    except StopIteration:
        raise CsvError("The file is empty.") from None
    last_line = reader.line_num
    try:
        for cells in reader:
            line, last_line = last_line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(names):
                yield line, f"has {len(cells)} cells but the header has {len(names)}"
                continue
            yield line, {name: restore(cell) for name, cell in zip(names, cells, strict=True)}
    except csv.Error as error:
        raise CsvError(f"line {reader.line_num}: the file is not valid CSV ({error}).") from error


def _check_rows(
    records: Iterable[tuple[int, dict[str, str] | str]],
) -> Iterator[tuple[int, dict[str, str], list[str]]]:
    """Each record as a cleaned row with its problems, duplicated ids included."""
    seen: dict[str, int] = {}
    for line, raw in records:
        if isinstance(raw, str):
            yield line, clean_row({}), [raw]
            continue
        row = clean_row(raw)
        found = problems_of(row)
        if row["id"] in seen:
            found.append(f"id '{row['id']}' is also on line {seen[row['id']]}")
        seen.setdefault(row["id"], line)
        yield line, row, found


def preview_import(path: Path, local: LocalContacts, encoding: str | None = None) -> ImportPreview:
    """Read and check ``path`` against the own contacts, changing nothing.

    CsvEncodingError when the file mixes UTF-8 and other bytes: call again with
    ``encoding`` set to one of ``ENCODING_CHOICES`` once the person has chosen.
    """
    try:
        data = text_files.read_capped(Path(path), MAX_BYTES)
    except text_files.TextFileError as error:
        raise CsvError(str(error)) from error
    text = decode(data, str(path), encoding)
    existing = local.rows()
    rows: list[dict[str, str]] = []
    groups: dict[str, list[str]] = {"added": [], "changed": [], "unchanged": []}
    problems: list[RowProblem] = []
    for line, row, found in _check_rows(read_rows(text)):
        if found:
            problems.append(RowProblem(line, row["id"], tuple(found)))
            continue
        rows.append(row)
        old = existing.get(row["id"])
        group = "added" if old is None else "unchanged" if old == row else "changed"
        groups[group].append(row["id"])
    return ImportPreview(
        tuple(rows),
        tuple(groups["added"]),
        tuple(groups["changed"]),
        tuple(groups["unchanged"]),
        tuple(problems),
    )


def apply_import(preview: ImportPreview, local: LocalContacts) -> int:
    """Save every previewed row in one transaction; returns how many were added or changed."""
    if not preview.can_apply:
        raise CsvError(
            f"Nothing was imported: {len(preview.problems)} row(s) have problems, "
            f"first {preview.problems[0]}."
        )
    wanted = set(preview.added) | set(preview.changed)
    local.save_rows(row for row in preview.rows if row["id"] in wanted)
    return len(wanted)


def _cells(contact: Contact) -> list[str]:
    values = {
        **{column: str(getattr(contact, column, "")) for column in CONTACT_COLUMNS},
        "routes": ";".join(contact.routes),
        "source": ";".join(contact.source),
    }
    return [neutralise(values[column]) for column in CONTACT_COLUMNS]


def to_csv(contacts: Iterable[Contact]) -> bytes:
    """The CSV bytes (UTF-8 with a byte order mark, which Excel needs to show "£" right)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(CONTACT_COLUMNS)
    writer.writerows(_cells(contact) for contact in contacts)
    return out.getvalue().encode("utf-8-sig")


def export_csv(contacts: Iterable[Contact], path: Path) -> None:
    """Write ``contacts`` to ``path`` atomically (StorageError if it cannot be written)."""
    try:
        write_atomically(Path(path), to_csv(contacts))
    except WriteError as error:
        raise StorageError(str(error)) from error
