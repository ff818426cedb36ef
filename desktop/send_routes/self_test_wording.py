"""Self-test: the wording check reads a .docx and a PDF, and the .docx writer works, here.

The readers (the standard library's zip and XML for .docx, pypdf for PDF) are imported only
when a file is opened, so only running them proves a frozen copy bundled them. This runs
``send-routes check-wording`` itself on two small samples made by another program
(LibreOffice: ``resources/self_test/``), then writes the working document as a .docx and
checks it the same way. Nothing is written but into the self-test's temporary folder.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

#: The bundled samples: section F with two vague lines and one well-specified line.
SAMPLES = ("section_f_sample.docx", "section_f_sample.pdf")
SAMPLE_LINES = (
    "Section F: special educational provision (self-test sample)",
    "Sam will have access to a speech and language therapist.",
    "Sam will receive regular support from a teaching assistant.",
    "A therapist will give Sam 30 minutes of therapy three times a week.",
)
#: What the check must print for the samples (line 4, well specified, is never flagged).
EXPECTED = ('line 2: "access to":', 'line 3: "regular":')
SPECIFIED_LINE = 4


class WordingCheckFailed(Exception):
    """The wording check or its readers did not work; the message says how."""


def run_check_wording(path: Path) -> list[str]:
    """``send-routes check-wording PATH`` in this process: the lines it printed."""
    from send_routes.cli import main

    printed, said = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(said):
        status = main(["check-wording", str(path)])
    if status != 0:
        raise WordingCheckFailed(f"{path.name}: exit status {status}: {said.getvalue().strip()}")
    return printed.getvalue().splitlines()


def _check_sample(path: Path) -> None:
    found = run_check_wording(path)
    missing = [want for want in EXPECTED if not any(line.startswith(want) for line in found)]
    if missing:
        raise WordingCheckFailed(f"{path.name}: not found {', '.join(missing)} in {found}")
    if any(line.startswith(f"line {SPECIFIED_LINE}:") for line in found):
        raise WordingCheckFailed(f"{path.name}: a well-specified line was flagged")


def check_wording(resources: Path, folder: Path) -> None:
    """The samples give the expected findings; the working document round-trips as .docx."""
    from send_routes.content_build.locate import open_content
    from send_routes.export.docx_writer import working_document_docx
    from send_routes.fileio.document_text import document_lines

    for name in SAMPLES:
        _check_sample(resources / "self_test" / name)
    content = open_content()
    try:
        data = working_document_docx(SAMPLE_LINES[1:], content.case_file)
    finally:
        content.close()
    written = folder / "working document.docx"
    written.write_bytes(data)
    read = document_lines(written)
    if not set(SAMPLE_LINES[1:]) <= set(read):
        raise WordingCheckFailed(f"the working document did not read back: {read}")
    found = run_check_wording(written)
    for phrase in ('"access to"', '"regular"'):
        if not any(phrase in line for line in found):
            raise WordingCheckFailed(f"the working document: {phrase} not found")
