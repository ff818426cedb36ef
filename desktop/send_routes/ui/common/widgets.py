"""Small building blocks shared by the pages: text roles, buttons and scrolling pages."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def text_label(
    text: str, role: str = "", parent: QWidget | None = None, selectable: bool = False
) -> QLabel:
    """A word-wrapped plain-text label (never HTML) with an optional style role (heading,
    hint, error...); ``selectable`` lets the mouse select the text to copy it."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


class ActionButton(QPushButton):
    """A push button that Enter and keypad Enter press too, as Space does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)


def menu_access_key(widget: QPushButton) -> QPushButton:
    """Underline the button's access key (its ``&`` letter) but leave the key to the menu.

    The Go menu already gives Alt+B and Alt+N to Back and Next on every page; a button
    taking the same key as well would make Qt refuse both as ambiguous.
    """
    widget.setShortcut(QKeySequence())
    return widget


def button(text: str, name: str, description: str = "", role: str = "") -> QPushButton:
    """A push button with an accessible name (and description), optionally secondary or link."""
    widget = ActionButton(text)
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    if role:
        widget.setProperty("role", role)
    widget.setAutoDefault(False)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return widget


def panel(role: str = "panel") -> tuple[QFrame, QVBoxLayout]:
    """A framed box (a card, a warning) and its vertical layout."""
    frame = QFrame()
    frame.setProperty("role", role)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 12, 12, 12)
    return frame, layout


class ScrollingPage(QScrollArea):
    """A page whose content scrolls, so large text never clips or overlaps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget()
        self.body.setObjectName("pageBody")
        self.content = QVBoxLayout(self.body)
        self.content.setContentsMargins(24, 16, 24, 24)
        self.content.setSpacing(12)
        self.setWidget(self.body)

    def finish(self) -> None:
        """Push the content to the top of the page."""
        self.content.addStretch(1)


class NarrowingComboBox(QComboBox):
    """A list box as wide as its longest item when there is room, narrower when there is
    not: a long item is then shortened in the box (the open list shows it whole), so at
    200% text in a narrow window the page never needs to scroll sideways."""

    #: The fewest characters the box keeps when the page is narrow.
    MIN_CHARACTERS = 10

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        narrow = self.fontMetrics().averageCharWidth() * self.MIN_CHARACTERS + hint.height()
        return QSize(min(hint.width(), narrow), hint.height())


class WrappedCheckBox(QWidget):
    """A check box whose words wrap: Qt's own keeps its text on one line, which at 200%
    text made the page scroll sideways. The words are a label beside the box (its buddy);
    clicking them ticks the box, as clicking a check box's own text does."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.label = text_label(text)
        self.label.setBuddy(self.box)
        self.label.installEventFilter(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.MouseButtonRelease:
            self.box.click()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        return False
