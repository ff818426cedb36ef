"""Time to make a plan PDF, as a ratio to printing the same HTML with a bare QTextDocument.

Both run in the same process, alternately, so a busy machine slows both alike.

    python benchmarks/plan_pdf.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

from common import ratio, summary, timings_ms
from send_routes.content_build.locate import open_content
from send_routes.core.answers import parse_answers
from send_routes.core.planner import make_plan
from send_routes.export.documents import plan_footer, plan_html, plan_title
from send_routes.export.pages import make_document, pdf_bytes
from send_routes.export.plan_context import DocumentOptions, plan_view

# An exclusion at SEN support: a plan of two or three A4 pages.
ANSWERS = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "sen_support",
    "disagree_with": ["setting"],
    "issues": ["exclusion"],
}


def bare_pdf(html: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer
    return bytes(data.data())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    content = open_content()
    plan = make_plan(content.guidance, parse_answers(ANSWERS), dt.date(2026, 11, 22))
    options = DocumentOptions()
    # The view is built once when the plan is shown; printing renders it.
    view = plan_view(plan, content)

    def ours(_: int) -> bytes:
        html = plan_html(view, options)
        document = make_document(html, options.base_size_pt)
        return pdf_bytes(document, options.paper, plan_footer(), plan_title(options))

    html = plan_html(view, options)
    pages = len(PdfReader(io.BytesIO(ours(0))).pages)
    bare_pdf(html)
    ours_ms, bare_ms = [], []
    for index in range(args.repeat):
        ours_ms += timings_ms(ours, [index])
        bare_ms += timings_ms(bare_pdf, [html])
    (median, _), (bare_median, _) = summary(ours_ms), summary(bare_ms)
    print(
        f"plan PDF ({pages} pages): median {median:.0f} ms (aim under 300 ms); bare "
        f"QTextDocument.print_ of the same HTML: median {bare_median:.0f} ms; "
        f"ratio {ratio(median, bare_median)} (aim within 1.3x)"
    )
    del app


if __name__ == "__main__":
    main()
