"""The table of contacts the directory shows: name, kind, area and phone."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from send_routes.core.bidi import isolate
from send_routes.core.contact_fields import KINDS
from send_routes.core.guidance import Contact
from send_routes.ui.common.words import marked, tr
from send_routes.wording import MISSING_DETAIL

NATIONAL = marked("National")
ADDED_LOCALLY = marked("Added locally")
HEADERS = (marked("Name"), marked("Kind"), marked("Area"), marked("Phone"))
AREA_COLUMN, PHONE_COLUMN = 2, 3
#: As wide as a UK phone number with its spaces; a longer one ends in "…" in the table and
#: is shown whole in the tooltip and the details.
WIDE_PHONE = "00000 000 0000"

_Index = QModelIndex | QPersistentModelIndex
# Roles as plain numbers: the view asks for data hundreds of times a keystroke, and
# comparing with Qt's Python enums each time costs more than the rest of the lookup.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
_USER = Qt.ItemDataRole.UserRole.value


class ContactTableModel(QAbstractTableModel):
    """Read-only rows of contacts; ``area_names`` maps area ids to the names people know."""

    def __init__(self, area_names: Mapping[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._area_names = dict(area_names)
        self._contacts: list[Contact] = []
        self._cells: list[tuple[str, str, str, str]] = []

    def set_contacts(self, contacts: Sequence[Contact]) -> None:
        """Show ``contacts``. With as many rows as before (most keystrokes: the best 50)
        only the cells change, which the view redraws without laying itself out again."""
        contacts = list(contacts)
        cells = [self.cells(contact) for contact in contacts]
        if len(contacts) != len(self._contacts) or not contacts:
            self.beginResetModel()
            self._contacts, self._cells = contacts, cells
            self.endResetModel()
            return
        self._contacts, self._cells = contacts, cells
        last = self.index(len(contacts) - 1, len(HEADERS) - 1)
        self.dataChanged.emit(self.index(0, 0), last)

    def contacts(self) -> list[Contact]:
        return list(self._contacts)

    def contact_at(self, row: int) -> Contact | None:
        return self._contacts[row] if 0 <= row < len(self._contacts) else None

    def row_of(self, contact_id: str) -> int:
        """The row showing ``contact_id``, or -1."""
        return next((row for row, c in enumerate(self._contacts) if c.id == contact_id), -1)

    def area_name(self, area_id: str) -> str:
        return self._area_names.get(area_id, area_id) if area_id else tr(NATIONAL)

    def cells(self, contact: Contact) -> tuple[str, str, str, str]:
        """The text of each column for one contact."""
        return (
            # an own contact's name is typed text (core/bidi.py); bundled ones are signed content
            f"{isolate(contact.name)} ({tr(ADDED_LOCALLY)})"
            if contact.added_locally
            else contact.name,
            tr(KINDS.get(contact.kind, contact.kind)),
            self.area_name(contact.local_authority),
            contact.phone or MISSING_DETAIL,
        )

    def longest_texts(self, column: int) -> tuple[str, ...]:
        """Texts as wide as any the fixed-width ``column`` shows: the view sizes the column
        from these once per font, instead of measuring every row at every keystroke."""
        if column == AREA_COLUMN:
            return (tr(HEADERS[column]), tr(NATIONAL), *self._area_names.values())
        if column == PHONE_COLUMN:
            return (tr(HEADERS[column]), MISSING_DETAIL, WIDE_PHONE)
        return (tr(HEADERS[column]),)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._cells):
            return None
        role = int(role)
        if role in (_DISPLAY, _TOOLTIP):
            return self._cells[row][column]
        if role == _ACCESSIBLE:
            return f"{tr(HEADERS[column])}: {self._cells[row][column]}"
        if role == _USER:
            return self._contacts[row].id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return tr(HEADERS[section])
        return None
