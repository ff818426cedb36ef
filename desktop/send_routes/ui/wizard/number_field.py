"""A box for a whole number (such as the year of a move), checked against the contract."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from send_routes.core.contract import INTEGER_KEYS
from send_routes.core.guidance import plain
from send_routes.core.questions import Question
from send_routes.ui.common.widgets import text_label
from send_routes.ui.common.words import shown, tr
from send_routes.ui.wizard.choice_fields import FieldError


class NumberField(QWidget):
    """One box that takes digits only; empty means the answer is left out."""

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.setAccessibleName(plain(shown(question.text)))
        self.low, self.high = INTEGER_KEYS[question.key]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = text_label(
            tr("A number from {low} to {high}").format(low=self.low, high=self.high), "hint"
        )
        layout.addWidget(caption)
        self.box = QLineEdit()
        self.box.setAccessibleName(plain(shown(question.text)))
        self.box.setAccessibleDescription(caption.text())
        digits = len(str(self.high))
        self.box.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{digits}}}"), self.box)
        )
        self.box.setMaxLength(digits)
        self.box.setFixedWidth(self.box.fontMetrics().horizontalAdvance("0") * (digits + 3) + 24)
        caption.setBuddy(self.box)
        layout.addWidget(self.box)

    def value(self) -> int | None:
        """The number typed, None when empty, or FieldError when it is out of range."""
        text = self.box.text().strip()
        if not text:
            return None
        number = int(text)
        if not self.low <= number <= self.high:
            raise FieldError(
                tr("Enter a number from {low} to {high}").format(low=self.low, high=self.high)
            )
        return number

    def set_value(self, value: object) -> None:
        self.box.setText(str(value) if isinstance(value, int) else "")

    def focus_target(self) -> QWidget:
        return self.box
