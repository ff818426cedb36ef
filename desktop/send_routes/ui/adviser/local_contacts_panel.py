"""The centre's own contacts in the adviser area: list, add, change, delete, import, export."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from send_routes.core.answers import KNOWN_AREAS
from send_routes.core.bidi import isolate
from send_routes.ui.adviser.adviser_session import AdviserSession
from send_routes.ui.adviser.local_contact_dialogs import ContactDialog, ImportPreviewDialog
from send_routes.ui.common.flow_layout import FlowLayout
from send_routes.ui.common.widgets import button, text_label
from send_routes.ui.common.words import marked, tr
from send_routes.user_store.contacts_csv import (
    ENCODING_CHOICES,
    CsvEncodingError,
    CsvError,
    ImportPreview,
    apply_import,
    export_csv,
    preview_import,
)
from send_routes.user_store.local_contacts import LocalContacts
from send_routes.user_store.user_db import StorageError


class PanelHost(Protocol):
    """What the panel needs of the page it sits on: the user database, words and dialogs."""

    session: AdviserSession

    def say(self, text: str, problem: bool = False) -> None: ...

    def confirm(self, question: str) -> bool: ...

    def ask_open_path(self, title: str, filters: str) -> Path | None: ...

    def ask_save_path(self, title: str, name: str, filters: str) -> Path | None: ...


CSV_FILTER = marked("CSV files (*.csv)")


class LocalContactsPanel(QWidget):
    """Own contacts; dialogs open without blocking and are kept in ``self.dialog``."""

    #: Contacts were added, changed or deleted: Find a contact should search them again.
    contacts_changed = Signal()

    def __init__(self, page: PanelHost) -> None:
        super().__init__()
        self.page = page
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text_label(tr("Your area's own contacts"), "subheading"))
        layout.addWidget(
            text_label(
                tr(
                    "They show in Find a contact marked Added locally, with the bundled ones. "
                    "They are organisations, so they are saved without encryption."
                ),
                "hint",
            )
        )
        self.contact_list = QListWidget()
        self.contact_list.setAccessibleName(tr("Own contacts"))
        self.contact_list.setMinimumHeight(self.fontMetrics().height() * 6)
        layout.addWidget(self.contact_list)
        self.add_button = button(tr("Add…"), tr("Add a contact"))
        self.edit_button = button(tr("Change…"), tr("Change the chosen contact"), role="secondary")
        self.delete_button = button(
            tr("Delete…"), tr("Delete the chosen contact"), role="secondary"
        )
        self.import_button = button(
            tr("Import CSV…"), tr("Import contacts from a CSV file"), role="secondary"
        )
        self.export_button = button(
            tr("Export CSV…"), tr("Export own contacts to a CSV file"), role="secondary"
        )
        row = QWidget()
        buttons = FlowLayout(row)
        actions = (
            (self.add_button, self.add_contact),
            (self.edit_button, self.edit_contact),
            (self.delete_button, self.delete_contact),
            (self.import_button, self.import_csv),
            (self.export_button, self.export_csv),
        )
        for widget, slot in actions:
            widget.clicked.connect(slot)
            buttons.addWidget(widget)
        layout.addWidget(row)

    @property
    def local(self) -> LocalContacts | None:
        return self.page.session.local

    def refresh(self) -> None:
        self.contact_list.clear()
        if self.local is None:
            return
        for contact in self.local.all():
            area = contact.local_authority or tr("national")
            item = QListWidgetItem(
                tr("{name} ({kind}, {area})").format(
                    name=isolate(contact.name), kind=contact.kind, area=area
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, contact.id)
            self.contact_list.addItem(item)
        if self.contact_list.count():
            self.contact_list.setCurrentRow(0)
        self.contacts_changed.emit()

    def chosen_id(self) -> str | None:
        item = self.contact_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _open_dialog(self, fields: dict[str, str], contact_id: str | None) -> None:
        local = self.local
        if local is None:
            return

        def save(values: dict[str, str]) -> None:
            if contact_id is None:
                local.add(values)
            else:
                local.update(contact_id, values)

        self.dialog = ContactDialog(fields, save, sorted(KNOWN_AREAS), self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()

    def _saved(self) -> None:
        self.page.say(tr("The contact was saved."))
        self.refresh()

    def add_contact(self) -> None:
        self._open_dialog({}, None)

    def edit_contact(self) -> None:
        contact_id = self.chosen_id()
        if self.local is not None and contact_id is not None:
            self._open_dialog(self.local.rows().get(contact_id, {}), contact_id)

    def delete_contact(self) -> None:
        contact_id = self.chosen_id()
        if self.local is None or contact_id is None:
            return
        if not self.page.confirm(
            f"Delete the contact {isolate(contact_id)}? It cannot be brought back."
        ):
            return
        try:
            self.local.delete(contact_id)
        except StorageError as error:
            self.page.say(str(error), problem=True)
            return
        self.page.say(tr("The contact was deleted."))
        self.refresh()

    def import_csv(self) -> None:
        path = self.page.ask_open_path(tr("Import contacts"), tr(CSV_FILTER))
        if self.local is None or path is None:
            return
        preview = self._preview(path)
        if preview is None:
            return
        self.dialog = ImportPreviewDialog(preview, self)
        self.dialog.accepted.connect(lambda: self._apply(preview))
        self.dialog.open()

    def _preview(self, path: Path) -> ImportPreview | None:
        """The import preview; a file mixing UTF-8 and other bytes asks how to read it."""
        assert self.local is not None
        try:
            try:
                return preview_import(path, self.local)
            except CsvEncodingError as error:
                encoding = self.ask_encoding(str(error))
                if encoding is None:
                    self.page.say(
                        tr("Nothing was imported. {error}").format(error=error), problem=True
                    )
                    return None
                return preview_import(path, self.local, encoding)
        except CsvError as error:
            self.page.say(str(error), problem=True)
            return None

    def ask_encoding(self, message: str) -> str | None:
        """Ask how to read a file that is UTF-8 except for some bytes (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Import contacts"), message, parent=self)
        box.setAccessibleName(tr("Import contacts: odd characters"))
        odd = box.addButton(
            tr("Read the odd characters as Excel's"), QMessageBox.ButtonRole.AcceptRole
        )
        whole = box.addButton(
            tr("Read the whole file as Excel's"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is odd:
            return ENCODING_CHOICES[0]
        return ENCODING_CHOICES[1] if clicked is whole else None

    def _apply(self, preview: object) -> None:
        if self.local is None:
            return
        try:
            count = apply_import(preview, self.local)  # type: ignore[arg-type]
        except (CsvError, StorageError) as error:
            self.page.say(str(error), problem=True)
            return
        self.page.say(tr("Imported: {count} contact(s) added or changed.").format(count=count))
        self.refresh()

    def export_csv(self) -> None:
        path = self.page.ask_save_path(
            tr("Export own contacts"), "own contacts.csv", tr(CSV_FILTER)
        )
        if self.local is None or path is None:
            return
        try:
            export_csv(self.local.all(), path)
        except StorageError as error:
            self.page.say(str(error), problem=True)
            return
        self.page.say(
            tr("Exported {all} contact(s) to {path}.").format(all=len(self.local.all()), path=path)
        )
