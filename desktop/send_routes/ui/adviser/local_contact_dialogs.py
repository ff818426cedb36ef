"""Dialogs for the centre's own contacts: add or change one, and preview a CSV import."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from send_routes.core.bidi import isolate
from send_routes.core.contact_fields import CONFIDENCE, CONTACT_COLUMNS, KINDS
from send_routes.ui.common.flow_layout import FlowLayout
from send_routes.ui.common.widgets import button, text_label
from send_routes.ui.common.words import tr
from send_routes.user_store.contacts_csv import ImportPreview
from send_routes.user_store.local_contacts import ContactProblems, clean_row, problems_of
from send_routes.user_store.user_db import StorageError

LABELS = {
    "id": "Id (made for you if empty)",
    "organisation": "Organisation",
    "service": "Service",
    "kind": "Kind of service",
    "local_authority": "Area (empty for national)",
    "phone": "Phone",
    "email": "Email",
    "website": "Website",
    "helps_with": "Helps with",
    "routes": "Routes (ids, separated by ;)",
    "source": "Where this came from (separated by ;)",
    "confidence": "How sure (H, M or L)",
    "source_read": "Last checked (YYYY-MM-DD)",
    "note": "Note",
}
CHOICES = {"kind": ["", *KINDS], "confidence": ["", *CONFIDENCE]}
SaveContact = Callable[[dict[str, str]], None]


def field_of(problem: str) -> str | None:
    """The column a problem from ``row_problems`` is about (they start with its name)."""
    for column in CONTACT_COLUMNS:
        if problem.startswith((f"'{column}'", f"{column} '", "route '")):
            return "routes" if problem.startswith("route '") else column
    return None


class ContactDialog(QDialog):
    """Every CSV column of one contact, with each problem shown under its field."""

    def __init__(
        self,
        fields: Mapping[str, str],
        save: SaveContact,
        areas: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change a contact" if fields.get("id") else "Add a contact")
        self.setAccessibleName(self.windowTitle())
        self._save = save
        self.summary = text_label("", "error")
        self.summary.hide()
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        choices = {**CHOICES, "local_authority": ["", *areas]}
        for column in CONTACT_COLUMNS:
            self.inputs[column] = self._input(column, fields.get(column, ""), choices.get(column))
            self.errors[column] = text_label("", "error")
            self.errors[column].hide()
            cell = QVBoxLayout()
            cell.addWidget(self.errors[column])
            cell.addWidget(self.inputs[column])
            form.addRow(LABELS[column], cell)
        self.inputs["id"].setEnabled(not fields.get("id"))
        self.save_button = button(tr("Save contact"), tr("Save contact"))
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = button(tr("Cancel"), tr("Cancel"), role="secondary")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QWidget()
        row = FlowLayout(buttons)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        body = QWidget()
        body.setLayout(form)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(scroller, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.resize(640, 720)

    @staticmethod
    def _input(column: str, value: str, choices: list[str] | None) -> QLineEdit | QComboBox:
        widget: QLineEdit | QComboBox
        if choices is None:
            widget = QLineEdit(value)
        else:
            widget = QComboBox()
            widget.addItems(choices if value in choices else [*choices, value])
            widget.setCurrentText(value)
        widget.setAccessibleName(LABELS[column])
        return widget

    def fields(self) -> dict[str, str]:
        return {
            column: box.text() if isinstance(box, QLineEdit) else box.currentText()
            for column, box in self.inputs.items()
        }

    def show_problems(self, problems: list[str]) -> None:
        for label in self.errors.values():
            label.hide()
        grouped: dict[str, list[str]] = {}
        for problem in problems:
            grouped.setdefault(field_of(problem) or "", []).append(problem)
        for column, found in grouped.items():
            if column in self.errors:
                self.errors[column].setText("; ".join(found))
                self.errors[column].show()
        count = len(problems)
        self.summary.setText(
            f"There {'is a problem' if count == 1 else f'are {count} problems'}"
            ": " + "; ".join(problems)
        )
        self.summary.setVisible(bool(problems))

    def submit(self) -> None:
        """Check the fields; save and close when they are right."""
        fields = self.fields()
        problems = problems_of(clean_row({**fields, "id": fields["id"] or "local-new"}))
        if problems:
            self.show_problems(problems)
            return
        try:
            self._save(fields)
        except ContactProblems as error:
            self.show_problems(error.problems)
            return
        except StorageError as error:
            self.show_problems([str(error)])
            return
        self.accept()


def preview_text(preview: ImportPreview) -> str:
    """What an import will do, in words: added, changed, and every row with problems."""
    lines = [
        f"New contacts: {len(preview.added)}"
        + (f" ({', '.join(map(isolate, preview.added))})" if preview.added else ""),
        f"Changed contacts: {len(preview.changed)}"
        + (f" ({', '.join(map(isolate, preview.changed))})" if preview.changed else ""),
        f"Unchanged: {len(preview.unchanged)}",
    ]
    if preview.problems:
        lines += [
            "",
            f"Rows with problems: {len(preview.problems)}. Nothing will be imported "
            "until they are fixed in the file.",
        ]
        lines += [
            f"Line {p.line} ({isolate(p.id) or 'no id'}): {'; '.join(p.problems)}"
            for p in preview.problems
        ]
    return "\n".join(lines)


class ImportPreviewDialog(QDialog):
    """Shows what an import would do; Apply saves it all at once, Cancel changes nothing."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(tr("Import contacts"))
        self.setAccessibleName(tr("Import contacts: preview"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(tr("Before anything changes, check what the import will do."), "hint")
        )
        self.details = QPlainTextEdit(preview_text(preview))
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("What the import will do"))
        layout.addWidget(self.details)
        self.apply_button = button(
            tr("Apply"), tr("Apply the import"), tr("Save every row in one go")
        )
        self.apply_button.setEnabled(preview.can_apply)
        self.apply_button.clicked.connect(self.accept)
        self.cancel_button = button(tr("Cancel"), tr("Cancel the import"), role="secondary")
        self.cancel_button.clicked.connect(self.reject)
        row = QWidget()
        buttons = FlowLayout(row)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.cancel_button)
        layout.addWidget(row)
        self.resize(640, 420)
        self.details.setFocus(Qt.FocusReason.OtherFocusReason)
