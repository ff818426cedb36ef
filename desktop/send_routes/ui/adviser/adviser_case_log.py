"""The case log in the adviser area: letters, calls and meetings, with the date on each.

Widgets only: ``entry_added`` carries a new ``LogEntry`` and ``entry_removed`` an entry id;
the case file's actions fill the answers and keep the log in the session.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from send_routes.core.case_content import LetterKind
from send_routes.core.case_log import LogEntry, new_entry
from send_routes.core.deadlines import long_date
from send_routes.ui.common.widgets import button, text_label
from send_routes.ui.common.words import marked, tr

COLUMNS = (marked("Date on it"), marked("Arrived"), marked("From"), marked("What"), marked("Note"))
_SLASHED = re.compile(r"^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})\s*$")


def read_date(text: str) -> dt.date | None:
    """A date typed as 1/10/2026, 01.10.2026, 1 10 2026 or 2026-10-01; None if none given.

    Raises ValueError for text that is not a real date.
    """
    text = text.strip()
    if not text:
        return None
    match = _SLASHED.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return dt.date(year, month, day)
    return dt.date.fromisoformat(text)


def _date_box(name: str) -> QLineEdit:
    box = QLineEdit()
    box.setAccessibleName(name)
    box.setAccessibleDescription(tr("Day, month and year, for example 1/10/2026"))
    box.setPlaceholderText(tr("For example 1/10/2026"))
    return box


class CaseLogPanel(QWidget):
    """The log's table and the boxes for a new entry."""

    entry_added = Signal(object)
    entry_removed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kinds: tuple[LetterKind, ...] = ()
        self._ids: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text_label(tr("Case log: letters, calls and meetings"), "subheading"))
        layout.addWidget(
            text_label(
                tr(
                    "Write down the date on each letter, not the day it arrived: deadlines count "
                    "from the date on the letter. A letter the plan uses fills its date in the "
                    "answers, and the plan is worked out again."
                ),
                "hint",
            )
        )
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
        self.table.setAccessibleName(tr("Case log"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.fontMetrics().height() * 7)
        layout.addWidget(self.table)
        self.remove = button(
            tr("Remove the chosen entry"),
            tr("Remove the chosen entry from the log"),
            role="secondary",
        )
        self.remove.clicked.connect(self._remove)
        layout.addWidget(self.remove, alignment=Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("What it is"))
        self.dated = _date_box("Date on it")
        self.arrived = _date_box("Date it arrived")
        self.from_box = QLineEdit()
        self.from_box.setAccessibleName(tr("Who it is from"))
        self.note = QLineEdit()
        self.note.setAccessibleName(tr("Short note"))
        for label, widget in (
            ("What it is", self.kind),
            ("Date on it", self.dated),
            ("Date it arrived (if different)", self.arrived),
            ("Who it is from", self.from_box),
            ("Short note", self.note),
        ):
            form.addRow(label, widget)
        layout.addLayout(form)
        self.add = button(tr("Add to the log"), tr("Add this to the case log"))
        self.add.clicked.connect(self._add)
        layout.addWidget(self.add, alignment=Qt.AlignmentFlag.AlignLeft)
        self.message = text_label("", "hint")
        self.message.setAccessibleName(tr("Case log message"))
        layout.addWidget(self.message)

    def set_kinds(self, kinds: Sequence[LetterKind]) -> None:
        self._kinds = tuple(kinds)
        self.kind.clear()
        for kind in self._kinds:
            self.kind.addItem(kind.label, kind.id)

    def say(self, text: str, problem: bool = False) -> None:
        self.message.setProperty("role", "error" if problem else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def show_entries(self, entries: Sequence[LogEntry]) -> None:
        labels = {kind.id: kind.label for kind in self._kinds}
        self.table.setRowCount(len(entries))
        self._ids = [entry.id for entry in entries]
        for row, entry in enumerate(entries):
            cells = (
                long_date(entry.dated) if entry.dated else "",
                long_date(entry.arrived) if entry.arrived else "",
                entry.sender,
                labels.get(entry.kind, entry.kind),
                entry.note,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _add(self) -> None:
        try:
            dated = read_date(self.dated.text())
            arrived = read_date(self.arrived.text())
        except ValueError:
            self.say(tr("A date is not right: type the day, month and year, like 1/10/2026."), True)
            return
        if dated is None and arrived is None:
            self.say(tr("Type the date on it, or the day it arrived."), True)
            self.dated.setFocus()
            return
        kind = str(self.kind.currentData() or "note")
        entry = new_entry(kind, dated, arrived, self.from_box.text().strip(), self.note.text())
        for box in (self.dated, self.arrived, self.from_box, self.note):
            box.clear()
        self.entry_added.emit(entry)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._ids):
            self.entry_removed.emit(self._ids[row])

    def clear(self) -> None:
        self.show_entries(())
        for box in (self.dated, self.arrived, self.from_box, self.note):
            box.clear()
        self.say("")
