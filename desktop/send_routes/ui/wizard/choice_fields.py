"""Answer fields for choices: radio buttons, check boxes, and the area list with its name box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from send_routes.core.guidance import plain
from send_routes.core.question_flow import Answer as Answer
from send_routes.core.questions import Option, Question
from send_routes.ui.common.glossary_text import TermIndex, TermLabel
from send_routes.ui.common.words import shown


class FieldError(ValueError):
    """What the person typed cannot be used; the message says how to fix it."""


KEYPAD = Qt.KeyboardModifier.KeypadModifier
#: Arrow keys and the step each takes through a group's options.
ARROW_STEPS = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Left: -1,
}


class ChoosingRadioButton(QRadioButton):
    """A radio button whose arrow keys choose the next option, as native radio groups do.

    Qt's own buttons only move focus when nothing is chosen yet (each option sits in its
    own row widget), so Continue would then say nothing was chosen.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = ARROW_STEPS.get(Qt.Key(event.key()))
        group = self.group()
        if step is None or group is None or event.modifiers() & ~KEYPAD:
            super().keyPressEvent(event)
            return
        buttons = group.buttons()
        target = buttons[(buttons.index(self) + step) % len(buttons)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        target.click()


class OptionRow(QWidget):
    """One radio button or check box, its wrapped label, and the option's help beneath."""

    def __init__(self, option: Option, terms: TermIndex, multi: bool) -> None:
        super().__init__()
        self.option = option
        self.button: QAbstractButton = QCheckBox() if multi else ChoosingRadioButton()
        self.button.setAccessibleName(plain(shown(option.label)))
        self.button.setAccessibleDescription(plain(shown(option.help)))
        self.button.setProperty("value", option.value)
        self.label = TermLabel(option.label, terms, keyboard=False)
        self.label.setBuddy(self.button)
        self.label.installEventFilter(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.button, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.label, 0, 1)
        if option.help:
            self.help = TermLabel(option.help, terms, role="hint", keyboard=False)
            grid.addWidget(self.help, 1, 1)
        grid.setColumnStretch(1, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Clicking the label (away from a glossary term) chooses the option."""
        if (
            watched is self.label
            and event.type() == QEvent.Type.MouseButtonRelease
            and not self.label.hasSelectedText()
            and not self.label.hovered_link
        ):
            self.button.click()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
        return False


class ChoiceField(QWidget):
    """Radio buttons (one answer) or check boxes (any number) for a question's options."""

    def __init__(self, question: Question, terms: TermIndex, multi: bool) -> None:
        super().__init__()
        self.multi = multi
        self.setAccessibleName(plain(shown(question.text)))
        # Only radio buttons are grouped: Tab skips the rest of a group, which suits one
        # choice (arrows move within it) but would hide all but one check box.
        self.group = None if multi else QButtonGroup(self)
        self.rows: list[OptionRow] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)
        for option in question.options:
            row = OptionRow(option, terms, multi)
            if self.group is not None:
                self.group.addButton(row.button)
            self.layout_.addWidget(row)
            self.rows.append(row)

    def buttons(self) -> list[QAbstractButton]:
        return [row.button for row in self.rows]

    def button_for(self, value: str) -> QAbstractButton | None:
        return next((row.button for row in self.rows if row.option.value == value), None)

    def chosen(self) -> list[str]:
        return [row.option.value for row in self.rows if row.button.isChecked()]

    def value(self) -> Answer:
        chosen = self.chosen()
        if self.multi:
            return chosen or None
        return chosen[0] if chosen else None

    def set_value(self, value: Answer) -> None:
        values = value if isinstance(value, list) else [value] if value else []
        for row in self.rows:
            row.button.setChecked(row.option.value in values)

    def focus_target(self) -> QWidget:
        """Where focus goes on this field: the chosen option, or the first."""
        checked = [button for button in self.buttons() if button.isChecked()]
        return (checked or self.buttons())[0]
