"""Listen on every page, with Qt's mock speech engine (tests only; it is never shipped).

The mock engine "speaks" each word on a 100 ms timer and reports it: the tests hear what
the window reads, in what order, from where, and that moving on, Hide screen, Finish and
clear and the idle timeout stop it at once.
"""

from __future__ import annotations

import pytest
from plan_exports_helpers import WITH_DATES, show_plan
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from wizard_keys import CTRL, press

from send_routes.core.speaking_form import speaking_form
from send_routes.ui.common.page import Page
from send_routes.ui.common.speech import NO_SPEECH, SPEAKING, STOPPED, ReadAloud, said
from send_routes.ui.shell.main_window import MainWindow
from send_routes.ui.shell.session_guard import IDLE_CLEARED
from send_routes.ui.wizard.question_page import QuestionPage

pytest.importorskip("PySide6.QtTextToSpeech", reason="read aloud needs PySide6-Addons")
# Qt's speech module loads Qt Multimedia, which says when the computer has no PipeWire.
pytestmark = pytest.mark.qt_log_ignore("pipewire", "This plugin does not support")


@pytest.fixture
def voice(window: MainWindow) -> ReadAloud:
    window.reading.voice.engine_name = "mock"
    return window.reading.voice


def started(voice: ReadAloud) -> list[str]:
    """Each sentence as the voice starts it."""
    read: list[str] = []
    voice.sentence_started.connect(lambda index: read.append(voice.sentences[index]))
    return read


def listen_until(qtbot: QtBot, window: MainWindow, read: list[str], count: int) -> None:
    window.reading.bar.listen.click()
    qtbot.waitUntil(lambda: len(read) >= count, timeout=20_000)


def question(window: MainWindow) -> QuestionPage:
    page = window.wizard.current_page()
    assert page is not None
    return page


def test_listen_is_on_every_page_and_shows_its_key(window: MainWindow) -> None:
    bar = window.reading.bar
    assert bar.listen.text() == "Listen (Ctrl+R)"
    pages: list[Page] = [window.start_page]
    window.start_wizard()
    pages.append(window.wizard)
    show_plan(window, WITH_DATES)
    pages.append(window.plan_page)
    window.open_directory()
    pages.append(window.current_page())
    window.open_glossary()
    pages.append(window.current_page())
    for page in pages:
        window.navigator.show(page)
        assert bar.isVisible() and bar.listen.isVisible(), page.page_title()


def test_a_question_is_read_in_its_reading_order_question_hint_then_options(
    qtbot: QtBot, window: MainWindow, voice: ReadAloud
) -> None:
    window.start_wizard({"role": "parent"})
    page = question(window)
    assert page.question.hint  # the second question has a hint
    read = started(voice)
    listen_until(qtbot, window, read, 1)
    assert voice.sentences == said(window.wizard.reading_order())
    texts = list(voice.sentences)
    options = [button.accessibleName() for button in page.field.findChildren(QAbstractButton)]
    asked = texts.index(" ".join(page.question.text.split()))
    hint = texts.index(" ".join(page.question.hint.split()))
    assert asked < hint < min(texts.index(option) for option in options)
    assert read[0] == texts[0]  # from the top: focus is where the page put it
    qtbot.waitUntil(lambda: len(read) >= 2, timeout=20_000)
    assert read[:2] == texts[:2]
    voice.stop()


def test_the_plan_is_read_page_one_first_then_the_routes_in_speaking_form(
    qtbot: QtBot, window: MainWindow, voice: ReadAloud
) -> None:
    show_plan(window, WITH_DATES)
    read = started(voice)
    listen_until(qtbot, window, read, 1)
    texts = list(voice.sentences)
    assert texts == list(said(window.plan_page.reading_order()))
    view = window.plan_page.view
    assert view is not None
    routes = texts.index("Your routes, in the order to try them")
    page_one = [i for i, text in enumerate(texts) if view.summary.first.title in text]
    assert page_one and page_one[0] < routes
    # Dates and numbers go to the engine as a person says them.
    assert voice._spoken == tuple(speaking_form(text, voice.spoken_words) for text in texts)
    assert any("E H C" in spoken for spoken in voice._spoken)
    voice.stop()


def test_on_find_a_contact_it_reads_the_chosen_contact(
    qtbot: QtBot, window: MainWindow, voice: ReadAloud
) -> None:
    window.open_directory()
    qtbot.wait(10)  # the page has put the focus in the search box
    page = window.side.directory()
    page.search_box.setText("SENDIASS")
    page.show_details_now()
    page.results.setFocus(Qt.FocusReason.TabFocusReason)  # the person moved to the results
    read = started(voice)
    listen_until(qtbot, window, read, 1)
    contact = page.model.contact_at(page.results.currentIndex().row())
    assert contact is not None and read[0] == contact.name
    voice.stop()


def test_listen_starts_at_the_item_the_person_moved_to_and_follows_the_focus(
    qtbot: QtBot, window: MainWindow, voice: ReadAloud
) -> None:
    window.start_wizard({"role": "parent"})
    buttons = question(window).field.findChildren(QAbstractButton)
    assert len(buttons) >= 3
    qtbot.wait(10)  # the page has put the focus on the first option
    buttons[1].setFocus(Qt.FocusReason.TabFocusReason)
    read = started(voice)
    listen_until(qtbot, window, read, 1)
    assert read[0] == buttons[1].accessibleName()
    buttons[2].setFocus(Qt.FocusReason.TabFocusReason)  # moved while it reads
    qtbot.waitUntil(lambda: len(read) >= 2 and voice.state == SPEAKING)
    assert read[1] == buttons[2].accessibleName()
    voice.stop()


def test_the_sentence_being_read_is_framed_on_screen(
    qtbot: QtBot, window: MainWindow, voice: ReadAloud
) -> None:
    window.start_wizard({"role": "parent"})
    read = started(voice)
    listen_until(qtbot, window, read, 1)
    framed = window.reading.frame.framed
    assert framed is not None and framed.isVisible()
    assert framed is question(window).back and read[0] == framed.accessibleName()
    voice.stop()
    assert window.reading.frame.framed is None


def test_ctrl_r_listens_and_moving_to_the_next_question_stops(
    qtbot: QtBot, window: MainWindow, voice: ReadAloud
) -> None:
    window.start_wizard({"role": "parent"})
    press(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: voice.state == SPEAKING, timeout=10_000)
    question(window).field.findChildren(QAbstractButton)[0].click()
    window.wizard.go_next()
    assert voice.state == STOPPED


def test_hide_screen_finish_and_clear_and_the_idle_timeout_stop_the_voice_at_once(
    qtbot: QtBot, window: MainWindow, voice: ReadAloud
) -> None:
    show_plan(window, WITH_DATES)
    listen = window.reading.bar.listen
    listen.click()
    qtbot.waitUntil(lambda: voice.state == SPEAKING, timeout=10_000)
    window.guard.hide_screen()
    assert voice.state == STOPPED and voice.sentences == ()
    window.guard.come_back()
    listen.click()
    qtbot.waitUntil(lambda: voice.state == SPEAKING, timeout=10_000)
    window.guard.clear_and_start("Everything from this session has been cleared.")
    assert voice.state == STOPPED and voice.sentences == ()
    show_plan(window, WITH_DATES)
    listen.click()
    qtbot.waitUntil(lambda: voice.state == SPEAKING, timeout=10_000)
    window.guard.countdown_seconds = 0.2
    window.guard.watcher.set_minutes(0.001)
    qtbot.waitUntil(lambda: IDLE_CLEARED in window.statusBar().currentMessage(), timeout=5000)
    assert voice.state == STOPPED and voice.sentences == ()


@pytest.mark.qt_log_ignore("[Tt]ext-to-speech", "pipewire", "This plugin does not support")
def test_with_no_voice_listen_says_why_once_and_what_would_make_it_work(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.reading.voice.engine_name = "no-such-engine"
    bar = window.reading.bar
    with qtbot.waitSignal(window.reading.voice.unavailable):
        bar.listen.click()
    box = bar.message
    assert isinstance(box, QMessageBox) and box.isVisible() and box.text() == NO_SPEECH
    assert "speech-dispatcher" in NO_SPEECH and "speech voice" in NO_SPEECH
    box.accept()
    bar.listen.click()  # not a dead end: it says why again, quietly, and no second message
    assert bar.message is None
    assert window.statusBar().currentMessage() == NO_SPEECH
    assert bar.listen.isEnabled() and bar.listen.accessibleDescription() == NO_SPEECH
    assert not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
