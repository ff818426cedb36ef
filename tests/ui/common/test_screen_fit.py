"""The window, frame and all, stays inside the screen's available area at every text size,
on the older library screens too, and no button's words are cut short at 200%."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from plan_exports_helpers import WITH_DATES, show_plan
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from wizard_keys import MakeWindow

from send_routes.ui.common import screen_fit
from send_routes.ui.shell.main_window import MainWindow

#: Each screen with a 40 px taskbar at the bottom, as Windows has by default.
SCREENS = {
    "1366x768": QRect(0, 0, 1366, 728),
    "1280x720": QRect(0, 0, 1280, 680),
    "1024x768": QRect(0, 0, 1024, 728),
}


@pytest.fixture(params=list(SCREENS), ids=list(SCREENS))
def area(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QRect:
    rect = SCREENS[request.param]
    monkeypatch.setattr(screen_fit, "available_area", lambda _window: QRect(rect))
    return rect


def inside(window: QWidget, area: QRect) -> bool:
    frame = window.frameGeometry()
    if frame.size() == window.geometry().size():  # offscreen draws no frame: count Windows'
        frame = QRect(frame.topLeft(), frame.size() + screen_fit.FRAME_GUESS)
    return area.contains(frame)


def test_the_window_opens_inside_the_available_area(make_window: MakeWindow, area: QRect) -> None:
    window = make_window()
    assert inside(window, area)
    assert window.width() <= screen_fit.PREFERRED.width()


def test_at_200_percent_the_window_is_still_inside_after_qt_grows_it(
    qtbot: QtBot, make_window: MakeWindow, area: QRect
) -> None:
    window = make_window()
    show_plan(window, WITH_DATES)
    window.look.set_text_scale(2.0)
    window.resize(960, 874)  # what Qt did to it under Windows at 200%
    qtbot.wait(10)
    assert inside(window, area)
    assert window.statusBar().geometry().bottom() < window.height()


def pages(window: MainWindow) -> dict[str, Callable[[], object]]:
    """Every page a family or an adviser can put on screen from the menus."""
    return {
        "start": window.show_start,
        "find a contact": window.open_directory,
        "glossary": window.open_glossary,
        "adviser area": window.open_adviser_area,
        "plan": lambda: show_plan(window, WITH_DATES),
    }


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_every_page_fits_the_available_area_at_100_and_200_percent(
    qtbot: QtBot, make_window: MakeWindow, area: QRect, data_dir: Path, scale: float
) -> None:
    """Qt will not make a window smaller than its content's minimum size, so that minimum,
    frame and all, must fit the screen on every page; then the window is kept inside."""
    window = make_window()
    qtbot.waitUntil(lambda: window.warm_up.finished, timeout=20_000)  # every page made
    window.look.set_text_scale(scale)
    for name, show in pages(window).items():
        show()
        qtbot.wait(10)
        least = window.minimumSize() + screen_fit.FRAME_GUESS
        assert least.height() <= area.height(), f"{name} at {scale:.0%}: {least.height()} px"
        assert least.width() <= area.width(), f"{name} at {scale:.0%}: {least.width()} px"
        assert inside(window, area), f"{name} at {scale:.0%}: {window.frameGeometry()}"


def test_a_page_made_in_the_background_does_not_make_the_window_taller(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    """Find a contact, made while the start page is read, is tall at 200%; the plan is not."""
    window = make_window()
    qtbot.waitUntil(lambda: window.warm_up.finished, timeout=20_000)
    window.look.set_text_scale(2.0)
    show_plan(window, WITH_DATES)
    qtbot.wait(10)
    assert window.minimumHeight() < 400


def test_a_window_too_big_for_a_small_screen_is_made_smaller_not_moved_off_it(
    qtbot: QtBot, make_window: MakeWindow, area: QRect
) -> None:
    window = make_window()
    window.setGeometry(area.right() - 100, area.bottom() - 100, 1400, 900)
    qtbot.wait(10)
    assert inside(window, area)


def clipped(buttons: list[QPushButton]) -> list[str]:
    """Buttons whose words need more room than they have."""
    return [
        button.text()
        for button in buttons
        if button.isVisible()
        and button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
        > button.contentsRect().width()
    ]


def test_no_button_text_is_cut_short_at_200_percent(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(screen_fit, "available_area", lambda _window: SCREENS["1024x768"])
    show_plan(window, WITH_DATES)
    window.look.set_text_scale(2.0)
    qtbot.wait(10)
    buttons = window.findChildren(QPushButton)
    assert "Start again" in [button.text() for button in buttons if button.isVisible()]
    assert clipped(buttons) == []


def test_a_focused_button_keeps_room_for_its_words_at_200_percent(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The focus ring is wider than the button's edge; the words must not be cut for it."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    show_plan(window, WITH_DATES)
    window.look.set_text_scale(2.0)
    button = window.plan_page.again_button
    option = QStyleOptionButton()
    button.initStyleOption(option)
    unfocused = button.style().subElementRect(
        QStyle.SubElement.SE_PushButtonContents, option, button
    )
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    button.initStyleOption(option)
    focused = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    assert unfocused.width() > 0
    assert focused.width() >= unfocused.width()
