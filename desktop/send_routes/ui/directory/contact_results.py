"""The directory's results table: a bounded set of rows, all the same height.

A view that sizes rows or columns to their contents measures every cell at every keystroke;
with thousands of contacts that is what made the directory slow. Rows here are one line high
(long names end in "…", the full name is in the tooltip and the details), and the area and
phone columns are as wide as the longest area name and a phone number, measured once per
font, so laying out a page of results costs the same whatever the number of contacts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from send_routes.ui.common.words import tr
from send_routes.ui.directory.contact_table_model import (
    AREA_COLUMN,
    PHONE_COLUMN,
    ContactTableModel,
)

#: How many results are shown at first, and how many more each "Show more" adds.
PAGE_SIZE = 50
STRETCH = QHeaderView.ResizeMode.Stretch
FIXED = QHeaderView.ResizeMode.Fixed
#: Row height as a multiple of the font's line height: one line with room around it.
ROW_LINES = 1.7
#: Room beside a cell's text, in pixels: the style sheet's item padding (4px each side),
#: the grid line and a little air.
CELL_MARGIN_PX = 16
#: The fewest rows the table shows whole at any text size (the details get the rest).
FEWEST_ROWS = 4
#: The widest the area column gets, in average characters: longer area names (up to 35
#: characters) end in "…" (the tooltip and the details show them whole) rather than
#: squeeze the names at large text sizes. Phone numbers are never cut short.
WIDEST_AREA_CHARACTERS = 15


class ContactResults(QTableView):
    """A read-only, single-selection table of contacts with uniform row heights."""

    def __init__(self, model: ContactTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrow keys move in it
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(FIXED)
        header = self.horizontalHeader()
        for column, mode in enumerate((STRETCH, STRETCH, FIXED, FIXED)):
            header.setSectionResizeMode(column, mode)
        self.setAccessibleName(tr("Contacts found"))
        self.setAccessibleDescription(
            tr(
                "The best matches come first. Use the arrow keys to choose a contact; "
                "its details show below."
            )
        )
        self._fit_rows()

    def _fit_rows(self) -> None:
        """One row height for every row, and the fixed columns' widths, from the current font
        (it changes with the text size)."""
        height = round(self.fontMetrics().height() * ROW_LINES)
        self.verticalHeader().setMinimumSectionSize(height)
        self.verticalHeader().setDefaultSectionSize(height)
        # At 200% a height fixed at 100% left room for one row: grow with the text.
        header = self.horizontalHeader().sizeHint().height()
        self.setMinimumHeight(header + height * FEWEST_ROWS + 2 * self.frameWidth())
        # Headers are bold in the style sheet, so measure with a bold font too.
        bold = QFont(self.font())
        bold.setBold(True)
        for column in (AREA_COLUMN, PHONE_COLUMN):
            texts = self._model.longest_texts(column)
            widest = max(
                metrics.horizontalAdvance(text)
                for metrics in (self.fontMetrics(), QFontMetrics(bold))
                for text in texts
            )
            if column == AREA_COLUMN:
                character = self.fontMetrics().averageCharWidth()
                widest = min(widest, character * WIDEST_AREA_CHARACTERS)
            self.horizontalHeader().resizeSection(column, widest + CELL_MARGIN_PX)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()
