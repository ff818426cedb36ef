"""Helpers for the print, letters and calendar tests: a window showing a plan, and files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from sample_answers import REFUSED_AMEND_AFTER_REVIEW, SETTING_PROVISION
from send_routes.ui.shell.main_window import MainWindow

WITH_DATES = REFUSED_AMEND_AFTER_REVIEW
NO_DATES: dict[str, Any] = {**SETTING_PROVISION, "local_authority": "leicester"}


def show_plan(window: MainWindow, answers: dict[str, Any]) -> None:
    window.start_wizard(dict(answers))
    window.show_check()
    window.show_plan()
    assert window.current_page() is window.plan_page


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """Make every save dialog choose ``target``; the names the dialogs suggested."""
    suggested: list[str] = []

    def choose(*args: Any, **_kwargs: Any) -> tuple[str, str]:
        suggested.append(str(args[2]))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    return suggested


def pdf_text(path: Path) -> str:
    """The PDF's words, each run of white space as one space."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def pdf_pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def print_to(monkeypatch: pytest.MonkeyPatch, output: Path) -> None:
    """Make the print dialog accept at once and the printer write ``output`` as a PDF
    (as if a real printer were set up: the test machine has none)."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    from send_routes.ui.common import printing

    monkeypatch.setattr(printing, "real_printers", lambda: ["Office printer"])

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(output))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
