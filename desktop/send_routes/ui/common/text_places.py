"""Where a widget draws its text: a text layout made like the widget's own, for finding a
word's rectangle in it (``reading_word``).

A label's text is laid out as QLabel lays it out (its document for rich text, the same
wrapping for plain text, inside its margins, indent and vertical alignment); a button's one
line is placed where its style draws it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument, QTextLine, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)


def _rich(label: QLabel) -> bool:
    shape, text = label.textFormat(), label.text()
    return shape == Qt.TextFormat.RichText or (
        shape == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )


def _label_layout(label: QLabel) -> tuple[QTextDocument, QPointF] | None:
    """The label's text laid out as QLabel lays it out, and where it starts in the label."""
    if not label.text() or not label.pixmap().isNull():
        return None
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    option = QTextOption(label.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask)
    wrap = QTextOption.WrapMode.WordWrap if label.wordWrap() else QTextOption.WrapMode.ManualWrap
    option.setWrapMode(wrap)
    document.setDefaultTextOption(option)
    if _rich(label):
        document.setHtml(label.text())
    else:
        document.setPlainText(label.text())
    area = QRectF(label.contentsRect()).adjusted(
        label.margin(), label.margin(), -label.margin(), -label.margin()
    )
    indent = label.indent()
    if indent < 0 and label.frameWidth():  # as QLabel does: half an "x" inside a frame
        indent = label.fontMetrics().horizontalAdvance("x") // 2 - label.margin()
    if indent > 0 and label.alignment() & Qt.AlignmentFlag.AlignLeft:
        area.setLeft(area.left() + indent)
    if indent > 0 and label.alignment() & Qt.AlignmentFlag.AlignTop:
        area.setTop(area.top() + indent)
    document.setTextWidth(area.width())
    height = document.size().height()
    top = area.top()
    if label.alignment() & Qt.AlignmentFlag.AlignVCenter:
        top += max(0.0, (area.height() - height) / 2)
    elif label.alignment() & Qt.AlignmentFlag.AlignBottom:
        top += max(0.0, area.height() - height)
    return document, QPointF(area.left(), top)


def _button_layout(button: QAbstractButton) -> tuple[QTextDocument, QPointF] | None:
    """The button's one line of text, where its style draws it (no icon: with one, the
    style places the text beside it in ways of its own)."""
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text or not button.icon().isNull() or "\n" in text:
        return None
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    style = button.style()
    if isinstance(button, QPushButton):
        element, align = QStyle.SubElement.SE_PushButtonContents, Qt.AlignmentFlag.AlignCenter
    elif isinstance(button, QCheckBox):
        element, align = QStyle.SubElement.SE_CheckBoxContents, Qt.AlignmentFlag.AlignLeft
    elif isinstance(button, QRadioButton):
        element, align = QStyle.SubElement.SE_RadioButtonContents, Qt.AlignmentFlag.AlignLeft
    else:
        return None
    contents = style.subElementRect(element, option, button)
    drawn = style.itemTextRect(
        button.fontMetrics(), contents, int(align | Qt.AlignmentFlag.AlignVCenter), True, text
    )
    document = QTextDocument()
    document.setDefaultFont(button.font())
    document.setDocumentMargin(0)
    document.setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
    document.setPlainText(text)
    top = drawn.top() + (drawn.height() - document.size().height()) / 2
    return document, QPointF(drawn.left(), top)


def text_layout(widget: QWidget) -> tuple[QTextDocument, QPointF] | None:
    """``widget``'s text laid out as it draws it, and where that starts in the widget (None
    for a widget this does not know how to follow)."""
    if isinstance(widget, QLabel):
        return _label_layout(widget)
    if isinstance(widget, QAbstractButton):
        return _button_layout(widget)
    return None


def range_rect(document: QTextDocument, start: int, end: int) -> QRectF | None:
    """The rectangle of the text from ``start`` to ``end`` (on its first line, if a long
    word is broken over two) in the document's own coordinates."""
    block = document.findBlock(start)
    layout = block.layout()
    if not block.isValid() or layout is None:
        return None
    at = start - block.position()
    line = layout.lineForTextPosition(at)
    if not line.isValid():
        return None
    last = min(end - block.position(), line.textStart() + line.textLength())
    left, right = _x(line, at), _x(line, last)
    corner = layout.position() + QPointF(0, line.y())
    return QRectF(corner.x() + min(left, right), corner.y(), abs(right - left), line.height())


def _x(line: QTextLine, position: int) -> float:
    """Where ``position`` is across ``line`` (PySide gives the x with the position)."""
    answer = line.cursorToX(position)
    x = answer[0] if isinstance(answer, tuple) else answer
    assert isinstance(x, float | int), answer
    return float(x)
