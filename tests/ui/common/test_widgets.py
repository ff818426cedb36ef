"""Small widgets that keep a page within its width at 200% text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from send_routes.ui.common.widgets import NarrowingComboBox, WrappedCheckBox

LONG = "I don't have this letter, or I don't know the date, and nobody has told me " * 2


def test_a_wrapped_check_box_wraps_its_words_and_clicking_them_ticks_it(qtbot: QtBot) -> None:
    check = WrappedCheckBox(LONG)
    qtbot.addWidget(check)
    check.resize(300, 200)
    check.show()
    qtbot.waitExposed(check)
    assert check.minimumSizeHint().width() < 300
    assert check.box.accessibleName() == LONG and check.label.buddy() is check.box
    qtbot.mouseClick(check.label, Qt.MouseButton.LeftButton)
    assert check.box.isChecked() and check.focusWidget() is check.box
    qtbot.keyClick(check.box, Qt.Key.Key_Space)
    assert not check.box.isChecked()


def test_a_narrowing_list_box_is_as_wide_as_its_longest_item_only_when_there_is_room(
    qtbot: QtBot,
) -> None:
    box = NarrowingComboBox()
    qtbot.addWidget(box)
    box.setFont(QFont(QApplication.font().family(), 24))
    box.addItems(["English", LONG])
    assert box.sizeHint().width() > box.fontMetrics().horizontalAdvance(LONG[:60])
    assert box.minimumSizeHint().width() < box.sizeHint().width() / 3
