"""The caseload in the adviser area: every saved case's next deadline, nearest first.

Widgets only: the rows come ready sorted from ``core.caseload`` (made once at unlock), and
a filter shows a slice of them, so choosing "this week" never counts anything again.
Opening a row (Enter, Space or a double click) asks for that case to be opened at its plan.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from send_routes.core.caseload import MONTH, WEEK, Caseload, CaseloadRow
from send_routes.core.deadlines import long_date
from send_routes.ui.common.widgets import button, text_label

HEADINGS = ("Last day", "Days left", "Case", "What to do")
FILTERS = (
    ("Every case", None),
    ("Due this week, and passed", WEEK),
    ("Due this month, and passed", MONTH),
)
Index = QModelIndex | QPersistentModelIndex


def days_text(row: CaseloadRow) -> str:
    """ "3 days", "Today", "Passed 7 days ago"; "(a guide)" when the date may move."""
    if row.days < 0:
        text = f"Passed {-row.days} day{'s' if row.days != -1 else ''} ago"
    elif row.days == 0:
        text = "Today"
    else:
        text = f"{row.days} day{'s' if row.days != 1 else ''}"
    return f"{text} (a guide)" if row.uncertain else text


class CaseloadModel(QAbstractTableModel):
    """The rows shown now; only the visible cells are ever asked for."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: Sequence[CaseloadRow] = ()

    def set_rows(self, rows: Sequence[CaseloadRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, number: int) -> CaseloadRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADINGS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row())
        if row is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        cells = (
            long_date(row.date),
            days_text(row),
            row.reference or "Untitled case",
            row.action[:1].upper() + row.action[1:] if row.action else row.label,
        )
        return cells[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADINGS[section]
        return None


class CaseloadTable(QTableView):
    """Enter or Space opens the chosen row (``chosen``), as a double click does."""

    chosen = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.doubleClicked.connect(lambda index: self.chosen.emit(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and self.currentIndex().isValid():
            self.chosen.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class CaseloadPanel(QWidget):
    """``open_requested`` carries a case id; ``calendar_requested`` whether to use titles."""

    open_requested = Signal(str)
    calendar_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caseload: Caseload | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text_label("Deadlines the families must meet", "subheading"))
        layout.addWidget(
            text_label(
                "Each saved case's next deadline, nearest first. Dates that have passed come "
                "first and say so. Open a case to see its plan.",
                "hint",
            )
        )
        self.filter = QComboBox()
        self.filter.setAccessibleName("Show deadlines")
        for label, _days in FILTERS:
            self.filter.addItem(label)
        self.filter.currentIndexChanged.connect(lambda _index: self._show())
        layout.addWidget(self.filter, alignment=Qt.AlignmentFlag.AlignLeft)
        self.count = text_label("", "hint")
        self.count.setAccessibleName("How many deadlines are shown")
        layout.addWidget(self.count)
        self.model = CaseloadModel()
        self.table = CaseloadTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Caseload: each case's next deadline")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.fontMetrics().height() * 10)
        self.table.chosen.connect(self._open_row)
        layout.addWidget(self.table)
        self.open_button = button("Open the chosen case", "Open the chosen case at its plan")
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.titles = QCheckBox("Use the case titles in the calendar (they may show names)")
        self.titles.setAccessibleName("Use the case titles in the calendar")
        self.calendar = button(
            "Save every deadline as a calendar…",
            "Save every case's deadlines as a calendar file",
            "Titles show a neutral case reference unless you choose the case titles",
            role="secondary",
        )
        self.calendar.clicked.connect(lambda: self.calendar_requested.emit(self.titles.isChecked()))
        for widget in (self.open_button, self.titles, self.calendar):
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignLeft)

    def show_caseload(self, caseload: Caseload | None) -> None:
        self._caseload = caseload
        self._show()

    def _show(self) -> None:
        days = FILTERS[max(0, self.filter.currentIndex())][1]
        rows = self._caseload.within(days) if self._caseload is not None else ()
        self.model.set_rows(rows)
        passed = sum(1 for row in rows if row.passed)
        text = f"{len(rows)} deadline{'s' if len(rows) != 1 else ''}"
        self.count.setText(text + (f", {passed} passed" if passed else ""))
        if rows:
            self.table.selectRow(0)

    def _open_row(self, number: int) -> None:
        row = self.model.row_at(number)
        if row is not None:
            self.open_requested.emit(row.case_id)

    def clear(self) -> None:
        self.show_caseload(None)
        self.count.setText("")
