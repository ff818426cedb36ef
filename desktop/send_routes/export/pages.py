"""Lay an HTML document out on pages with a footer, for the printer, PDF and ODT.

The same QTextDocument goes to the print preview, the printer and the PDF writer, so what
a family sees on screen is what they take home.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextDocumentWriter,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 15.0
#: The PDF's resolution; a printer set to the same lays text out the same, page for page.
PDF_DPI = 300


@dataclass(frozen=True)
class Footer:
    """What goes at the bottom of every page besides the page number."""

    text: str


#: A table format property: the table (a picture beside its line) must not be split by a
#: page break, which would put the picture on one page and its words on the next.
KEEP_WHOLE = QTextFormat.Property.UserProperty + 1
#: At most this many tables are moved to a new page in one document.
MAX_MOVES = 500


def mark_tables_whole(document: QTextDocument) -> None:
    """Mark every table in ``document`` to be kept on one page when it is painted."""
    for frame in _tables(document):
        table_format = frame.frameFormat()
        table_format.setProperty(KEEP_WHOLE, True)
        frame.setFrameFormat(table_format)


def keep_marked_tables_whole(document: QTextDocument) -> None:
    """Start a marked table on a new page where the page size would split it (one at a
    time from the top, as each move shifts everything after it)."""
    height = document.pageSize().height()
    if height <= 0:
        return
    layout = document.documentLayout()
    for _ in range(MAX_MOVES):
        split = next(
            (
                frame
                for frame in _tables(document)
                if frame.frameFormat().boolProperty(KEEP_WHOLE)
                and _splits(layout.frameBoundingRect(frame), height)
            ),
            None,
        )
        if split is None:
            return
        table_format = split.frameFormat()
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        split.setFrameFormat(table_format)


def _splits(rect: QRectF, page_height: float) -> bool:
    return int(rect.top() // page_height) != int((rect.bottom() - 1) // page_height)


def _tables(document: QTextDocument) -> list[QTextFrame]:
    return [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]


def make_document(html: str, base_size_pt: int) -> QTextDocument:
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSize(base_size_pt)
    # No ligatures: text copied or read aloud from the PDF keeps "fi" as two letters.
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    document.setDefaultFont(font)
    document.setHtml(html)
    return document


def page_layout(paper: str) -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(PAPER.get(paper, PAPER["a4"])),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, footer: Footer) -> int:
    """Draw ``document`` on ``device`` page by page, with "Page x of y" and the footer."""
    dpi = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(dpi)
    footer_height = dpi * 0.45  # about 11 mm: two lines of small text
    body = QSizeF(area.width(), area.height() - footer_height)
    layout = document.documentLayout()
    layout.setPaintDevice(device)
    document.setPageSize(body)
    keep_marked_tables_whole(document)
    pages = document.pageCount()
    painter = QPainter(device)
    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(max(8.0, document.defaultFont().pointSizeF() * 0.75))
    for index in range(pages):
        if index:
            device.newPage()
        painter.save()
        painter.translate(0, -index * body.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, index * body.height(), body.width(), body.height())
        painter.setClipRect(context.clip)
        layout.draw(painter, context)
        painter.restore()
        painter.setFont(footer_font)
        box = QRectF(0, body.height(), body.width(), footer_height)
        text = f"Page {index + 1} of {pages}   ·   {footer.text}"
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
    painter.end()
    return pages


def pdf_bytes(document: QTextDocument, paper: str, footer: Footer, title: str) -> bytes:
    """The document as a PDF with its fonts embedded."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout(paper))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("SEND Routes")
    paint_pages(document, writer, footer)
    del writer
    buffer.close()
    return bytes(data.data())


def odt_bytes(document: QTextDocument) -> bytes:
    """The document as an OpenDocument text file that Word and LibreOffice open."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
    if not writer.write(document):
        raise OSError("The document could not be written as ODT.")
    buffer.close()
    return bytes(data.data())
