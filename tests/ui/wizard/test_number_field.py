"""The number box for the year of a move: digits only, the contract's range, empty is fine."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from send_routes.core.questions import Question
from send_routes.ui.wizard.choice_fields import FieldError
from send_routes.ui.wizard.number_field import NumberField

YEAR = Question(key="transfer_year", kind="number", required=False, text="Which year?", hint="")


def make(qtbot: QtBot) -> NumberField:
    field = NumberField(YEAR)
    qtbot.addWidget(field)
    return field


def test_an_empty_box_leaves_the_answer_out(qtbot: QtBot) -> None:
    assert make(qtbot).value() is None


def test_a_year_in_range_is_a_whole_number(qtbot: QtBot) -> None:
    field = make(qtbot)
    qtbot.keyClicks(field.box, "20a27")
    assert field.box.text() == "2027" and field.value() == 2027


def test_a_year_out_of_range_says_the_range(qtbot: QtBot) -> None:
    field = make(qtbot)
    field.set_value(1999)
    with pytest.raises(FieldError, match="2000 to 2100"):
        field.value()


def test_the_box_is_named_for_screen_readers(qtbot: QtBot) -> None:
    field = make(qtbot)
    assert field.box.accessibleName() == "Which year?"
    assert "2000 to 2100" in field.box.accessibleDescription()
