"""The F1 help window for the page on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from send_routes.ui.common.widgets import button
from send_routes.ui.common.words import tr


class HelpDialog(QDialog):
    """Help text for one page, in a window that stays open beside the app."""

    def __init__(self, help_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Help for this page"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setAccessibleName(tr("Help for this page"))
        self.text.setOpenLinks(False)
        self.text.setHtml(help_html)
        layout.addWidget(self.text)
        close = button(tr("Close help"), tr("Close help"))
        close.clicked.connect(self.close)
        layout.addWidget(close)
        self.resize(520, 480)
        self.text.setFocus()
