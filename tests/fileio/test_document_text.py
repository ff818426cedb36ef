"""A plan opened for the wording check: text, .docx or a PDF with text, read with limits."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfWriter

from send_routes.export.pages import Footer, make_document, pdf_bytes
from send_routes.fileio import document_text
from send_routes.fileio.document_text import DocumentError, document_lines

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(paragraphs: list[str], extra: str = "") -> bytes:
    body = "".join(
        f"<w:p><w:r><w:t>{text.split('|')[0]}</w:t></w:r>"
        + "".join(
            f'<w:r><w:t xml:space="preserve">{more}</w:t></w:r>' for more in text.split("|")[1:]
        )
        + "</w:p>"
        for text in paragraphs
    )
    xml = f'<?xml version="1.0"?>{extra}<w:document {W}><w:body>{body}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def test_a_word_documents_paragraphs_are_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(docx(["Section F", "Sam will have |access to| support."]))
    assert document_lines(path) == ["Section F", "Sam will have access to support."]


def test_a_pdf_with_text_is_read_and_a_scan_is_refused(tmp_path: Path, qapp: object) -> None:
    html = "<p>Section F</p><p>Sam will receive regular support.</p>"
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf_bytes(make_document(html, 11), "a4", Footer(""), "Plan"))
    lines = [line.strip() for line in document_lines(path)]
    assert "Sam will receive regular support." in lines
    blank = PdfWriter()
    blank.add_blank_page(595, 842)  # a page with no text on it, as a scan has
    empty = tmp_path / "scan.pdf"
    with empty.open("wb") as handle:
        blank.write(handle)
    with pytest.raises(DocumentError, match="no text"):
        document_lines(empty)


def test_plain_text_in_either_encoding_is_read(tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes("Up to 3 hours\r\ncaf\xe9".encode("cp1252"))
    assert document_lines(path) == ["Up to 3 hours", "café"]


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="not a regular file"):
        document_lines(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match="not a regular file"):
        document_lines(fifo)  # would block for ever if it were opened
    with pytest.raises(DocumentError, match="not a regular file"):
        document_lines(Path("/dev/zero"))  # would never end if it were read


def test_a_huge_path_is_cut_in_the_message(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as refused:
        document_lines(tmp_path / ("x" * 250) / ("y" * 250) / "plan.txt")
    assert len(str(refused.value)) < 400 and "Errno" not in str(refused.value)


def test_a_large_file_and_a_swollen_docx_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_text, "FILE_LIMIT", 100)
    big = tmp_path / "big.txt"
    big.write_text("x" * 101)
    with pytest.raises(DocumentError, match="larger than"):
        document_lines(big)
    monkeypatch.setattr(document_text, "FILE_LIMIT", 10_000_000)
    monkeypatch.setattr(document_text, "DOCX_PART_LIMIT", 1000)
    swollen = tmp_path / "swollen.docx"
    swollen.write_bytes(docx(["a" * 5000]))
    with pytest.raises(DocumentError, match="too large"):
        document_lines(swollen)


def test_a_docx_with_entities_or_damage_is_refused(tmp_path: Path) -> None:
    laughs = '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]>'
    path = tmp_path / "laughs.docx"
    path.write_bytes(docx(["&a;"], extra=laughs))
    with pytest.raises(DocumentError, match="safely"):
        document_lines(path)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DocumentError, match="not a Word document"):
        document_lines(broken)


def test_a_sentence_a_pdf_wrapped_is_one_line_again(tmp_path: Path, qapp: object) -> None:
    sentence = (
        "A speech and language therapist will give Sam 30 minutes of individual therapy in "
        "a quiet room, three times a week, for the whole of the school year."
    )
    html = f"<p>Section F:</p><p>{sentence}</p><p>Sam will receive regular support</p>"
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf_bytes(make_document(html, 11), "a4", Footer(""), "Plan"))
    lines = [line.strip() for line in document_lines(path)]
    assert sentence in lines  # wrapped on the page, one line again
    assert "Sam will receive regular support" in lines  # an item with no full stop stays apart


def test_only_a_line_starting_small_after_an_unfinished_one_is_joined() -> None:
    lines = ["Section F:", "Sam will get", "support daily.", "Then more", "Another item", ""]
    assert document_text.rejoin(lines) == [
        "Section F:",
        "Sam will get support daily.",
        "Then more",
        "Another item",
        "",
    ]
