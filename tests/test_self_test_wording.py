"""The self-test's wording check: passes here, and fails when the PDF reader is missing or a
well-specified line is flagged (what a frozen copy without pypdf, or a broken reader, gives)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from send_routes import paths
from send_routes.self_test_wording import SAMPLES, WordingCheckFailed, check_wording


def test_the_bundled_samples_and_the_docx_writer_pass(tmp_path: Path) -> None:
    check_wording(paths.resources_dir(), tmp_path)
    assert (tmp_path / "working document.docx").is_file()


def test_without_the_pdf_reader_the_check_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.raises(WordingCheckFailed, match=r"section_f_sample\.pdf"):
        check_wording(paths.resources_dir(), tmp_path)


def test_a_flagged_well_specified_line_fails_the_check(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    (resources / "self_test").mkdir(parents=True)
    sample = (paths.resources_dir() / "self_test" / "section_f_sample.txt").read_text()
    vague_last = sample.replace("30 minutes of therapy three times a week", "regular therapy")
    # A text file stands in for the .docx: the reader is chosen by content, not by name.
    for name in SAMPLES:
        (resources / "self_test" / name).write_text(vague_last, encoding="utf-8")
    with pytest.raises(WordingCheckFailed, match="well-specified"):
        check_wording(resources, tmp_path)
