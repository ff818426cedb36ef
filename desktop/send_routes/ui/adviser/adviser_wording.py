"""The EHC plan wording check in the adviser area: paste section F or open the plan.

Widgets only. Nothing leaves the machine: the text is checked in memory against the
content's rules, and forgotten with the rest of the session.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

from send_routes.core.wording_check import Finding
from send_routes.ui.common.widgets import button, text_label
from send_routes.ui.common.words import tr


class WordingPanel(QWidget):
    """``check_requested``, ``open_requested`` and ``save_requested`` go to the actions."""

    check_requested = Signal()
    open_requested = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text_label(tr("Check the wording of section F"), "subheading"))
        layout.addWidget(
            text_label(
                tr(
                    "Paste section F of the EHC plan, or open the plan (.docx, a PDF with text, "
                    "or text). Each vague phrase is listed with the question to ask."
                ),
                "hint",
            )
        )
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("Section F of the plan"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().height() * 6)
        layout.addWidget(self.text)
        self.check = button(tr("Check the wording"), tr("Check the wording of section F"))
        self.open = button(
            tr("Open a plan…"), tr("Open a plan to check (.docx, PDF or text)"), role="secondary"
        )
        self.save = button(
            tr("Save as a working document…"),
            tr("Save section F as a working document with the marking key"),
            role="secondary",
        )
        self.check.clicked.connect(self.check_requested)
        self.open.clicked.connect(self.open_requested)
        self.save.clicked.connect(self.save_requested)
        for widget in (self.check, self.open, self.save):
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignLeft)
        self.summary = text_label("", "hint")
        self.summary.setAccessibleName(tr("Wording check result"))
        layout.addWidget(self.summary)
        self.results = QListWidget()
        self.results.setAccessibleName(tr("Phrases to ask about"))
        self.results.setWordWrap(True)
        self.results.setMinimumHeight(self.fontMetrics().height() * 6)
        layout.addWidget(self.results)

    def lines(self) -> list[str]:
        return self.text.toPlainText().splitlines()

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self.results.clear()
        for finding in findings:
            self.results.addItem(finding.as_line())
        count = len(findings)
        self.summary.setText(
            "No vague wording found."
            if not count
            else f"{count} thing{'s' if count != 1 else ''} to ask about."
        )

    def clear(self) -> None:
        self.text.setPlainText("")
        self.results.clear()
        self.summary.setText("")
