"""Print the plan, or save it as a PDF, as a simple text document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from send_routes.core.plan import Plan
from send_routes.export.text import plan_to_text


def plan_document(plan: Plan) -> QTextDocument:
    """The plan as a document that stands alone on paper."""
    document = QTextDocument()
    document.setPlainText(plan_to_text(plan))
    return document


def print_plan(plan: Plan, parent: QWidget | None = None) -> bool:
    """Ask which printer to use, then print; False when the person cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print your plan")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    plan_document(plan).print_(printer)
    return True


def save_plan_pdf(plan: Plan, path: Path) -> None:
    """Write the plan to ``path`` as an A4 PDF; OSError if it could not be written."""
    path.unlink(missing_ok=True)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle("Your plan")
    writer.setCreator("SEND Routes")
    plan_document(plan).print_(writer)
    del writer  # finishes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"Could not write {path}. Choose a folder you can save to.")
