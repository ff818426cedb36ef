"""The plan opens on its deadline: the urgent box and "Do this first" in view, focus on the
heading; the same after a colour change and after text size changes, and every page a
family can reach keeps what it showed through text size keys and colour changes.

At 200% the window (at most 760 pixels high) has room for the heading and the top of the
urgent box, not for "Do this first" below it: there the page must be at its top, focus on
the heading, with the urgent box starting in view.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from wizard_keys import CTRL, TODAY, MakeWindow, focused, press

from send_routes.core.answers_file import read_answers_file
from send_routes.ui.common.page import Page, as_widget
from send_routes.ui.common.theme import DEFAULT_THEME
from send_routes.ui.common.widgets import ScrollingPage
from send_routes.ui.shell.main_window import MainWindow

#: A refused assessment, the decision 50 days ago: a deadline close enough to be urgent.
REFUSED_50_DAYS_AGO = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "assessment_requested",
    "disagree_with": ["local_authority"],
    "issues": ["refused_assessment"],
    "local_authority": "worcestershire",
    "decision_date": (TODAY - dt.timedelta(days=50)).isoformat(),
}


def _in_view(page: ScrollingPage, widget: QWidget, whole: bool = True) -> bool:
    """``widget``'s top (or all of it) is inside the page's visible area."""
    top_left = widget.mapTo(page.viewport(), QPoint(0, 0))
    shown = page.viewport().rect()
    if not whole:
        return shown.contains(top_left)
    return shown.contains(QRect(top_left, widget.size()))


@pytest.fixture
def planned(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> MainWindow:
    """As ``send-routes open FILE`` does, then Enter on "Continue to your plan"."""
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(REFUSED_50_DAYS_AGO), encoding="utf-8")
    window = make_window()
    window.open_answers(read_answers_file(path))
    assert focused() is window.check_page.go
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_page() is window.plan_page
    return window


def _opens_at_the_deadline(qtbot: QtBot, window: MainWindow, whole_summary: bool) -> None:
    page = window.plan_page
    urgent = page.findChild(QWidget, "urgent")
    first = page.findChild(QWidget, "doThisFirst")
    assert urgent is not None and first is not None
    qtbot.waitUntil(lambda: page.verticalScrollBar().value() == 0)
    assert focused() is page.heading
    assert _in_view(page, page.heading)
    assert _in_view(page, urgent, whole=whole_summary)
    if whole_summary:
        assert _in_view(page, first, whole=False)


def test_the_plan_opens_with_the_urgent_box_and_do_this_first_in_view(
    qtbot: QtBot, planned: MainWindow
) -> None:
    _opens_at_the_deadline(qtbot, planned, whole_summary=True)


def _choose_colours(window: MainWindow, theme: str) -> None:
    """View > Colours > ``theme``, as the menu does."""
    window.actions_.themes[theme].trigger()
    assert window.actions_.themes[theme].isChecked()


def test_after_a_colour_change_the_plan_is_still_at_its_deadline(
    qtbot: QtBot, planned: MainWindow
) -> None:
    _choose_colours(planned, "high_contrast")
    _opens_at_the_deadline(qtbot, planned, whole_summary=True)
    _choose_colours(planned, DEFAULT_THEME)
    _opens_at_the_deadline(qtbot, planned, whole_summary=True)


def test_a_colour_change_at_200_percent_keeps_the_plan_at_its_deadline(
    qtbot: QtBot, planned: MainWindow
) -> None:
    for _ in range(4):
        QTest.keyClick(focused(), Qt.Key.Key_Plus, CTRL)
    qtbot.waitUntil(_scale_reached(planned, 2.0))
    _choose_colours(planned, "high_contrast")
    _opens_at_the_deadline(qtbot, planned, whole_summary=False)
    press(qtbot, Qt.Key.Key_0, CTRL)
    qtbot.waitUntil(_scale_reached(planned, 1.0))
    _opens_at_the_deadline(qtbot, planned, whole_summary=True)


def _scale_reached(window: MainWindow, scale: float) -> Callable[[], bool]:
    return lambda: window.look.scale == scale and not window.look.pending()


@pytest.mark.parametrize("pace", ["fast", "slow"])
def test_ctrl_plus_to_200_percent_and_ctrl_0_keep_the_plan_at_its_deadline(
    qtbot: QtBot, planned: MainWindow, pace: str
) -> None:
    for step in range(4):
        QTest.keyClick(focused(), Qt.Key.Key_Plus, CTRL)
        if pace == "slow":
            qtbot.waitUntil(_scale_reached(planned, 1.25 + 0.25 * step))
    qtbot.waitUntil(_scale_reached(planned, 2.0))
    assert planned.current_page() is planned.plan_page and planned.plan_page.cards
    _opens_at_the_deadline(qtbot, planned, whole_summary=False)
    press(qtbot, Qt.Key.Key_0, CTRL)
    qtbot.waitUntil(_scale_reached(planned, 1.0))
    assert planned.current_page() is planned.plan_page and planned.plan_page.cards
    _opens_at_the_deadline(qtbot, planned, whole_summary=True)


def _open_directory_with_details(window: MainWindow) -> None:
    """Find a contact, with the best match's details drawn now rather than just after."""
    window.open_directory()
    page = window.side.directory_page
    assert page is not None
    page.show_details_now()


def _pages(window: MainWindow) -> list[tuple[str, Callable[[], object], Callable[[], Page]]]:
    return [
        ("start", window.show_start, lambda: window.start_page),
        (
            "questions",
            lambda: window.start_wizard(dict(REFUSED_50_DAYS_AGO)),
            lambda: window.wizard,
        ),
        ("check", window.show_check, lambda: window.check_page),
        ("plan", window.show_plan, lambda: window.plan_page),
        (
            "contacts",
            lambda: _open_directory_with_details(window),
            lambda: window.side.directory_page,
        ),  # type: ignore[arg-type,return-value]
        ("glossary", window.open_glossary, lambda: window.side.glossary_page),  # type: ignore[arg-type,return-value]
        ("adviser", window.open_adviser_area, lambda: window.side.adviser_page),  # type: ignore[arg-type,return-value]
        ("hidden", window.guard.hide_screen, lambda: window.guard.blank_page),
    ]


def test_every_page_keeps_what_it_shows_through_fast_ctrl_plus_and_ctrl_0(
    qtbot: QtBot, planned: MainWindow
) -> None:
    qtbot.waitUntil(lambda: planned.warm_up.finished, timeout=20_000)  # the start page's last line
    for name, show, page_of in _pages(planned):
        show()
        page = page_of()
        said = page.reading_order()
        assert said, name
        for _ in range(4):
            QTest.keyClick(focused(), Qt.Key.Key_Plus, CTRL)
        qtbot.waitUntil(_scale_reached(planned, 2.0))
        assert planned.current_page() is page, name
        assert as_widget(page).isVisible(), name
        assert page.reading_order() == said, name
        press(qtbot, Qt.Key.Key_0, CTRL)
        qtbot.waitUntil(_scale_reached(planned, 1.0))
        assert planned.current_page() is page and page.reading_order() == said, name


def test_every_page_keeps_what_it_shows_through_colour_changes(
    qtbot: QtBot, planned: MainWindow
) -> None:
    qtbot.waitUntil(lambda: planned.warm_up.finished, timeout=20_000)  # the start page's last line
    for name, show, page_of in _pages(planned):
        show()
        page = page_of()
        said = page.reading_order()
        for theme in ("high_contrast", DEFAULT_THEME):
            _choose_colours(planned, theme)
            qtbot.waitUntil(lambda: not planned.look.pending())
            assert planned.current_page() is page, (name, theme)
            assert as_widget(page).isVisible(), (name, theme)
            assert page.reading_order() == said, (name, theme)
