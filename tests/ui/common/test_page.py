"""What a page says in reading order: the text shown, never the markup behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from send_routes.ui.common.page import spoken_text
from send_routes.ui.common.widgets import WrappedCheckBox


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for widget in widgets:
        layout.addWidget(widget)
    page.show()
    return page


def _label(text: str, shape: Qt.TextFormat) -> QLabel:
    label = QLabel()
    label.setTextFormat(shape)
    label.setText(text)
    return label


def test_a_rich_text_label_is_read_as_shown_with_its_entities_turned_to_letters(
    qtbot: QtBot,
) -> None:
    page = _page(
        _label("I&#x27;m not sure", Qt.TextFormat.RichText),
        _label("<b>Your plan</b> &amp; letters", Qt.TextFormat.AutoText),
    )
    qtbot.addWidget(page)
    assert spoken_text(page) == ["I'm not sure", "Your plan & letters"]


def test_a_plain_text_label_is_read_letter_for_letter(qtbot: QtBot) -> None:
    page = _page(_label("Use <b> & &#x27; as typed", Qt.TextFormat.PlainText))
    qtbot.addWidget(page)
    assert spoken_text(page) == ["Use <b> & &#x27; as typed"]


def test_hidden_widgets_are_not_read_and_buttons_are_read_by_their_names(qtbot: QtBot) -> None:
    hidden = _label("Not shown", Qt.TextFormat.PlainText)
    hidden.hide()
    go = QPushButton("&Continue")
    go.setAccessibleName("Continue to your plan")
    page = _page(hidden, go)
    qtbot.addWidget(page)
    assert spoken_text(page) == ["Continue to your plan"]


def test_a_box_with_its_words_in_a_label_beside_it_is_read_once(qtbot: QtBot) -> None:
    """A wrapped option (a textless box named for screen readers, and its label) says its
    words once, from the label; a box with no label of its own still says its name."""
    option = WrappedCheckBox("I don't know the date")
    alone = QCheckBox()
    alone.setAccessibleName("Large print")
    page = _page(option, alone)
    qtbot.addWidget(page)
    assert spoken_text(page) == ["I don't know the date", "Large print"]
