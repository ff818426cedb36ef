"""Draft letters: pick a letter, see who it goes to and what to attach, edit it, print or save.

Edits are kept in memory for each letter while the window is open, and forgotten on
Start again: nothing here is ever written anywhere unless the person saves a file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from send_routes.core.letters import Letter, LetterTemplate
from send_routes.ui.common.flow_layout import FlowLayout
from send_routes.ui.common.widgets import ScrollingPage, button, text_label
from send_routes.ui.common.words import marked, tr
from send_routes.wording import NOT_LEGAL_ADVICE

#: Makes a letter from its template and the sender's name (blank when not given).
LetterMaker = Callable[[LetterTemplate, str], Letter]
ID_ROLE = Qt.ItemDataRole.UserRole
SAVE_KINDS = (
    ("pdf", marked("Save as PDF"), marked("Save this letter as a PDF file")),
    (
        "odt",
        marked("Save as document (ODT)"),
        marked("Save this letter as a document you can edit in Word"),
    ),
    ("txt", marked("Save as text (.txt)"), marked("Save this letter as plain text")),
)


class LettersPage(ScrollingPage):
    """The letters that fit the answers first, then the others; one at a time to edit."""

    print_clicked = Signal()
    save_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.templates: dict[str, LetterTemplate] = {}
        self.drafts: dict[str, str] = {}
        self.letter: Letter | None = None
        self._make: LetterMaker | None = None
        add = self.content.addWidget
        add(text_label(tr("Draft letters"), "heading"))
        add(text_label(tr(NOT_LEGAL_ADVICE), "warning"))
        add(text_label(tr("Choose a letter. The ones that fit your answers come first."), "hint"))
        self.choices = QListWidget()
        self.choices.setAccessibleName(tr("Letters"))
        self.choices.currentItemChanged.connect(self._chosen)
        add(self.choices)
        add(text_label(tr("Your name (optional, to sign the letters)"), "subheading"))
        self.your_name = QLineEdit()
        self.your_name.setMaxLength(80)
        self.your_name.setAccessibleName(tr("Your name, to sign the letters (optional)"))
        self.your_name.setAccessibleDescription(tr("Kept only while the app is open"))
        self.your_name.editingFinished.connect(self._name_changed)
        add(self.your_name)
        self.details = text_label("")
        self.details.setAccessibleName(tr("Who to send it to and what to attach"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        add(self.details)
        add(text_label(tr("The letter (you can change any of it)"), "subheading"))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(tr("Letter text"))
        self.editor.setAccessibleDescription(tr("Fill in the blank lines before you send it"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(320)
        add(self.editor)
        add(self._buttons())
        self.status = text_label("", "hint")
        self.status.setAccessibleName(tr("Where your letter was saved"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        add(self.status)
        self.finish()

    def _buttons(self) -> QWidget:
        row = QWidget()
        layout = FlowLayout(row)
        self.print_button = button(tr("Print"), tr("Print this letter"))
        self.print_button.clicked.connect(self.print_clicked)
        layout.addWidget(self.print_button)
        self.save_buttons: dict[str, QPushButton] = {}
        for kind, text, name in SAVE_KINDS:
            widget = button(tr(text), tr(name), role="secondary")
            widget.clicked.connect(lambda _=False, kind=kind: self.save_clicked.emit(kind))
            layout.addWidget(widget)
            self.save_buttons[kind] = widget
        return row

    def show_letters(
        self, templates: Sequence[LetterTemplate], suggested: Sequence[str], make: LetterMaker
    ) -> None:
        """List ``templates`` (the ``suggested`` ids first) and show the first letter."""
        self._keep_edits()
        current = self.letter.id if self.letter else None
        self._make = make
        self.templates = {template.id: template for template in templates}
        others = [t.id for t in templates if t.id not in suggested]
        self.choices.blockSignals(True)
        self.choices.clear()
        for heading, ids in (("Suggested for your answers", suggested), ("Other letters", others)):
            if ids:
                self._heading(heading)
            for letter_id in ids:
                item = QListWidgetItem(self.templates[letter_id].title, self.choices)
                item.setData(ID_ROLE, letter_id)
        self.choices.blockSignals(False)
        rows = self.choices.sizeHintForRow(0) * self.choices.count()
        self.choices.setMinimumHeight(rows + 2 * self.choices.frameWidth() + 4)
        self.letter = None
        self.choose(current if current in self.templates else (list(suggested) + others)[0])

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text, self.choices)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)

    def letter_ids(self) -> list[str]:
        """The ids of the letters listed, in order (headings left out)."""
        items = (self.choices.item(row) for row in range(self.choices.count()))
        return [str(item.data(ID_ROLE)) for item in items if item.data(ID_ROLE)]

    def choose(self, letter_id: str) -> None:
        for row in range(self.choices.count()):
            if self.choices.item(row).data(ID_ROLE) == letter_id:
                self.choices.setCurrentRow(row)

    def text(self) -> str:
        """The letter as it stands in the editor, edits and all."""
        return self.editor.toPlainText()

    def _fresh(self, letter_id: str) -> Letter:
        assert self._make is not None
        return self._make(self.templates[letter_id], " ".join(self.your_name.text().split()))

    def _keep_edits(self) -> None:
        if self.letter is not None and self.text() != self.letter.text:
            self.drafts[self.letter.id] = self.text()

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None or not item.data(ID_ROLE):
            return
        self._keep_edits()
        self.letter = self._fresh(str(item.data(ID_ROLE)))
        self.editor.setPlainText(self.drafts.get(self.letter.id, self.letter.text))
        self.details.setText(describe(self.letter))
        self.status.hide()

    def _name_changed(self) -> None:
        """Sign the letters with the new name; letters already edited keep their text."""
        if self.letter is None:
            return
        edited = self.text() != self.letter.text
        self.letter = self._fresh(self.letter.id)
        if not edited:
            self.editor.setPlainText(self.letter.text)

    def show_status(self, message: str, problem: bool = False) -> None:
        self.status.setProperty("role", "error" if problem else "hint")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(message)
        self.status.show()

    def focus_first(self) -> None:
        self.choices.setFocus(Qt.FocusReason.OtherFocusReason)


def describe(letter: Letter) -> str:
    """Who to send ``letter`` to, where, and what to attach, as plain text."""
    lines = [letter.title, "", f"Send it to: {letter.to}", *letter.send_to, "", "What to attach:"]
    lines += [f"• {item}" for item in letter.attach]
    return "\n".join(lines)


class LettersDialog(QDialog):
    """A window holding the letters page, so the plan stays in view behind it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Draft letters – SEND Routes"))
        self.setAccessibleName(tr("Draft letters"))
        self.page = LettersPage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.page)
        self.close_button = button(tr("Close"), tr("Close the letters"), role="secondary")
        self.close_button.clicked.connect(self.close)
        layout.addWidget(self.close_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.resize(820, 760)
