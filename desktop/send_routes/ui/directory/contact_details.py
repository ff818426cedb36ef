"""The details of a contact: every field, where it came from, and buttons to copy it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from send_routes.content_store.content import ContentStore
from send_routes.core.bidi import isolate
from send_routes.core.contact_fields import KINDS
from send_routes.core.guidance import Contact
from send_routes.ui.common.labels import date_in_words, selectable_label, source_lines
from send_routes.ui.common.widgets import text_label
from send_routes.ui.common.words import marked, shown, tr
from send_routes.ui.directory.contact_conflicts import conflict_fields
from send_routes.ui.directory.contact_table_model import NATIONAL

CONFIDENCE_WORDS = {
    "H": marked("Checked against the sources"),
    "M": marked("From one source: check it if you can"),
    "L": marked("May have changed: check before you rely on it"),
}
COPYABLE = {"phone": marked("phone number"), "email": marked("email address")}
#: What a card says where the sources give no phone number, email or website: whole
#: sentences, so each language words them in its own grammar.
NOT_KNOWN = {
    "phone": marked("Not known: the sources give no phone number."),
    "email": marked("Not known: the sources give no email address."),
    "website": marked("Not known: the sources give no website."),
}


def area_names(content: ContentStore) -> dict[str, str]:
    """Area id to name for the areas the content covers ('' is national)."""
    return {"": tr(NATIONAL), **{area["id"]: area["name"] for area in content.areas[:-1]}}


class ContactCard(QFrame):
    """One contact record, field by field, with Copy buttons for its phone and email."""

    copied = Signal(str)  # what was copied, in words: "phone number"

    def __init__(self, contact: Contact, content: ContentStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.contact = contact
        self.setProperty("role", "panel")
        self.copy_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(selectable_label(contact.name, "subheading"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        for label, value in self._rows(content):
            self._add_row(form, label, value)
        self.status = selectable_label("", "hint")
        self.status.setAccessibleName(tr("What was copied"))
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _rows(self, content: ContentStore) -> list[tuple[str, str]]:
        contact = self.contact
        routes = [content.route_texts[r].title for r in contact.routes if r in content.route_texts]
        added = tr(marked("Yes: added by this centre")) if contact.added_locally else ""
        rows = [
            (marked("Added locally"), added),
            (marked("Organisation"), contact.organisation),
            (marked("Service"), contact.service),
            (marked("Kind"), tr(KINDS.get(contact.kind, contact.kind))),
            (
                marked("Area"),
                area_names(content).get(contact.local_authority, contact.local_authority),
            ),
            (marked("Phone"), contact.phone),
            (marked("Email"), contact.email),
            (marked("Website"), contact.website or tr(NOT_KNOWN["website"])),
            (marked("Helps with"), shown(contact.helps_with)),
            (marked("Can help you to"), "\n".join(shown(route) for route in routes)),
            (marked("Note"), shown(contact.note)),
            (
                marked("How sure we are"),
                tr(CONFIDENCE_WORDS.get(contact.confidence, contact.confidence)),
            ),
            (
                marked("Where this came from"),
                "\n".join(source_lines(content.sources, contact.source)),
            ),
            (marked("Last checked"), date_in_words(contact.source_read)),
        ]
        return [(label, value) for label, value in rows if value or label in ("Phone", "Email")]

    def _add_row(self, form: QFormLayout, label: str, value: str) -> None:
        field = label.casefold()
        # Only the values can be selected: a selectable label costs far more to make, and
        # nobody copies the word "Phone".
        said = tr("{label}:").format(label=tr(label))
        if field not in COPYABLE:
            form.addRow(text_label(said), selectable_label(value))
            return
        words = tr(COPYABLE[field])
        cell = QVBoxLayout()
        cell.addWidget(selectable_label(value or tr(NOT_KNOWN[field])))
        if value:
            cell.addWidget(self._copy_button(words, value), 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(text_label(said), cell)

    def _copy_button(self, words: str, value: str) -> QPushButton:
        button = QPushButton(tr("Copy {words}").format(words=words), self)
        button.setProperty("role", "secondary")
        button.setAccessibleName(
            tr("Copy {words} for {name}").format(words=words, name=self.contact.name)
        )
        button.setAccessibleDescription(
            tr("Puts {value} on the clipboard, ready to paste.").format(value=value)
        )
        button.clicked.connect(lambda: self._copy(words, value))
        self.copy_buttons.append(button)
        return button

    def _copy(self, words: str, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
        self.status.setText(
            tr("{capitalize} copied: {value}").format(
                capitalize=words.capitalize(), value=isolate(value)
            )
        )  # may be typed
        self.copied.emit(words)


class ContactDetailsView(QScrollArea):
    """The chosen contact, with any records that disagree with it side by side."""

    copied = Signal(str)

    def __init__(self, content: ContentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self.cards: list[ContactCard] = []
        self.conflict_note: QLabel | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(tr("Contact details"))
        self.show_contacts(None, [])

    def show_contacts(self, contact: Contact | None, conflicts: Sequence[Contact]) -> None:
        """Show ``contact`` and, beside it, the ``conflicts``: records that disagree with it."""
        body = QWidget()
        layout = QVBoxLayout(body)
        self.cards = []
        self.conflict_note = None
        if contact is None:
            layout.addWidget(selectable_label(tr("Choose a contact to see its details."), "hint"))
        else:
            if conflicts:
                self.conflict_note = selectable_label(
                    self._conflict_text(contact, conflicts), "warning"
                )
                layout.addWidget(self.conflict_note)
            layout.addLayout(self._cards_row([contact, *conflicts]))
        layout.addStretch(1)
        self.setWidget(body)

    def _cards_row(self, contacts: Sequence[Contact]) -> QHBoxLayout:
        row = QHBoxLayout()
        for contact in contacts:
            card = ContactCard(contact, self._content)
            card.copied.connect(self.copied)
            self.cards.append(card)
            row.addWidget(card, 1)
        return row

    @staticmethod
    def _conflict_text(contact: Contact, conflicts: Sequence[Contact]) -> str:
        fields = conflict_fields(contact, conflicts)
        what = " and ".join([", ".join(fields[:-1]), fields[-1]] if len(fields) > 1 else fields)
        others = "other records are" if len(conflicts) > 1 else "other record is"
        return (
            f"The sources disagree about the {what} for {contact.organisation}. "
            f"The {others} shown beside this one. Check which is current before you rely on it."
        )

    def copy_buttons(self) -> list[QPushButton]:
        return [button for card in self.cards for button in card.copy_buttons]
