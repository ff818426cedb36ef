"""Menus, lists, tables, tool tips, the status bar and message boxes keep the chosen text size
even where the system gives them fonts of their own, as Qt's Windows theme does (about 8 pt).

Here the Windows theme's per-class fonts are put in by hand (QApplication.setFont with a class
name, which is what Qt does with them); the same is checked on a real window under Wine by a
screenshot in `make windows-check`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QListWidget,
    QMenu,
    QMenuBar,
    QMessageBox,
    QStatusBar,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from send_routes.ui.common.fonts import BASE_POINT_SIZE
from send_routes.ui.common.theme import DEFAULT_THEME, apply_theme

#: The classes Qt's Windows theme gives their own font (QApplication's per-class font hash).
WINDOWS_CLASS_FONTS = (
    "QMenu",
    "QMenuBar",
    "QMessageBox",
    "QTipLabel",
    "QStatusBar",
    "QAbstractItemView",
    "QListView",
    "QHeaderView",
)
WIDGETS: list[type[QWidget]] = [
    QMenu,
    QMenuBar,
    QMessageBox,
    QStatusBar,
    QListWidget,
    QTableView,
    QCalendarWidget,
]


@pytest.fixture
def windows_fonts(qapp: QApplication) -> Iterator[QApplication]:
    """The app themed at 100%, then given Windows' small per-class fonts, as Qt does on Windows."""
    apply_theme(qapp, DEFAULT_THEME)
    small = QFont("Tahoma", 8)
    for name in WINDOWS_CLASS_FONTS:
        QApplication.setFont(small, name)  # type: ignore[arg-type]  # str at run time
    yield qapp
    QApplication.setFont(QApplication.font())  # without a class name: clears the per-class fonts
    apply_theme(qapp, DEFAULT_THEME)


def point_size(qtbot: QtBot, kind: type[QWidget]) -> float:
    widget = kind()
    qtbot.addWidget(widget)
    widget.ensurePolished()
    return widget.font().pointSizeF()


@pytest.mark.parametrize("kind", WIDGETS, ids=lambda kind: kind.__name__)
def test_windows_own_small_fonts_do_not_win_over_the_chosen_size(
    qtbot: QtBot, windows_fonts: QApplication, kind: type[QWidget]
) -> None:
    assert point_size(qtbot, kind) == pytest.approx(BASE_POINT_SIZE)


@pytest.mark.parametrize("kind", WIDGETS, ids=lambda kind: kind.__name__)
def test_the_size_holds_after_a_colour_change_and_follows_a_text_size_change(
    qtbot: QtBot, windows_fonts: QApplication, kind: type[QWidget]
) -> None:
    apply_theme(windows_fonts, "high_contrast")
    assert point_size(qtbot, kind) == pytest.approx(BASE_POINT_SIZE)
    apply_theme(windows_fonts, "high_contrast", scale=2.0)
    for name in WINDOWS_CLASS_FONTS:  # as a theme change on Windows puts them back
        QApplication.setFont(QFont("Tahoma", 8), name)  # type: ignore[arg-type]
    apply_theme(windows_fonts, DEFAULT_THEME, scale=2.0)
    assert point_size(qtbot, kind) == pytest.approx(BASE_POINT_SIZE * 2)
