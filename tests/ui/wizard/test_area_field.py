"""The council question: type, see the councils that match, choose by keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shiboken6 import delete

from send_routes.content_store.content import ContentStore
from send_routes.ui.wizard.area_field import DONT_KNOW, CouncilField
from send_routes.ui.wizard.choice_fields import FieldError


@pytest.fixture
def field(qtbot: QtBot, content: ContentStore) -> Iterator[CouncilField]:
    question = next(q for q in content.questions if q.kind == "area")
    widget = CouncilField(question)
    widget.show()
    yield widget
    delete(widget)


def listed(field: CouncilField) -> list[str]:
    return [field.matches.item(row).text() for row in range(field.matches.count())]


def test_before_typing_only_i_dont_know_is_listed(field: CouncilField) -> None:
    assert listed(field) == [DONT_KNOW]


def test_down_arrow_before_typing_lists_every_council_with_i_dont_know_last(
    qtbot: QtBot, field: CouncilField
) -> None:
    qtbot.keyClick(field.box, Qt.Key.Key_Down)
    shown = listed(field)
    assert len(shown) == 154 and shown[-1] == DONT_KNOW
    assert "Cumberland" in shown and "Cumbria" not in shown
    assert field.matches.hasFocus() and field.matches.currentRow() == 0


def test_a_chosen_council_is_the_only_one_listed_until_the_person_types(
    qtbot: QtBot, field: CouncilField
) -> None:
    field.set_value("worcestershire")
    assert listed(field) == ["Worcestershire", DONT_KNOW]
    field.box.selectAll()
    qtbot.keyClicks(field.box, "North")
    assert "Worcestershire" not in listed(field) and len(listed(field)) > 2
    assert listed(field)[-1] == DONT_KNOW


def test_down_arrow_after_a_choice_lists_every_council_at_the_one_chosen(
    qtbot: QtBot, field: CouncilField
) -> None:
    qtbot.keyClicks(field.box, "Brighton")
    qtbot.keyClick(field.box, Qt.Key.Key_Return)
    assert listed(field) == ["Brighton and Hove", DONT_KNOW]
    qtbot.keyClick(field.box, Qt.Key.Key_Down)
    assert len(listed(field)) == 154
    assert field.matches.currentItem().text() == "Brighton and Hove"
    qtbot.keyClick(field.matches, Qt.Key.Key_Down)
    qtbot.keyClick(field.matches, Qt.Key.Key_Return)
    assert field.value() != "brighton_and_hove" and field.value() is not None
    assert listed(field) == [field.box.text(), DONT_KNOW]


def test_i_dont_know_can_be_chosen_without_typing(qtbot: QtBot, field: CouncilField) -> None:
    field.set_value("worcestershire")
    qtbot.keyClick(field.box, Qt.Key.Key_Down)
    qtbot.keyClick(field.matches, Qt.Key.Key_End)
    qtbot.keyClick(field.matches, Qt.Key.Key_Space)
    assert field.value() is None and field.box.text() == DONT_KNOW
    assert listed(field) == [DONT_KNOW]


def test_enter_in_the_box_before_typing_chooses_nothing(qtbot: QtBot, field: CouncilField) -> None:
    qtbot.keyClick(field.box, Qt.Key.Key_Return)
    assert field.box.text() == "" and field.status.text() == ""


def test_the_list_is_as_tall_as_its_rows_up_to_twelve(qtbot: QtBot, field: CouncilField) -> None:
    short = field.matches.sizeHint().height()
    qtbot.keyClick(field.box, Qt.Key.Key_Down)
    tall = field.matches.sizeHint().height()
    row = field.matches.sizeHintForRow(0)
    assert short < 2 * row and 12 * row <= tall < 13 * row


def test_typing_part_of_a_name_lists_that_council_first(qtbot: QtBot, field: CouncilField) -> None:
    qtbot.keyClicks(field.box, "Brighton")
    assert listed(field)[0] == "Brighton and Hove"
    assert listed(field)[-1] == DONT_KNOW


def test_a_misspelling_finds_the_council(qtbot: QtBot, field: CouncilField) -> None:
    qtbot.keyClicks(field.box, "Worcestshire")
    assert listed(field)[0] == "Worcestershire"


def test_a_former_council_offers_the_councils_that_took_over(
    qtbot: QtBot, field: CouncilField
) -> None:
    qtbot.keyClicks(field.box, "Cumbria")
    assert listed(field)[:2] == [
        "Cumberland (took over from Cumbria)",
        "Westmorland and Furness (took over from Cumbria)",
    ]


def test_down_then_enter_chooses_a_match_by_keyboard(qtbot: QtBot, field: CouncilField) -> None:
    qtbot.keyClicks(field.box, "Cumbria")
    qtbot.keyClick(field.box, Qt.Key.Key_Down)
    assert field.matches.hasFocus()
    qtbot.keyClick(field.matches, Qt.Key.Key_Down)
    qtbot.keyClick(field.matches, Qt.Key.Key_Space)
    assert field.value() == "westmorland_and_furness"
    assert field.box.text() == "Westmorland and Furness"
    assert "Westmorland and Furness Council" in field.status.text()


def test_enter_in_the_box_chooses_the_best_match(qtbot: QtBot, field: CouncilField) -> None:
    qtbot.keyClicks(field.box, "east susex")
    qtbot.keyClick(field.box, Qt.Key.Key_Return)
    assert field.value() == "east_sussex"


def test_i_dont_know_leaves_the_area_out(qtbot: QtBot, field: CouncilField) -> None:
    qtbot.keyClicks(field.box, "zzzz")
    assert listed(field) == [DONT_KNOW]
    qtbot.keyClick(field.box, Qt.Key.Key_Down)
    qtbot.keyClick(field.matches, Qt.Key.Key_Return)
    assert field.value() is None


def test_text_that_is_no_council_asks_the_person_to_choose(
    qtbot: QtBot, field: CouncilField
) -> None:
    qtbot.keyClicks(field.box, "North")
    with pytest.raises(FieldError, match="Choose your council"):
        field.value()


def test_a_saved_answer_is_shown_as_the_councils_name(field: CouncilField) -> None:
    field.set_value("brighton_and_hove")
    assert field.box.text() == "Brighton and Hove" and field.value() == "brighton_and_hove"
    field.set_value(None)
    assert field.box.text() == "" and field.value() is None


def test_the_box_and_the_list_have_accessible_names(field: CouncilField) -> None:
    assert field.box.accessibleName() and field.matches.accessibleName()
    assert field.focus_target() is field.box
