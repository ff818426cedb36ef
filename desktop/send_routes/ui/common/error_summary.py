"""The GOV.UK error summary: 'There is a problem', with a link to each field that needs fixing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from send_routes.ui.common.widgets import button, text_label
from send_routes.ui.common.words import marked, tr

TITLE = marked("There is a problem")


class ErrorSummary(QFrame):
    """A box at the top of a page listing what to fix; it is announced, and focus goes to
    the field that needs fixing (the summary stays reachable with Shift+Tab)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorSummary")
        self.setProperty("role", "warning")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr(TITLE))
        self.setStyleSheet(
            "#errorSummary { border: 4px solid palette(bright-text); padding: 8px; }"
            "#errorSummary:focus { border: 4px solid palette(highlight); }"
        )
        self._layout = QVBoxLayout(self)
        self.title: QLabel = text_label(tr(TITLE), "subheading")
        self._layout.addWidget(self.title)
        self.links: list[QPushButton] = []
        self.hide()

    def show_error(self, message: str, field: QWidget) -> None:
        """Show ``message``, linked to ``field``; tell screen readers, then focus the field."""
        self.clear()
        link = button(message, message, tr("Go to the answer that needs fixing"), role="link")
        link.clicked.connect(lambda: field.setFocus(Qt.FocusReason.OtherFocusReason))
        self._layout.addWidget(link, alignment=Qt.AlignmentFlag.AlignLeft)
        self.links.append(link)
        QWidget.setTabOrder(self, link)  # new widgets join the end of the Tab chain otherwise
        self.setAccessibleDescription(message)
        self.show()
        from PySide6.QtGui import QAccessible, QAccessibleEvent  # not before the first paint

        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        for link in self.links:
            link.deleteLater()
        self.links.clear()
        self.setAccessibleDescription("")
        self.hide()

    @property
    def messages(self) -> list[str]:
        return [link.text() for link in self.links]
