"""The unlocked adviser area: the case open now, its notes, and the list of saved cases."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from send_routes.core.bidi import isolate
from send_routes.ui.common.flow_layout import FlowLayout
from send_routes.ui.common.labels import date_in_words
from send_routes.ui.common.widgets import button, text_label
from send_routes.ui.common.words import tr
from send_routes.user_store.cases import CaseProblem, CaseSummary

#: Search once typing pauses this long, so a keystroke never waits for a search.
SEARCH_PAUSE_MS = 150
DAMAGED_ROLE = Qt.ItemDataRole.UserRole + 1


def _row(*buttons: QPushButton) -> QWidget:
    row = QWidget()
    layout = FlowLayout(row)
    for widget in buttons:
        layout.addWidget(widget)
    return row


class CasesPanel(QWidget):
    """Widgets only: the adviser page connects the buttons to what they do.

    ``searched`` is emitted with the search text once typing pauses (at once when the box
    is emptied).
    """

    searched = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lock_button = button(
            tr("Lock saved cases"), tr("Lock saved cases"), tr("Shortcut: Control+L")
        )
        layout.addWidget(self.lock_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(text_label(tr("This session"), "subheading"))
        self.open_label = text_label(tr("No saved case is open."), "hint")
        layout.addWidget(self.open_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.title_box = QLineEdit()
        self.title_box.setAccessibleName(tr("Case title"))
        self.title_box.setPlaceholderText(tr("For example: initials and school year"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(tr("Notes for this case"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 5)
        form.addRow(tr("Case title"), self.title_box)
        form.addRow(tr("Notes for this case"), self.notes)
        layout.addLayout(form)
        self.save_new = button(tr("Save as a new case"), tr("Save this session as a new case"))
        self.update_open = button(
            tr("Save changes to the open case"),
            tr("Save changes to the open case"),
            role="secondary",
        )
        layout.addWidget(_row(self.save_new, self.update_open))
        layout.addWidget(text_label(tr("Saved cases"), "subheading"))
        self.search_box = QLineEdit()
        self.search_box.setAccessibleName(tr("Search saved cases"))
        self.search_box.setPlaceholderText(tr("Search titles, answers and notes"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._typed)
        self.search_timer.timeout.connect(lambda: self.searched.emit(self.search_box.text()))
        layout.addWidget(self.search_box)
        self.count = text_label("", "hint")
        layout.addWidget(self.count)
        self.case_list = QListWidget()
        self.case_list.setAccessibleName(tr("Saved cases"))
        self.case_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_list.setMinimumHeight(self.fontMetrics().height() * 8)
        layout.addWidget(self.case_list)
        self.open_button = button(tr("Open"), tr("Open the chosen case"))
        self.rename_button = button(tr("Rename…"), tr("Rename the chosen case"), role="secondary")
        self.delete_button = button(tr("Delete…"), tr("Delete the chosen case"), role="secondary")
        self.export_button = button(
            tr("Export…"), tr("Export the chosen case to an encrypted file"), role="secondary"
        )
        self.import_button = button(
            tr("Import…"), tr("Import a case from an encrypted file"), role="secondary"
        )
        layout.addWidget(
            _row(
                self.open_button,
                self.rename_button,
                self.delete_button,
                self.export_button,
                self.import_button,
            )
        )

    def _typed(self, text: str) -> None:
        if text.strip():
            self.search_timer.start()
        else:
            self.search_timer.stop()
            self.searched.emit(text)

    def show_cases(
        self,
        cases: Sequence[CaseSummary],
        searched: str,
        problems: Sequence[CaseProblem] = (),
    ) -> None:
        """List ``cases``, then each case that cannot be opened with why (not when searching)."""
        chosen = self.chosen_id()
        self.case_list.clear()
        for case in cases:
            title = isolate(case.title) or "Untitled case"  # typed: see core/bidi.py
            self._add(f"{title} (saved {date_in_words(case.updated[:10])})", case.id, chosen)
        for problem in () if searched.strip() else problems:
            item = self._add(f"Cannot be opened: {problem.message}", problem.id, chosen)
            item.setData(DAMAGED_ROLE, True)
        if self.case_list.currentRow() < 0 and cases:
            self.case_list.setCurrentRow(0)
        found = f"{len(cases)} saved case{'s' if len(cases) != 1 else ''}"
        self.count.setText(found + (" found" if searched.strip() else ""))

    def _add(self, text: str, case_id: str, chosen: str | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, case_id)
        self.case_list.addItem(item)
        if case_id == chosen:
            self.case_list.setCurrentItem(item)
        return item

    def chosen_is_damaged(self) -> bool:
        item = self.case_list.currentItem()
        return item is not None and bool(item.data(DAMAGED_ROLE))

    def chosen_id(self) -> str | None:
        item = self.case_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def show_open(self, title: str | None) -> None:
        self.open_label.setText(
            "No saved case is open."
            if title is None
            else f"Open case: {isolate(title) or 'Untitled case'}"
        )
        self.update_open.setEnabled(title is not None)

    def clear(self) -> None:
        self.title_box.setText("")
        self.notes.setPlainText("")
        self.search_box.setText("")
        self.case_list.clear()
        self.count.setText("")
        self.show_open(None)
