"""A page drawn ahead is laid out at its stack's size and painted while still hidden."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from send_routes.ui.common.draw_ahead import draw_ahead


class PaintCount(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _stack_with_hidden_page(qtbot: QtBot) -> tuple[QStackedWidget, QWidget, QLabel]:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    stack.addWidget(QLabel("On screen"))
    hidden = QWidget()
    label = QLabel("A long sentence that wraps when the page is narrow. " * 6, hidden)
    label.setWordWrap(True)
    QVBoxLayout(hidden).addWidget(label)
    stack.addWidget(hidden)
    stack.resize(640, 480)
    stack.show()
    qtbot.waitExposed(stack)
    return stack, hidden, label


def test_a_hidden_page_is_laid_out_at_its_stacks_size_and_painted(qtbot: QtBot) -> None:
    stack, hidden, label = _stack_with_hidden_page(qtbot)
    painted = PaintCount(label)
    assert draw_ahead(hidden)
    assert hidden.size() == stack.size()
    assert not hidden.isVisible()
    assert painted.paints >= 1
    assert label.width() > 0 and label.width() <= stack.width()


def test_a_page_on_screen_is_left_alone(qtbot: QtBot) -> None:
    stack, _hidden, _label = _stack_with_hidden_page(qtbot)
    shown = stack.currentWidget()
    painted = PaintCount(shown)
    assert not draw_ahead(shown)
    assert painted.paints == 0


def test_a_page_on_no_stack_is_left_alone() -> None:
    assert not draw_ahead(QWidget())
