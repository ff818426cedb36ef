"""Print preview and printing: the export engine's pages painted on a QPrinter.

The preview, the printer and the PDF all go through ``export.pages.paint_pages``, so what
the preview shows is what comes out of the printer and what the PDF holds.

Printing never writes a file the person did not choose: Qt's print dialog falls back to
"Print to file" when no printer is set up, and Enter would then write a PDF into the home
folder. So Print first asks Qt for real printers (which is when Qt first talks to the
computer's print service); with none it says so and offers Save as PDF instead. The
document name Qt uses for a default file name and the print queue is neutral, never the
title, which may hold a child's name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox, QWidget

from send_routes.core.letters import Letter
from send_routes.export.documents import letter_document, letter_footer
from send_routes.export.pages import PDF_DPI, Footer, page_layout, paint_pages
from send_routes.ui.common.words import marked, tr

#: The name Qt gives the print job and any default output file: never a child's name.
NEUTRAL_NAME = "SEND Routes document"
#: The print and print preview windows' titles, for the same reason.
PRINT_TITLE = marked("Print – SEND Routes")
PREVIEW_TITLE = marked("Print preview – SEND Routes")
NO_PRINTER = marked(
    "No printer is set up on this computer, so nothing was printed. You can save the "
    "document as a PDF instead, and print that from another computer."
)
#: Printers that only make files (the CUPS PDF printer and the like) are not real ones.
FILE_PRINTER_WORDS = ("pdf", "file")


def real_printers() -> list[str]:
    """The names of the printers that print on paper (asking Qt, so the print service)."""
    names = [info.printerName() for info in QPrinterInfo.availablePrinters()]
    return [name for name in names if not any(w in name.lower() for w in FILE_PRINTER_WORDS)]


def offer_pdf(parent: QWidget | None, save_pdf: Callable[[], None] | None) -> QMessageBox:
    """Say there is no printer and offer Save as PDF (without blocking: the box closes itself)."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("No printer"), tr(NO_PRINTER), parent=parent)
    box.setAccessibleName(tr("No printer"))
    box.setAccessibleDescription(tr(NO_PRINTER))
    if save_pdf is not None:
        save = box.addButton(tr("Save as PDF…"), QMessageBox.ButtonRole.AcceptRole)
        save.clicked.connect(save_pdf)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


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
        printer.setDocName(NEUTRAL_NAME)
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


def print_job(
    job: PrintJob, parent: QWidget | None = None, save_pdf: Callable[[], None] | None = None
) -> bool:
    """Ask which printer to use, then print; False when the person cancels.

    With no real printer, says so and offers ``save_pdf`` instead (False: nothing printed).
    """
    if not real_printers():
        offer_pdf(parent, save_pdf)
        return False
    printer = job.printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr(PRINT_TITLE))  # never the document's title, which may hold a name
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and not printer.outputFileName():
        return False  # "print to file" with no file: nothing the person chose
    job.paint(printer)
    return True


class PreviewDialog(QPrintPreviewDialog):
    """A print preview whose pages are painted by the same code as the printer and the PDF."""

    def __init__(self, job: PrintJob, parent: QWidget | None = None) -> None:
        self.job = job
        self.preview_printer = job.printer()  # the dialog does not own it: keep it alive
        super().__init__(self.preview_printer, parent)
        # A window's title is seen by every program on the desktop (task bar, window list,
        # screen recorders): never the document's title, which may hold a child's name.
        self.setWindowTitle(tr(PREVIEW_TITLE))
        self.setAccessibleName(tr(PREVIEW_TITLE))
        self.paintRequested.connect(job.paint)
        self.resize(900, 760)
        self._name_controls()

    def _name_controls(self) -> None:
        """Qt's own zoom box and page number box come without accessible names."""
        for combo in self.findChildren(QComboBox):
            combo.setAccessibleName(tr("Zoom"))
            editor = combo.lineEdit()
            if editor is not None:
                editor.setAccessibleName(tr("Zoom"))
        for line in self.findChildren(QLineEdit):
            if not line.accessibleName():
                line.setAccessibleName(tr("Page number"))
