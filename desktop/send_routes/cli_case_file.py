"""The adviser's case file on the command line: ``send-routes check-wording FILE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from send_routes.cli_commands import EXIT_OK, UsageError


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "check-wording",
        help="mark vague wording in section F of an EHC plan (text, .docx or a PDF with text)",
    )
    check.add_argument("file", type=Path, metavar="FILE", help="the plan, or section F of it")


def check_wording(args: argparse.Namespace) -> int:
    """One line per vague phrase found, with its line and the question to ask; exit 0."""
    from send_routes.content_build.locate import open_content
    from send_routes.core.wording_check import check_lines
    from send_routes.fileio.document_text import DocumentError, document_lines

    try:
        lines = document_lines(args.file)
    except DocumentError as error:
        raise UsageError(str(error)) from error
    findings = check_lines(lines, open_content().case_file.wording)
    for finding in findings:
        sys.stdout.write(finding.as_line() + "\n")
    if not findings:
        print("No vague wording found.", file=sys.stderr)
    return EXIT_OK
