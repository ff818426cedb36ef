"""Where the word being read is shown in a widget, checked against what Qt draws there: the
word's letters are inside its mark and the spaces either side of it are outside.

Qt's mock speech engine only for a date said in other words; the window reading a page word
by word is in ``tests/ui/shell/test_page_reading_words.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from send_routes.ui.common.reading_place import ReadingFrame
from send_routes.ui.common.reading_word import WORD_YELLOW, ReadingWord, WordMark, word_place
from send_routes.ui.common.speech import STOPPED, ReadAloud, said

TEXT = (
    "Ask the council for an assessment of your child's needs. You can ask even if the "
    "school has not, and the council has six weeks to say whether it will assess."
)


W = TypeVar("W", bound=QWidget)

#: The windows shown by the test running now (kept, so Python does not delete them).
HELD: list[QWidget] = []


@pytest.fixture(autouse=True)
def _held() -> Iterator[None]:
    yield
    HELD.clear()


def shown(qtbot: QtBot, widget: W, width: int = 320) -> W:
    """``widget`` shown in a window ``width`` pixels wide."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.addWidget(widget)
    qtbot.addWidget(holder)
    HELD.append(holder)
    holder.resize(width, 200)
    holder.show()
    qtbot.waitExposed(holder)
    layout.activate()  # laid out now, not at the next grab
    QApplication.processEvents()
    return widget


def ink_columns(image: QImage, rows: QRect) -> set[int]:
    """The columns in which ``rows`` of ``image`` have a dark pixel (a letter)."""
    columns = set()
    for x in range(image.width()):
        for y in range(max(0, rows.top()), min(image.height(), rows.bottom() + 1)):
            if QColor(image.pixel(x, y)).lightness() < 128:
                columns.add(x)
                break
    return columns


def assert_marks_the_word(widget: QWidget, sentence: str, word: str, occurrence: int = 0) -> None:
    """The word's rectangle holds its letters, and the spaces beside it hold none."""
    start = [m.start() for m in re.finditer(rf"\b{word}\b", sentence)][occurrence]
    place = word_place(widget, sentence, start, len(word))
    assert place is not None and place.widget is widget
    rect = place.rect
    inked = ink_columns(widget.grab().toImage(), rect)
    assert inked & set(range(rect.left(), rect.left() + 3)), "its first letter"
    assert inked & set(range(rect.right() - 2, rect.right() + 1)), "its last letter"
    assert not inked & {rect.left() - 2, rect.right() + 2}, "the spaces either side"


@pytest.mark.parametrize("shape", ["plain", "rich", "styled"])
def test_a_word_is_found_where_a_wrapped_label_draws_it(qtbot: QtBot, shape: str) -> None:
    label = QLabel()
    label.setWordWrap(True)
    if shape == "styled":  # as the app's warnings are: QLabel then sets the text in a little
        label.setStyleSheet("border: none; border-left: 6px solid red; padding-left: 10px;")
    if shape == "rich":
        label.setTextFormat(Qt.TextFormat.RichText)
        linked = TEXT.replace("council", "<a href='x'>council</a>", 1)
        label.setText(linked.replace("'s", "&#x27;s"))
    else:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(TEXT)
    shown(qtbot, label)
    assert_marks_the_word(label, TEXT, "council")  # a link on the first line
    assert_marks_the_word(label, TEXT, "weeks")  # further down
    first, later = (
        word_place(label, TEXT, TEXT.index(word), len(word)) for word in ("Ask", "weeks")
    )
    assert first is not None and later is not None and later.rect.top() > first.rect.bottom()


def test_a_buttons_own_text_is_marked_and_an_option_in_the_label_that_names_it(
    qtbot: QtBot,
) -> None:
    push = shown(qtbot, QPushButton("Save your plan"))
    assert_marks_the_word(push, "Save your plan", "your")
    row = QWidget()
    radio, label = QRadioButton(), QLabel("A college or other post-16 education")
    radio.setAccessibleName(label.text())
    label.setBuddy(radio)
    layout = QHBoxLayout(row)
    layout.addWidget(radio)
    layout.addWidget(label, 1)
    shown(qtbot, row)
    place = word_place(radio, label.text(), label.text().index("other"), 5)
    assert place is not None and place.widget is label
    assert_marks_the_word(label, label.text(), "other")


def test_spaces_in_the_shown_text_are_tidied_as_the_sentence_was(qtbot: QtBot) -> None:
    label = shown(qtbot, QLabel("Call  the\nhelpline   today"))
    sentence = said([label.text()])[0]
    assert sentence == "Call the helpline today"
    assert_marks_the_word(label, sentence, "helpline")


def test_nothing_is_marked_where_the_widget_shows_other_words(qtbot: QtBot) -> None:
    back = shown(qtbot, QPushButton("&Back"))
    back.setAccessibleName("Back to the previous page")  # what is read
    assert word_place(back, "Back to the previous page", 8, 3) is None
    label = shown(qtbot, QLabel("By Tuesday 1 December 2026"))
    assert word_place(label, "By Tuesday the first of December", 11, 3) is None


def test_right_to_left_text_is_not_marked_rather_than_marked_in_the_wrong_place(
    qtbot: QtBot,
) -> None:
    """The engine's places are in the order letters are stored, not the order drawn: in a
    line mixing directions a word is not where a left-to-right walk puts it."""
    urdu = "یہ ایپ کون استعمال کر رہا ہے؟"
    assert word_place(shown(qtbot, QLabel(urdu)), urdu, 3, 3) is None
    mixed = "Call SENDIASS: یہ ایپ"
    assert word_place(shown(qtbot, QLabel(mixed)), mixed, 0, 4) is None
    english = shown(qtbot, QLabel("Your plan"))
    english.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert word_place(english, "Your plan", 5, 4) is None


def test_the_mark_is_black_on_yellow_over_the_word_and_goes_when_asked(qtbot: QtBot) -> None:
    label = shown(qtbot, QLabel("Ask for mediation"))
    word = ReadingWord()
    word.mark_word(label, "Ask for mediation", 8, 9)
    assert word.mark is not None and word.place is not None
    assert word.mark.isVisible() and word.mark.parentWidget() is label
    assert word.mark.geometry().contains(word.place.rect)
    drawn, rect = label.grab().toImage(), word.place.rect
    colours = [drawn.pixelColor(x, rect.center().y()) for x in range(rect.left(), rect.right())]
    assert WORD_YELLOW in colours and any(colour.lightness() < 60 for colour in colours)
    word.unmark()
    assert word.mark is None and word.place is None
    assert not [mark for mark in label.findChildren(WordMark) if mark.isVisible()]


# Qt's speech module loads Qt Multimedia, which says when the computer has no PipeWire.
@pytest.mark.qt_log_ignore("pipewire", "This plugin does not support")
def test_around_a_date_said_in_other_words_only_the_shown_words_are_marked(
    qtbot: QtBot,
) -> None:
    """With Qt's mock engine (tests only): the voice says "Tuesday the first of December";
    the label shows "Tuesday 1 December", so "the first of" marks nothing."""
    pytest.importorskip("PySide6.QtTextToSpeech", reason="read aloud needs PySide6-Addons")
    sentence = "Reply by Tuesday 1 December 2026."
    label = shown(qtbot, QLabel(sentence))
    voice, frame = ReadAloud(engine="mock"), ReadingFrame()
    marked: list[str] = []

    def mark(index: int, start: int, length: int) -> None:
        frame.mark_word(voice.sentences[index], start, length)
        place = frame.marked_word
        marked.append(sentence[place.start : place.end] if place is not None else "")

    voice.sentence_started.connect(lambda _index: frame.mark(label))
    voice.word_started.connect(mark)
    with qtbot.waitSignal(
        voice.state_changed, timeout=20_000, check_params_cb=lambda state: state == STOPPED
    ):
        voice.read([sentence])
    voice.close()
    assert marked == ["Reply", "by", "Tuesday", "December", "2026"]
