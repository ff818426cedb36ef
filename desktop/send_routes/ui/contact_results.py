"""The directory's results table: a bounded set of rows, all the same height.

A view that sizes every row to its contents measures every name at every keystroke; with
thousands of contacts that is what made the directory slow. Rows here are one line high
(long names end in "…", the full name is in the tooltip and the details), so laying out a
page of results costs the same whatever the number of contacts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from send_routes.ui.contact_table_model import ContactTableModel

#: How many results are shown at first, and how many more each "Show more" adds.
PAGE_SIZE = 50
STRETCH = QHeaderView.ResizeMode.Stretch
TO_CONTENTS = QHeaderView.ResizeMode.ResizeToContents
FIXED = QHeaderView.ResizeMode.Fixed
#: Row height as a multiple of the font's line height: one line with room around it.
ROW_LINES = 1.7


class ContactResults(QTableView):
    """A read-only, single-selection table of contacts with uniform row heights."""

    def __init__(self, model: ContactTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
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
        for column, mode in enumerate((STRETCH, STRETCH, TO_CONTENTS, TO_CONTENTS)):
            header.setSectionResizeMode(column, mode)
        self.setAccessibleName("Contacts found")
        self.setAccessibleDescription(
            "The best matches come first. Use the arrow keys to choose a contact; "
            "its details show below."
        )
        self._fit_rows()

    def _fit_rows(self) -> None:
        """One row height for every row, from the current font (it changes with text size)."""
        height = round(self.fontMetrics().height() * ROW_LINES)
        self.verticalHeader().setMinimumSectionSize(height)
        self.verticalHeader().setDefaultSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()
