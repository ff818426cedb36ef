"""The adviser area's locked states: choose a passphrase once, then unlock with it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from send_routes.ui.common.widgets import button, text_label
from send_routes.ui.common.words import marked, tr

MIN_LENGTH = 8
NO_RECOVERY = marked(
    "Write the passphrase down somewhere safe. There is no way to recover a forgotten "
    "passphrase: nobody, not even the makers of SEND Routes, can open the saved cases without it."
)


def password_box(name: str) -> QLineEdit:
    box = QLineEdit()
    box.setEchoMode(QLineEdit.EchoMode.Password)
    box.setAccessibleName(name)
    return box


class SetUpPanel(QWidget):
    """Choose the passphrase that protects every saved case (asked only once)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text_label(tr("Choose a passphrase"), "subheading"))
        layout.addWidget(
            text_label(
                tr(
                    "Saved cases are encrypted with a passphrase. Use a few words that are easy "
                    "for you to remember and hard to guess, at least {min_length} characters."
                ).format(min_length=MIN_LENGTH)
            )
        )
        layout.addWidget(text_label(tr(NO_RECOVERY), "warning"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.first = password_box(tr("New passphrase"))
        self.second = password_box(tr("New passphrase again"))
        form.addRow(tr("New passphrase"), self.first)
        form.addRow(tr("New passphrase again"), self.second)
        layout.addLayout(form)
        self.set_button = button(
            tr("Set passphrase"), tr("Set passphrase"), tr("Start saving cases")
        )
        self.set_button.clicked.connect(self._submit)
        self.second.returnPressed.connect(self._submit)
        layout.addWidget(self.set_button, alignment=Qt.AlignmentFlag.AlignLeft)

    def problem(self) -> str | None:
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_LENGTH:
            return f"The passphrase must be at least {MIN_LENGTH} characters long."
        if first != second:
            return "The two passphrases are not the same. Type them again."
        return None

    def _submit(self) -> None:
        self.chosen.emit(self.first.text())

    def clear(self) -> None:
        self.first.setText("")
        self.second.setText("")


class UnlockPanel(QWidget):
    """Type the passphrase to see the saved cases."""

    entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text_label(tr("Unlock saved cases"), "subheading"))
        layout.addWidget(
            text_label(tr("The saved cases are locked. Type the passphrase to open them."))
        )
        self.box = password_box(tr("Passphrase"))
        label = text_label(tr("Passphrase"))
        label.setBuddy(self.box)
        layout.addWidget(label)
        layout.addWidget(self.box)
        self.unlock_button = button(tr("Unlock"), tr("Unlock saved cases"))
        self.unlock_button.clicked.connect(self._submit)
        self.box.returnPressed.connect(self._submit)
        layout.addWidget(self.unlock_button, alignment=Qt.AlignmentFlag.AlignLeft)

    def _submit(self) -> None:
        self.entered.emit(self.box.text())

    def clear(self) -> None:
        self.box.setText("")
