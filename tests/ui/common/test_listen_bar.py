"""The Listen bar at 200% text on a 1366x768 screen: nothing folded away or cut short, and
Hide screen still in view; at 100% it shares the privacy bar's row."""

from __future__ import annotations

import pytest
from plan_exports_helpers import WITH_DATES, show_plan
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QToolBar, QWidget
from pytestqt.qtbot import QtBot
from wizard_keys import MakeWindow

from send_routes.ui.common import screen_fit
from send_routes.ui.shell.main_window import MainWindow

#: A 1366x768 screen less a 40 px taskbar, as Windows has by default.
SCREEN = QRect(0, 0, 1366, 728)


@pytest.fixture
def window(make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(screen_fit, "available_area", lambda _window: QRect(SCREEN))
    return make_window()


def top_bar_controls(window: MainWindow) -> list[QWidget]:
    bars = [
        bar
        for bar in window.findChildren(QToolBar)
        if window.toolBarArea(bar) == Qt.ToolBarArea.TopToolBarArea
    ]
    return [
        widget
        for bar in bars
        for action in bar.actions()
        if (widget := bar.widgetForAction(action)) is not None
    ]


def whole_and_in_view(window: MainWindow, widget: QWidget) -> bool:
    """Shown in its bar (not folded away), at its full size, inside the window."""
    place = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return (
        widget.isVisible()
        and widget.width() >= widget.sizeHint().width()
        and window.rect().contains(place)
    )


def test_at_200_percent_every_control_at_the_top_shows_whole(
    qtbot: QtBot, window: MainWindow
) -> None:
    show_plan(window, WITH_DATES)
    window.look.set_text_scale(2.0)
    controls = top_bar_controls(window)
    names = [widget.accessibleName() for widget in controls]
    assert "Hide screen" in " ".join(names) and "Listen" in names and "Reading speed" in names
    qtbot.waitUntil(lambda: all(whole_and_in_view(window, widget) for widget in controls))
    assert window.width() <= SCREEN.width()
    assert window.toolBarBreak(window.reading.bar)  # a row of its own


def test_at_100_percent_the_bars_share_one_row(qtbot: QtBot, window: MainWindow) -> None:
    show_plan(window, WITH_DATES)
    window.look.set_text_scale(2.0)
    qtbot.waitUntil(lambda: window.toolBarBreak(window.reading.bar))
    window.look.set_text_scale(1.0)
    qtbot.waitUntil(lambda: not window.toolBarBreak(window.reading.bar))
    privacy = window.guard.bar
    qtbot.waitUntil(lambda: window.reading.bar.y() == privacy.y())  # once laid out again
    controls = top_bar_controls(window)
    assert all(whole_and_in_view(window, widget) for widget in controls)
