"""What the window shows when the content database is missing or broken."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from send_routes.content_store.content import ContentError
from send_routes.ui.common.widgets import ScrollingPage, button, text_label
from send_routes.ui.common.words import marked, tr

TITLE = marked("SEND Routes cannot open its information")
HOW_TO_FIX = marked(
    "How to fix it: uninstall SEND Routes, then install it again from where you got it. "
    "Your saved plans are not affected. If this keeps happening, ask whoever gave you the app."
)


class ContentErrorPage(ScrollingPage):
    """Says what is wrong with the content database and how to fix it, without a traceback."""

    def __init__(self, error: ContentError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("SEND Routes: a problem"))
        self.content.addWidget(text_label(tr(TITLE), "heading"))
        self.problem = text_label(str(error))
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content.addWidget(self.problem)
        self.content.addWidget(text_label(tr(HOW_TO_FIX)))
        self.close_button = button(tr("Close SEND Routes"), tr("Close SEND Routes"))
        self.close_button.clicked.connect(QApplication.closeAllWindows)
        self.content.addWidget(self.close_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.finish()
        self.resize(640, 360)
