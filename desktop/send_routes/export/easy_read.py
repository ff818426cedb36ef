"""The Easy Read plan from the content store: its view, its text, and its document.

The document is the Easy Read template (``resources/templates/easy_read.html``) through one
QTextDocument, as the ordinary plan is, with the pictures rendered from their SVG files
into the document at print resolution. Text is at least 16 point (fact H41: 14 at least,
16 common), and bold is the only emphasis (H42).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QImage, QImageReader, QPainter, QTextDocument

from send_routes import paths
from send_routes.content_store.content import ContentStore
from send_routes.core.easy_read_view import EasyPlanView
from send_routes.core.plan import Plan
from send_routes.export.easy_read_text import easy_read_view
from send_routes.export.pages import (
    Footer,
    make_document,
    mark_tables_whole,
    odt_bytes,
    pdf_bytes,
)
from send_routes.export.plan_context import DocumentOptions
from send_routes.export.templates import render
from send_routes.fileio.atomic import write_atomically
from send_routes.wording import NOT_LEGAL_ADVICE

#: Easy Read text size: 16 point, 20 with large print (fact H41).
BASE_PT = 16
LARGE_PT = 20
#: Pictures are drawn at this size in points, and rendered at print resolution.
PICTURE_PT = 32
PICTURE_PX = 200


def size_pt(options: DocumentOptions) -> int:
    return LARGE_PT if options.large_print else BASE_PT


@dataclass(frozen=True)
class Look:
    """How the document looks: printed (black on white, ``size_pt``) or on a screen in the
    window's theme and text size (light text and pictures on a dark theme)."""

    size: int = BASE_PT
    colour: str = "#000000"
    light_pictures: bool = False


def printed(options: DocumentOptions) -> Look:
    return Look(size=size_pt(options))


def easy_read_html(view: EasyPlanView, look: Look) -> str:
    return render(
        "easy_read.html",
        {
            "plan": view,
            "size": look.size,
            "colour": look.colour,
            "picture": PICTURE_PT * look.size // BASE_PT,
            "disclaimer": NOT_LEGAL_ADVICE,
        },
    )


def picture_url(key: str) -> QUrl:
    return QUrl(f"picture:{key}")


@lru_cache(maxsize=256)
def picture_image(key: str, light: bool = False) -> QImage:
    """A picture as a grey-scale image at print resolution (black line drawings; white on
    black when ``light``, for a dark theme). Kept once made: about 1 ms each to render."""
    reader = QImageReader(str(paths.resources_dir() / "pictures" / f"{key}.svg"))
    reader.setScaledSize(QSize(PICTURE_PX, PICTURE_PX))
    image = reader.read()
    if image.isNull():
        raise FileNotFoundError(f"picture {key!r}: {reader.errorString()}")
    # Transparent areas become white, so the picture prints the same on any paper.
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(0xFFFFFF)

    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    grey = flat.convertToFormat(QImage.Format.Format_Grayscale8)
    if light:
        grey.invertPixels()
    return grey


def easy_read_document(view: EasyPlanView, look: Look) -> QTextDocument:
    # The pictures go in first, so the text is laid out once, with them.
    document = make_document("", look.size)
    for key in sorted({line.picture for line in view.all_lines()}):
        image = picture_image(key, look.light_pictures)
        document.addResource(QTextDocument.ResourceType.ImageResource, picture_url(key), image)
    document.setHtml(easy_read_html(view, look))
    mark_tables_whole(document)
    return document


def easy_read_footer() -> Footer:
    """As the plan's footer: not legal advice, without the content build's hash."""
    return Footer(NOT_LEGAL_ADVICE)


def easy_read_bytes(view: EasyPlanView, options: DocumentOptions, kind: str) -> bytes:
    document = easy_read_document(view, printed(options))
    if kind == "pdf":
        return pdf_bytes(document, options.paper, easy_read_footer(), view.title)
    return odt_bytes(document)


def save_easy_read(
    plan: Plan, content: ContentStore, options: DocumentOptions, path: Path, kind: str
) -> None:
    """Write the Easy Read plan to ``path`` as pdf or odt; WriteError if it cannot be saved."""
    write_atomically(path, easy_read_bytes(easy_read_view(plan, content), options, kind))
