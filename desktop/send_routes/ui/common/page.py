"""What the window needs of every page, and the text a page says in reading order.

The navigator, help, clearing and (later) read-aloud each need "the page on screen" and
"what it says". Every page implements ``Page``; mypy checks it wherever a page is handed to
the navigator, so nothing looks a page's methods up by name.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # Qt's namespace with QtGui's functions
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QWidget,
)


class Page(Protocol):
    """A page of the window: what it is called, where focus starts, its help, what it says,
    and how it forgets what it shows of the person."""

    def page_title(self) -> str:
        """The page's name: the window title says it, and a screen reader with it."""
        ...

    def focus_first(self) -> None:
        """Put keyboard focus where a person starts on this page (and scroll to it)."""
        ...

    def help_html(self) -> str:
        """F1's help for this page."""
        ...

    def reading_order(self) -> list[str]:
        """The text a reader would speak, in reading order (visible text only)."""
        ...

    def clear_personal_data(self) -> None:
        """Forget every answer, name, note or search this page shows."""
        ...


def as_widget(page: Page) -> QWidget:
    """The page as the widget on the window's stack (every page is one)."""
    assert isinstance(page, QWidget), page
    return page


def _label_text(label: QLabel) -> str:
    """The label's text as it is shown: HTML (and its entities, such as ``&#x27;``) read
    as Qt reads it, by the label's own text format."""
    text, shape = label.text(), label.textFormat()
    rich = shape == Qt.TextFormat.RichText or (
        shape == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    return (QTextDocumentFragment.fromHtml(text).toPlainText() if rich else text).strip()


def _widget_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return _label_text(widget)
    if isinstance(widget, QAbstractButton):
        if not widget.text() and _has_own_label(widget):
            return ""  # its label beside it says the words, once
        return widget.accessibleName() or widget.text().replace("&", "")
    if isinstance(widget, QLineEdit):
        return " ".join(part for part in (widget.accessibleName(), widget.text()) if part)
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText().strip()
    return ""


def _has_own_label(button: QAbstractButton) -> bool:
    """Whether a label beside ``button`` (a wrapped option's words) names it as its buddy."""
    parent = button.parentWidget()
    if parent is None:
        return False
    return any(
        label.buddy() is button and not label.isHidden()
        for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
    )


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        inner = item.layout()
        widget = item.widget()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found.extend(_layout_widgets(inner))
    return found


def spoken_parts(root: QWidget) -> list[tuple[QWidget, str]]:
    """Every visible widget under ``root`` in layout order, with the text it says ("" for a
    container or a control with nothing to say): where read-aloud finds the focused item."""
    parts: list[tuple[QWidget, str]] = []

    def visit(widget: QWidget) -> None:
        if widget.isHidden():
            return
        text = _widget_text(widget)
        parts.append((widget, text))
        if text:
            return
        if isinstance(widget, QStackedWidget):
            current = widget.currentWidget()
            if current is not None:
                visit(current)
            return
        if isinstance(widget, QScrollArea):
            inner = widget.widget()
            if inner is not None:
                visit(inner)
            return
        layout = widget.layout()
        children = _layout_widgets(layout) if layout is not None else []
        if isinstance(widget, QSplitter):  # its panes in order (its children are not)
            panes = (widget.widget(index) for index in range(widget.count()))
            children = [pane for pane in panes if pane is not None]
        if not children:
            children = [child for child in widget.findChildren(QWidget) if child.parent() is widget]
        for child in children:
            visit(child)

    visit(root)
    return parts


def spoken_text(root: QWidget) -> list[str]:
    """The visible text under ``root`` in layout order: labels, buttons, boxes' contents."""
    return [text for _widget, text in spoken_parts(root) if text]
