"""The text of a plan the adviser opens for the wording check: plain text, .docx or a PDF.

Untrusted files, so every read is bounded: regular files only (never a device or a pipe),
a size cap on the file, and for a .docx a cap on how much its document part may inflate to
and a refusal of any DTD (no entity tricks). A .docx is read with the standard library's
zip and XML readers (a Word document's text is its ``w:p`` paragraphs of ``w:t`` runs);
a PDF with pypdf, page by page up to a page cap. A PDF with no text (a scan) says so.

A PDF keeps no paragraphs, only the lines a sentence was wrapped onto, so a well-specified
sentence could be split ("30 minutes of therapy," / "three times a week.") and its first
half flagged as saying nothing of how often: a line that starts with a small letter is
joined to the one before unless that one ends a sentence or an item.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from send_routes.fileio import text_files
from send_routes.fileio.clip import clip_path
from send_routes.fileio.regular_file import NotAFile, read_regular, reason

FILE_LIMIT = 32 * 1024 * 1024
DOCX_PART_LIMIT = 64 * 1024 * 1024
PAGE_LIMIT = 500
WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class DocumentError(ValueError):
    """The file cannot be read as a plan; the message says why in plain words."""


def _read(path: Path) -> bytes:
    """Opened without blocking (``regular_file``), so a path swapped for a pipe after it
    was looked at is still refused rather than waited on."""
    shown = clip_path(path)
    try:
        data = read_regular(path, FILE_LIMIT)
    except NotAFile as error:
        raise DocumentError(f"{shown} is not a regular file.") from error
    except OSError as error:
        raise DocumentError(f"Cannot open {shown}: {reason(error)}.") from error
    if len(data) > FILE_LIMIT:
        raise DocumentError(f"{shown} is larger than {FILE_LIMIT // (1024 * 1024)} MB.")
    return data


def docx_lines(data: bytes, name: str) -> list[str]:
    """The paragraphs of a Word document, one line each (tables' cells included)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > DOCX_PART_LIMIT:
                raise DocumentError(f"{name}: the document is too large to read.")
            with archive.open(info) as part:
                xml = part.read(DOCX_PART_LIMIT + 1)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError) as error:
        raise DocumentError(f"{name} is not a Word document (.docx) that can be read.") from error
    if len(xml) > DOCX_PART_LIMIT or b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        raise DocumentError(f"{name}: the document cannot be read safely.")
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as error:
        raise DocumentError(f"{name}: the document is damaged ({error}).") from error
    lines = []
    for paragraph in root.iter(f"{WORD}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{WORD}t" and node.text:
                parts.append(node.text)
            elif node.tag in (f"{WORD}tab",):
                parts.append("\t")
            elif node.tag in (f"{WORD}br", f"{WORD}cr"):
                parts.append("\n")
        lines.extend("".join(parts).split("\n"))
    return lines


#: A line ending in one of these ends its sentence or item: the next line starts anew.
LINE_ENDS = (".", "!", "?", ":", ";")


def rejoin(lines: list[str]) -> list[str]:
    """Lines wrapped inside a sentence joined again (see the module's docstring)."""
    joined: list[str] = []
    for line in lines:
        before = joined[-1] if joined else ""
        if before and not before.endswith(LINE_ENDS) and line[:1].islower():
            joined[-1] = f"{before} {line}"
        else:
            joined.append(line)
    return joined


def pdf_lines(data: bytes, name: str) -> list[str]:
    """The text lines of a PDF that has text (not a scanned image)."""
    from pypdf import PdfReader  # only when a PDF is opened
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError(f"{name} is protected with a password, so it cannot be read.")
        lines: list[str] = []
        for page in reader.pages[:PAGE_LIMIT]:
            # Some PDF makers space words with tabs: one space reads the same and quotes well.
            lines.extend(
                " ".join(line.split()) for line in (page.extract_text() or "").splitlines()
            )
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, RecursionError) as error:
        raise DocumentError(f"{name} is not a PDF that can be read.") from error
    if not any(line.strip() for line in lines):
        raise DocumentError(
            f"{name} has no text to check: it may be a scan. Copy section F into the box instead."
        )
    return rejoin(lines)


def document_lines(path: Path) -> list[str]:
    """The lines of a text file, a .docx or a PDF (chosen by what the file starts with)."""
    path = Path(path)
    data = _read(path)
    if data.startswith(b"%PDF-"):
        return pdf_lines(data, path.name)
    if data.startswith(b"PK\x03\x04"):
        return docx_lines(data, path.name)
    try:
        return text_files.decode_text(data, path.name, text_files.ODD_BYTES).splitlines()
    except text_files.TextFileError as error:
        raise DocumentError(str(error)) from error
