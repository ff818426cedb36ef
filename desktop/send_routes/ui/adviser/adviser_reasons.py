"""The reasons for appeal in the adviser area: for each section, evidence, not history.

Widgets only; ``reasons()`` reads what is typed as ``core.case_file.Reasons`` and
``show_reasons`` puts saved reasons back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from send_routes.core.bidi import isolate
from send_routes.core.case_content import ReasonsContent, ReasonSection
from send_routes.core.case_file import EVIDENCE_FIELDS, Evidence, Reasons, SectionReasons
from send_routes.ui.common.widgets import button, text_label
from send_routes.ui.common.words import tr


def _text_box(name: str, lines: int, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(parent.fontMetrics().height() * lines)
    return box


class SectionBox(QWidget):
    """One section's reason and its evidence."""

    changed = Signal()

    def __init__(self, section: ReasonSection, evidence_labels: tuple[tuple[str, str], ...]):
        super().__init__()
        self.section = section
        self.evidence: list[Evidence] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text_label(section.title, "subheading"))
        layout.addWidget(text_label(section.hint, "hint"))
        self.text = _text_box(f"{section.title}: what is wrong", 3, self)
        self.text.textChanged.connect(self.changed)
        layout.addWidget(self.text)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.fields: dict[str, QLineEdit] = {}
        for field_id, label in evidence_labels:
            box = QLineEdit()
            box.setAccessibleName(tr("{title}: {label}").format(title=section.title, label=label))
            form.addRow(label, box)
            self.fields[field_id] = box
        layout.addLayout(form)
        self.add = button(
            tr("Add this evidence"), tr("Add this evidence to {title}").format(title=section.title)
        )
        self.add.clicked.connect(self._add)
        layout.addWidget(self.add, alignment=Qt.AlignmentFlag.AlignLeft)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("{title}: evidence").format(title=section.title))
        self.list.setMaximumHeight(self.fontMetrics().height() * 5)
        layout.addWidget(self.list)

    def _add(self) -> None:
        values = [
            self.fields[name].text().strip() if name in self.fields else ""
            for name in EVIDENCE_FIELDS
        ]
        item = Evidence(*values)
        if item.is_empty:
            return
        self.evidence.append(item)
        for box in self.fields.values():
            box.clear()
        self._show_list()
        self.changed.emit()

    def _show_list(self) -> None:
        self.list.clear()
        for item in self.evidence:
            typed = (isolate(part) for part in item.to_dict().values() if part)  # core/bidi.py
            self.list.addItem(" · ".join(typed))

    def reasons(self) -> SectionReasons:
        return SectionReasons(self.text.toPlainText(), tuple(self.evidence))

    def show_section(self, reasons: SectionReasons) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText(reasons.text)
        self.text.blockSignals(False)
        self.evidence = list(reasons.evidence)
        self._show_list()


class ReasonsPanel(QWidget):
    """The opening sentence, then a box for each section; ``changed`` on every edit."""

    changed = Signal()
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(text_label(tr("Reasons for appeal"), "subheading"))
        self._layout.addWidget(
            text_label(
                tr(
                    "For each section appealed, give the evidence: the report, the page, what it "
                    "says, and what the plan says instead. Not the history of the case."
                ),
                "hint",
            )
        )
        self.opening = _text_box("I am bringing the appeal because", 2, self)
        self.opening_label = text_label(tr("I am bringing the appeal because"), "")
        self.opening.textChanged.connect(self.changed)
        self._layout.addWidget(self.opening_label)
        self._layout.addWidget(self.opening)
        self.boxes: dict[str, SectionBox] = {}
        self.save = button(
            tr("Save the reasons as a draft…"),
            tr("Save the reasons for appeal as a draft to print"),
        )
        self.save.clicked.connect(self.print_requested)
        self._layout.addWidget(self.save, alignment=Qt.AlignmentFlag.AlignLeft)

    def set_content(self, content: ReasonsContent) -> None:
        self.opening_label.setText(content.opening_label)
        for section in content.sections:
            box = SectionBox(section, content.evidence)
            box.changed.connect(self.changed)
            self.boxes[section.id] = box
            self._layout.insertWidget(self._layout.count() - 1, box)

    def reasons(self) -> Reasons:
        sections = {key: box.reasons() for key, box in self.boxes.items()}
        return Reasons(self.opening.toPlainText(), sections)

    def show_reasons(self, reasons: Reasons) -> None:
        self.opening.blockSignals(True)
        self.opening.setPlainText(reasons.opening)
        self.opening.blockSignals(False)
        for key, box in self.boxes.items():
            box.show_section(reasons.section(key))

    def clear(self) -> None:
        self.show_reasons(Reasons())
