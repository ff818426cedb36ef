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

from send_routes.core.page_words import fill_in
from send_routes.core.plan_words import PAGE

PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 15.0
#: The PDF's resolution; a printer set to the same lays text out the same, page for page.
PDF_DPI = 300


@dataclass(frozen=True)
class Footer:
    """What goes at the bottom of every page besides the page number."""

    text: str
    #: "Page {page} of {pages}", in the document's language.
    page: str = PAGE


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


def make_document(
    html: str, base_size_pt: int, script_families: tuple[str, ...] = ()
) -> QTextDocument:
    """The HTML laid out in DejaVu Sans; with ``script_families`` (a bundled Noto font)
    those first, for text the HTML gives no font and for the footer."""
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    if script_families:
        font.setFamilies([*script_families, "DejaVu Sans"])
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


def _body_size(device: QPagedPaintDevice) -> tuple[QSizeF, float]:
    """The page's area for the document, and the footer's height under it (device units)."""
    dpi = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(dpi)
    footer_height = dpi * 0.45  # about 11 mm: two lines of small text
    return QSizeF(area.width(), area.height() - footer_height), footer_height


def page_one_fits(document: QTextDocument, paper: str) -> bool:
    """Whether the document's first table (a bilingual page 1) ends on the first page, as
    the PDF writer lays it out (a printer at another resolution lays it out the same)."""
    tables = _tables(document)
    if not tables:
        return True
    writer = QPdfWriter(QBuffer())
    writer.setPageLayout(page_layout(paper))
    writer.setResolution(PDF_DPI)
    body, _ = _body_size(writer)
    layout = document.documentLayout()
    layout.setPaintDevice(writer)
    document.setPageSize(body)
    bottom = layout.frameBoundingRect(tables[0]).bottom()
    layout.setPaintDevice(None)  # type: ignore[arg-type]
    return bottom <= body.height()


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, footer: Footer) -> int:
    """Draw ``document`` on ``device`` page by page, with "Page x of y" and the footer."""
    body, footer_height = _body_size(device)
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
        page = fill_in(footer.page, {"page": str(index + 1), "pages": str(pages)})
        text = f"{page}   ·   {footer.text}"
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
