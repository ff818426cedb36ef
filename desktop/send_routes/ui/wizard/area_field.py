"""The council question: a box to type in and the councils that match, best first.

Misspellings are allowed, part of a name is enough ("Brighton"), and a council that no
longer exists offers the councils that took over from it ("Cumbria"). Until the person
types, the list holds only the council already chosen (if any) and "I don't know", which
is always in the list. Keyboard: type, Down arrow to the list, Enter or Space to choose;
Enter in the box chooses the best match. Down arrow before typing lists every council.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from send_routes.core.councils import CouncilFinder, CouncilMatch, councils_from_options
from send_routes.core.questions import Question
from send_routes.ui.common.widgets import text_label
from send_routes.ui.common.words import marked, tr
from send_routes.ui.wizard.choice_fields import Answer, FieldError

DONT_KNOW = marked("I don't know")
_VALUE = Qt.ItemDataRole.UserRole
SHOWN = 12  # matches listed at once; typing more narrows them
_CHOOSE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class MatchList(QListWidget):
    """A list as tall as its rows, up to ``SHOWN`` of them (then it scrolls).

    Measured whenever the layout asks, so it follows the text size.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        rows = max(1, min(self.count(), SHOWN))
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height()
        return QSize(super().sizeHint().width(), rows * row + 2 * self.frameWidth())


class CouncilField(QWidget):
    """Type a council's name and choose it from the matches (or "I don't know")."""

    chosen_changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finder = CouncilFinder(councils_from_options(question.options))
        self._chosen: str | None = None  # a council id, "" for I don't know, None: not yet
        self._shown = ""  # the box's text when the choice was made
        self.box = QLineEdit(self)
        self.box.setMaxLength(80)
        self.box.setAccessibleName(tr("Your council area"))
        self.box.setAccessibleDescription(
            tr(
                "Type the name of your council. Spelling mistakes are allowed. Press the Down "
                "arrow to go to the councils that match, then Enter to choose one."
            )
        )
        label = text_label(tr("Your council area"))
        label.setBuddy(self.box)
        self.matches = MatchList(self)
        self.matches.setAccessibleName(tr("Councils that match"))
        self.status = text_label("", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.box, self.matches, self.status):
            layout.addWidget(widget)
        self.box.textEdited.connect(self._typed)
        self.box.returnPressed.connect(self._choose_best)
        self.box.installEventFilter(self)
        self.matches.installEventFilter(self)
        self.matches.itemClicked.connect(self._choose_item)
        self._list([])

    def _all(self) -> list[CouncilMatch]:
        return [CouncilMatch(council) for council in self.finder.councils]

    def _chosen_only(self) -> list[CouncilMatch]:
        council = self.finder.by_id.get(self._chosen or "")
        return [CouncilMatch(council)] if council is not None else []

    def _typing(self) -> bool:
        """Whether the box holds words typed since the last choice (not a chosen name)."""
        text = self.box.text()
        return bool(text.strip()) and not (self._chosen is not None and text == self._shown)

    def _typed(self, text: str) -> None:
        self._chosen = None
        self.status.setText("")
        self._list(self.finder.find(text, limit=SHOWN) if text.strip() else [])

    def _list(self, found: list[CouncilMatch]) -> None:
        self.matches.clear()
        for match in found:
            item = QListWidgetItem(match.label)
            item.setData(_VALUE, match.council.id)
            self.matches.addItem(item)
        last = QListWidgetItem(tr(DONT_KNOW))
        last.setData(_VALUE, "")
        self.matches.addItem(last)
        self.matches.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.box and event.key() == Qt.Key.Key_Down:
            self._go_to_list()
            return True
        if watched is self.matches and event.key() in _CHOOSE_KEYS:
            item = self.matches.currentItem()
            if item is not None:
                self._choose_item(item)
                return True
        return False

    def _go_to_list(self) -> None:
        """Into the matches; before typing, into every council, at the one chosen."""
        row = 0
        if not self._typing():
            chosen = self._chosen
            self._list(self._all())
            values = [self.matches.item(i).data(_VALUE) for i in range(self.matches.count())]
            row = values.index(chosen) if chosen in values else 0
        self.matches.setFocus(Qt.FocusReason.OtherFocusReason)
        self.matches.setCurrentRow(row)

    def _choose_best(self) -> None:
        """Enter in the box chooses the best match for what was typed (nothing typed: none)."""
        if self._typing() and self.matches.count():
            self._choose_item(self.matches.item(0))

    def _choose_item(self, item: QListWidgetItem) -> None:
        self._set_chosen(str(item.data(_VALUE)))
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_chosen(self, value: str) -> None:
        self._chosen = value
        council = self.finder.by_id.get(value)
        self._shown = council.name if council else tr(DONT_KNOW)
        self.box.setText(self._shown)
        chosen = council.council if council else tr(DONT_KNOW)
        self.status.setText(tr("Chosen: {area}").format(area=chosen))
        self._list(self._chosen_only())
        self.chosen_changed.emit()

    def value(self) -> Answer:
        """The council's id; None for "I don't know" or nothing typed.

        Text typed but not chosen counts when it is a council's name; otherwise the person
        is asked to choose from the list.
        """
        if self._chosen is not None and self.box.text() == self._shown:
            return self._chosen or None
        text = self.box.text().strip()
        if not text:
            return None
        found = self.finder.find(text, limit=2)
        if len(found) == 1 or (found and found[0].council.name.casefold() == text.casefold()):
            return found[0].council.id
        raise FieldError(
            tr(
                "Choose your council from the list of councils that match “{text}”, "
                "or choose {dont_know}."
            ).format(text=text, dont_know=tr(DONT_KNOW))
        )

    def set_value(self, value: Answer) -> None:
        council = self.finder.best(value) if isinstance(value, str) and value else None
        if council is not None:
            self._set_chosen(council.id)
        elif isinstance(value, str) and value:
            self.box.setText(value)  # shown as typed, for the person to choose from the list
            self._typed(value)
        else:
            self._chosen = None
            self.box.clear()
            self.status.setText("")
            self._list([])

    def focus_target(self) -> QWidget:
        return self.box
