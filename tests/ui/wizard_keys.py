"""Drive the window by keyboard only, as a person would, for the UI tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from send_routes.ui.shell.main_window import MainWindow
from send_routes.ui.wizard.area_field import CouncilField
from send_routes.ui.wizard.choice_fields import ChoiceField
from send_routes.ui.wizard.date_field import DateField
from send_routes.ui.wizard.number_field import NumberField

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
TODAY = dt.date(2026, 11, 22)
MakeWindow = Callable[..., MainWindow]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """Press ``key`` wherever keyboard focus is."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 60) -> None:
    """Press Tab until ``target`` has focus (fails if it is not reachable by Tab)."""
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def _choose_radio(qtbot: QtBot, buttons: list[QAbstractButton], value_index: int) -> None:
    """Focus is on the group's first (or checked) button: Space, then arrow to the choice."""
    if not any(button.isChecked() for button in buttons):
        press(qtbot, Qt.Key.Key_Space)
    current = buttons.index(focused())  # type: ignore[arg-type]
    step = Qt.Key.Key_Down if value_index > current else Qt.Key.Key_Up
    for _ in range(abs(value_index - current)):
        press(qtbot, step)
    assert buttons[value_index].isChecked()


def _choose_boxes(qtbot: QtBot, field: ChoiceField, values: list[str]) -> None:
    for button in field.buttons():
        tab_to(qtbot, button)
        if button.isChecked() != (button.property("value") in values):
            press(qtbot, Qt.Key.Key_Space)


def _type_date(qtbot: QtBot, field: DateField, value: str | None) -> None:
    if value is None:
        tab_to(qtbot, field.unknown)
        press(qtbot, Qt.Key.Key_Space)
        return
    year, month, day = value.split("-")
    for box, text in zip(field.boxes(), (day, month, year), strict=True):
        tab_to(qtbot, box)
        qtbot.keyClick(box, Qt.Key.Key_A, CTRL)
        type_text(qtbot, text.lstrip("0"))


def _choose_council(qtbot: QtBot, field: CouncilField, value: str) -> None:
    """Type the council's name, go down to the matches, and choose the first."""
    tab_to(qtbot, field.box)
    type_text(qtbot, value.replace("_", " "))
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)


def answer_current(qtbot: QtBot, window: MainWindow, answers: dict[str, Any]) -> str:
    """Answer the question on screen from ``answers`` by keyboard, then press Alt+N."""
    page = window.wizard.current_page()
    assert page is not None
    key, field = page.question.key, page.field
    value = answers.get(key)
    if isinstance(field, DateField):
        _type_date(qtbot, field, value)
    elif isinstance(field, NumberField):
        if value is not None:
            tab_to(qtbot, field.box)
            type_text(qtbot, str(value))
    elif isinstance(field, CouncilField):
        if value is not None:
            _choose_council(qtbot, field, str(value))
    elif field.multi:
        _choose_boxes(qtbot, field, list(value or []))
    elif value is not None:
        values = [row.option.value for row in field.rows]
        _choose_radio(qtbot, field.buttons(), values.index(value))
    press(qtbot, Qt.Key.Key_N, ALT)
    return key


def walk_wizard(qtbot: QtBot, window: MainWindow, answers: dict[str, Any]) -> list[str]:
    """Answer every question shown until Check your answers; the keys asked, in order."""
    asked: list[str] = []
    while window.current_page() is window.wizard:
        asked.append(answer_current(qtbot, window, answers))
        assert len(asked) < 20, f"the wizard did not finish: {asked}"
    return asked
