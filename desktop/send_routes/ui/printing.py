"""Print preview and printing: the export engine's pages painted on a QPrinter.

The preview, the printer and the PDF all go through ``export.pages.paint_pages``, so what
the preview shows is what comes out of the printer and what the PDF holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from send_routes.core.letters import Letter
from send_routes.export.documents import letter_document, letter_footer
from send_routes.export.pages import PDF_DPI, Footer, page_layout, paint_pages


class PrintJob:
    """One document to preview or print: made fresh for each painting, with its footer."""

    def __init__(
        self, title: str, paper: str, footer: Footer, make: Callable[[], QTextDocument]
    ) -> None:
        self.title = title
        self.paper = paper
        self.footer = footer
        self.make = make
        self.pages_painted = 0

    def printer(self) -> QPrinter:
        """A printer set to the job's paper and margins, at the PDF's resolution.

        The same resolution as ``export.pages.pdf_bytes`` lays the text out the same way,
        so the preview and the printer break pages where the PDF does.
        """
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PDF_DPI)
        printer.setPageLayout(page_layout(self.paper))
        printer.setDocName(self.title)
        printer.setCreator("SEND Routes")
        return printer

    def paint(self, printer: QPrinter) -> int:
        """Paint the document on ``printer``; the number of pages."""
        self.pages_painted = paint_pages(self.make(), printer, self.footer)
        return self.pages_painted


def letter_job(letter: Letter, body: str, paper: str = "a4") -> PrintJob:
    """A letter (with its edited text) as saved by ``export.documents.save_letter``."""
    return PrintJob(
        letter.title, paper, letter_footer(letter), lambda: letter_document(letter, body)
    )


def print_job(job: PrintJob, parent: QWidget | None = None) -> bool:
    """Ask which printer to use, then print; False when the person cancels."""
    printer = job.printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"Print: {job.title}")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    job.paint(printer)
    return True


class PreviewDialog(QPrintPreviewDialog):
    """A print preview whose pages are painted by the same code as the printer and the PDF."""

    def __init__(self, job: PrintJob, parent: QWidget | None = None) -> None:
        self.job = job
        self.preview_printer = job.printer()  # the dialog does not own it: keep it alive
        super().__init__(self.preview_printer, parent)
        self.setWindowTitle(f"Print preview: {job.title}")
        self.setAccessibleName(f"Print preview: {job.title}")
        self.paintRequested.connect(job.paint)
        self.resize(900, 760)
        self._name_controls()

    def _name_controls(self) -> None:
        """Qt's own zoom box and page number box come without accessible names."""
        for combo in self.findChildren(QComboBox):
            combo.setAccessibleName("Zoom")
            editor = combo.lineEdit()
            if editor is not None:
                editor.setAccessibleName("Zoom")
        for line in self.findChildren(QLineEdit):
            if not line.accessibleName():
                line.setAccessibleName("Page number")
