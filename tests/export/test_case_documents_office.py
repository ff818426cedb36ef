"""The chronology ODT and the working document .docx, opened by a real office suite.

LibreOffice converts each to plain text; when it is not installed these tests are skipped
(the ODT's package and XML are still checked in test_case_documents.py).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from send_routes.content_store.content import ContentStore
from send_routes.core.case_papers import ChronologyRow
from send_routes.export.case_documents import chronology_paper
from send_routes.export.docx_writer import working_document_docx

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def _as_text(path: Path, tmp_path: Path) -> str:
    assert SOFFICE is not None
    subprocess.run(
        [
            SOFFICE,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--convert-to",
            "txt:Text",
            "--outdir",
            str(tmp_path / "out"),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return (tmp_path / "out" / (path.stem + ".txt")).read_text(encoding="utf-8-sig")


def test_libreoffice_opens_the_chronology_odt(tmp_path: Path, qapp: object) -> None:
    rows = [
        ChronologyRow("Thursday 1 October 2026", "Kent County Council", "Decision letter", "x"),
        ChronologyRow("Tuesday 3 November 2026", "SENCO", "Phone call: said wait", "y"),
    ]
    path = tmp_path / "chronology.odt"
    path.write_bytes(chronology_paper(rows, "Case 3f9a2c").to_bytes("odt"))
    text = _as_text(path, tmp_path)
    for expected in ("Chronology", "What it means", "Kent County Council", "Phone call: said wait"):
        assert expected in text


def test_libreoffice_opens_the_working_document_docx(tmp_path: Path, content: ContentStore) -> None:
    data = working_document_docx(["Sam will receive regular support."], content.case_file)
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    path = tmp_path / "working.docx"
    path.write_bytes(data)
    text = _as_text(path, tmp_path)
    assert "Sam will receive regular support." in text and "Bold and struck through" in text
