"""The caseload in the adviser area: every saved case's next deadline, nearest first.

Widgets only: the rows come ready sorted from ``core.caseload`` (made once at unlock), and
a filter shows a slice of them, so choosing "this week" never counts anything again. The
columns are sized once per caseload and font from the longest texts, never by measuring
thousands of rows at each filter (that took 150 ms at 5,000 cases). Opening a row (Enter,
Space or a double click) asks for that case to be opened at its plan.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
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
from send_routes.core.deadlines import DAY_NAMES, MONTH_NAMES, long_date
from send_routes.ui.common.widgets import button, text_label
from send_routes.ui.common.words import marked, tr

HEADINGS = (marked("Last day"), marked("Days left"), marked("Case"), marked("What to do"))
FILTERS = (
    (marked("Every case"), None),
    (marked("Due this week, and passed"), WEEK),
    (marked("Due this month, and passed"), MONTH),
)
Index = QModelIndex | QPersistentModelIndex
CELL_MARGIN_PX = 16
#: A case's title wider than this many average characters is cut short in its cell (the
#: whole title is still its accessible text and its tooltip), leaving room for what to do.
WIDEST_CASE_CHARACTERS = 30


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
            Qt.ItemDataRole.ToolTipRole,  # the whole text of a cell cut short
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
            return tr(HEADINGS[section])
        return None


def longest_texts(rows: Sequence[CaseloadRow]) -> tuple[tuple[str, ...], ...]:
    """For the first three columns, the texts that may be widest (by length, which is close
    enough for sizing): a handful per column, whatever the number of rows."""
    widest_day = max(DAY_NAMES, key=len)
    widest_month = max(MONTH_NAMES, key=len)
    years = {row.date.year for row in rows[:1]} | {row.date.year for row in rows[-1:]}
    dates = tuple(f"{widest_day} 30 {widest_month} {year}" for year in years or {2026})
    # The longest "days left" is the longest ago passed, marked a guide if any is.
    most_passed = max([99, *(-row.days for row in rows[:1])])  # the rows are sorted by date
    guide = " (a guide)" if any(row.uncertain for row in rows) else ""
    cases = (max((row.reference for row in rows), key=len),) if rows else ()
    return (
        (HEADINGS[0], *dates),
        (HEADINGS[1], f"Passed {most_passed} days ago{guide}"),
        (HEADINGS[2], "Untitled case", *cases),
    )


class CaseloadTable(QTableView):
    """Enter or Space opens the chosen row (``chosen``), as a double click does."""

    chosen = Signal(int)
    #: The table's own font or style changed (text size, theme): its columns need sizing.
    font_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.doubleClicked.connect(lambda index: self.chosen.emit(index.row()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.font_changed.emit()

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
        layout.addWidget(text_label(tr("Deadlines the families must meet"), "subheading"))
        layout.addWidget(
            text_label(
                tr(
                    "Each saved case's next deadline, nearest first. Dates that have passed come "
                    "first and say so. Open a case to see its plan."
                ),
                "hint",
            )
        )
        self.filter = QComboBox()
        self.filter.setAccessibleName(tr("Show deadlines"))
        for label, _days in FILTERS:
            self.filter.addItem(tr(label))
        self.filter.currentIndexChanged.connect(lambda _index: self._show())
        layout.addWidget(self.filter, alignment=Qt.AlignmentFlag.AlignLeft)
        self.count = text_label("", "hint")
        self.count.setAccessibleName(tr("How many deadlines are shown"))
        layout.addWidget(self.count)
        self.model = CaseloadModel()
        self.table = CaseloadTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Caseload: each case's next deadline"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._longest: tuple[tuple[str, ...], ...] = longest_texts(())
        self.table.setMinimumHeight(self.fontMetrics().height() * 10)
        self.table.chosen.connect(self._open_row)
        self.table.font_changed.connect(self._fit_columns)
        layout.addWidget(self.table)
        self.open_button = button(
            tr("Open the chosen case"), tr("Open the chosen case at its plan")
        )
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.titles = QCheckBox(tr("Use the case titles in the calendar (they may show names)"))
        self.titles.setAccessibleName(tr("Use the case titles in the calendar"))
        self.calendar = button(
            tr("Save every deadline as a calendar…"),
            tr("Save every case's deadlines as a calendar file"),
            tr("Titles show a neutral case reference unless you choose the case titles"),
            role="secondary",
        )
        self.calendar.clicked.connect(lambda: self.calendar_requested.emit(self.titles.isChecked()))
        for widget in (self.open_button, self.titles, self.calendar):
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignLeft)

    def show_caseload(self, caseload: Caseload | None) -> None:
        self._caseload = caseload
        self._longest = longest_texts(caseload.rows if caseload is not None else ())
        self._fit_columns()
        self._show()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text, in the current font (bold for headings)."""
        plain = self.table.fontMetrics()
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        most = plain.averageCharWidth() * WIDEST_CASE_CHARACTERS
        header = self.table.horizontalHeader()
        for column, texts in enumerate(self._longest):
            widest = max(m.horizontalAdvance(text) for m in (plain, bold) for text in texts)
            header.resizeSection(column, min(widest, most) + CELL_MARGIN_PX)

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
