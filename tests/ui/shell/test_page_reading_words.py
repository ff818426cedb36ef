"""The word being read, marked on an ordinary page, with Qt's mock speech engine (tests only).

The mock engine "speaks" a word every 100 ms and says where it is in the sentence; the
window marks it inside the widget framed for the sentence. These tests check the mark lies
over the word Qt draws there, moves word by word, and goes with the sentence, on Stop, on
Hide screen and on Finish and clear.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from send_routes.ui.common.reading_word import WORD_YELLOW, WordMark
from send_routes.ui.common.speech import STOPPED, ReadAloud
from send_routes.ui.shell.main_window import MainWindow
from send_routes.ui.wizard.question_page import QuestionPage

pytest.importorskip("PySide6.QtTextToSpeech", reason="read aloud needs PySide6-Addons")
# Qt's speech module loads Qt Multimedia, which says when the computer has no PipeWire.
pytestmark = pytest.mark.qt_log_ignore("pipewire", "This plugin does not support")


@dataclass
class Heard:
    """A word as the engine said it, and what the window marked for it."""

    sentence: str
    word: str
    start: int
    marked_in: QWidget | None
    rect: QRect | None


@pytest.fixture
def voice(window: MainWindow) -> ReadAloud:
    window.reading.voice.engine_name = "mock"
    return window.reading.voice


def heard(window: MainWindow, voice: ReadAloud) -> list[Heard]:
    """Each word the engine reports, with the window's mark once it has marked it."""
    words: list[Heard] = []

    def note(index: int, start: int, length: int) -> None:
        sentence = voice.sentences[index]
        place = window.reading.frame.marked_word
        widget, rect = (place.widget, place.rect) if place is not None else (None, None)
        words.append(Heard(sentence, sentence[start : start + length], start, widget, rect))

    voice.word_started.connect(note)
    return words


def heading_of(page: QuestionPage) -> QLabel:
    return next(label for label in page.findChildren(QLabel) if label.property("role") == "heading")


def first_question(window: MainWindow) -> tuple[QuestionPage, QLabel]:
    """The wizard's first question for a parent, and its heading."""
    window.start_wizard({"role": "parent"})
    page = window.wizard.current_page()
    assert page is not None
    return page, heading_of(page)


def marks_shown(root: QWidget) -> list[WordMark]:
    return [mark for mark in root.findChildren(WordMark) if mark.isVisible()]


def listen_until_the_heading(
    qtbot: QtBot, window: MainWindow, words: list[Heard], heading: QLabel, count: int
) -> list[Heard]:
    window.reading.bar.listen.click()
    said = " ".join(heading.accessibleName().split())
    qtbot.waitUntil(lambda: sum(w.sentence == said for w in words) >= count, timeout=20_000)
    return [w for w in words if w.sentence == said]


def test_the_word_being_read_is_marked_over_that_word_and_moves_to_the_next(
    qtbot: QtBot, window: MainWindow, voice: ReadAloud
) -> None:
    _page, heading = first_question(window)
    words = heard(window, voice)
    first, second = listen_until_the_heading(qtbot, window, words, heading, 2)[:2]
    voice.stop()
    assert (first.word, second.word) == ("Where", "is")  # "Where is your child in..."
    assert first.marked_in is heading and second.marked_in is heading
    assert first.rect is not None and second.rect is not None
    # Where Qt draws "is": after "Where " in the heading's own font, on its first line.
    metrics = QFontMetricsF(heading.font())
    left = heading.contentsRect().left() + metrics.horizontalAdvance(second.sentence[:6])
    assert abs(second.rect.left() - left) <= 2
    assert abs(second.rect.width() - metrics.horizontalAdvance("is")) <= 2
    assert second.rect.top() == first.rect.top() and second.rect.left() > first.rect.right()
    assert heading.rect().contains(second.rect)


def test_the_mark_is_drawn_black_on_yellow_one_word_at_a_time(
    qtbot: QtBot, window: MainWindow, voice: ReadAloud
) -> None:
    page, heading = first_question(window)
    words = heard(window, voice)
    listen_until_the_heading(qtbot, window, words, heading, 1)
    voice.pause()
    qtbot.waitUntil(lambda: voice.state == "paused", timeout=5000)
    marks = marks_shown(page)
    place = window.reading.frame.marked_word
    assert len(marks) == 1 and place is not None and marks[0].parentWidget() is heading
    drawn, rect = heading.grab().toImage(), place.rect
    row = [drawn.pixelColor(x, rect.center().y()) for x in range(rect.left(), rect.right())]
    assert WORD_YELLOW in row and any(colour.lightness() < 60 for colour in row)
    voice.stop()


def test_the_mark_goes_with_its_sentence_and_on_stop_hide_screen_and_finish_and_clear(
    qtbot: QtBot, window: MainWindow, voice: ReadAloud
) -> None:
    page, heading = first_question(window)
    marked_at_start: list[bool] = []
    voice.sentence_started.connect(
        lambda _index: marked_at_start.append(window.reading.frame.marked_word is not None)
    )
    words = heard(window, voice)
    listen_until_the_heading(qtbot, window, words, heading, 1)
    assert marked_at_start and not any(marked_at_start)  # each sentence starts unmarked
    assert marks_shown(page)
    window.reading.bar.stop.click()
    assert voice.state == STOPPED and window.reading.frame.marked_word is None
    assert not marks_shown(page)
    for leave in (
        window.guard.hide_screen,
        lambda: window.guard.clear_and_start("Everything from this session has been cleared."),
    ):
        window.guard.come_back()
        words.clear()
        listen_until_the_heading(qtbot, window, words, heading, 1)
        assert marks_shown(page)
        leave()
        assert window.reading.frame.marked_word is None and not marks_shown(page)
