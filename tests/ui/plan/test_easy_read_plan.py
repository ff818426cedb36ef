"""The Easy Read switch on the plan page: on screen, in print and saved; forgotten on clear."""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_exports_helpers import WITH_DATES, pdf_text, save_to, show_plan
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from sample_answers import COLLEGE_SUSPENSION
from send_routes.ui.plan.easy_read_plan import EasyReadPlan
from send_routes.ui.shell.main_window import MainWindow


def easy_read(window: MainWindow) -> EasyReadPlan:
    part = window.plan_exports.easy_read
    assert part is not None
    return part


def test_a_parents_plan_starts_ordinary_and_the_switch_shows_it_in_easy_read(
    window: MainWindow,
) -> None:
    show_plan(window, WITH_DATES)
    part, page = easy_read(window), window.plan_page
    assert not part.switch.isChecked() and part.reader.isHidden()
    part.switch.click()
    assert part.switch.isChecked() and not part.reader.isHidden()
    assert page.summary_holder.isHidden() and page.body_holder.isHidden()
    shown = part.reader.toPlainText()
    assert shown.index("What to do first") < shown.index("By when") < shown.index("Key words")
    part.switch.click()
    assert part.reader.isHidden() and not page.summary_holder.isHidden()


def test_a_young_person_answering_for_themselves_gets_easy_read_first(
    window: MainWindow,
) -> None:
    show_plan(window, COLLEGE_SUSPENSION)
    part = easy_read(window)
    assert part.switch.isChecked() and not part.reader.isHidden()
    assert "your child" not in part.reader.toPlainText().casefold()


def test_the_persons_own_choice_stays_when_the_plan_changes(window: MainWindow) -> None:
    show_plan(window, COLLEGE_SUSPENSION)
    part = easy_read(window)
    part.switch.click()  # the young person turns it off
    window.session.plan_changed.emit()
    assert not part.switch.isChecked() and part.reader.isHidden()


def test_save_as_pdf_saves_the_easy_read_plan_while_the_switch_is_on(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    show_plan(window, WITH_DATES)
    easy_read(window).switch.click()
    suggested = save_to(monkeypatch, tmp_path / "mine")
    window.plan_page.pdf_button.click()
    target = tmp_path / "mine.pdf"
    assert Path(suggested[0]).name == "plan-easy-read.pdf"
    metadata = PdfReader(target).metadata
    assert metadata is not None and metadata.title == "Your plan in Easy Read"
    assert "What to do first" in pdf_text(target)


def test_the_print_job_is_the_easy_read_document_while_the_switch_is_on(
    window: MainWindow,
) -> None:
    show_plan(window, WITH_DATES)
    exports = window.plan_exports
    job = exports.plan_job()
    assert job is not None and job.title != "Your plan in Easy Read"
    easy_read(window).switch.click()
    job = exports.plan_job()
    assert job is not None and job.title == "Your plan in Easy Read"
    assert "What to do first" in job.make().toPlainText()


def test_finish_and_clear_forgets_the_easy_read_plan(window: MainWindow) -> None:
    show_plan(window, COLLEGE_SUSPENSION)
    part = easy_read(window)
    assert part.reader.toPlainText()
    window.guard.clear_session()
    assert part.view is None and part.chosen is None
    assert part.reader.toPlainText() == "" and part.reader.isHidden()
    assert not part.switch.isChecked()


def listening(window: MainWindow) -> EasyReadPlan:
    """The Easy Read plan on screen, the window's voice Qt's mock engine (tests only)."""
    pytest.importorskip("PySide6.QtTextToSpeech", reason="read aloud needs PySide6-Addons")
    show_plan(window, COLLEGE_SUSPENSION)
    window.reading.voice.engine_name = "mock"
    return easy_read(window)


@pytest.mark.qt_log_ignore("pipewire", "This plugin does not support")
def test_listen_reads_the_easy_read_plan_in_order_and_highlights_each_sentence(
    qtbot: QtBot, window: MainWindow
) -> None:
    part = listening(window)
    voice, bar = window.reading.voice, window.reading.bar
    read: list[str] = []
    marked: list[str] = []

    def started(index: int) -> None:
        read.append(voice.sentences[index])
        marked.append(part.reader.marked)

    voice.sentence_started.connect(started)
    bar.listen.click()
    qtbot.waitUntil(lambda: len(read) >= 3, timeout=20_000)
    assert list(voice.sentences) == part.reader.texts  # page 1, the routes, the key words
    assert read[:3] == ["Your plan in Easy Read", "What to do first", part.reader.texts[2]]
    assert marked == read
    bar.stop.click()
    assert voice.state == "stopped" and part.reader.marked == ""


@pytest.mark.qt_log_ignore("pipewire", "This plugin does not support")
def test_listen_starts_at_the_sentence_the_text_cursor_is_in(
    qtbot: QtBot, window: MainWindow
) -> None:
    part = listening(window)
    qtbot.wait(10)  # the page has put the focus where it starts
    voice = window.reading.voice
    texts = part.reader.texts
    cursor = part.reader.textCursor()
    cursor.setPosition(part.reader.toPlainText().index(texts[4]) + 2)
    part.reader.setTextCursor(cursor)
    part.reader.setFocus()
    window.reading.bar.listen.click()
    qtbot.waitUntil(lambda: voice.current >= 0)
    assert voice.sentences[voice.current] == texts[4]
    voice.stop()


@pytest.mark.qt_log_ignore("pipewire", "This plugin does not support")
def test_leaving_the_page_hiding_the_screen_or_switching_stops_the_voice(
    qtbot: QtBot, window: MainWindow
) -> None:
    part = listening(window)
    voice, listen = window.reading.voice, window.reading.bar.listen
    listen.click()
    qtbot.waitUntil(lambda: voice.state == "speaking")
    window.guard.hide_screen()
    assert voice.state == "stopped"
    window.guard.come_back()
    listen.click()
    qtbot.waitUntil(lambda: voice.state == "speaking")
    part.switch.click()  # the Easy Read plan it was reading has gone from the screen
    assert voice.state == "stopped"
    part.switch.click()
    listen.click()
    qtbot.waitUntil(lambda: voice.state == "speaking")
    window.show_start()
    assert voice.state == "stopped"


@pytest.mark.qt_log_ignore("pipewire", "This plugin does not support")
def test_the_word_being_read_is_marked_where_the_engine_reports_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    part = listening(window)
    voice = window.reading.voice
    words: list[tuple[str, str]] = []
    voice.word_started.connect(
        lambda *_: words.append((part.reader.marked, part.reader.marked_word))
    )
    window.reading.bar.listen.click()
    qtbot.waitUntil(lambda: len(words) >= 4, timeout=10_000)
    window.reading.bar.stop.click()
    # "Your plan in Easy Read", word by word, inside the marked sentence.
    assert words[:4] == [
        ("Your plan in Easy Read", word) for word in ("Your", "plan", "in", "Easy")
    ]


def test_on_screen_it_follows_the_theme_and_the_text_size(window: MainWindow) -> None:
    show_plan(window, COLLEGE_SUSPENSION)
    reader = easy_read(window).reader
    assert reader.document().defaultFont().pointSize() == 16
    window.set_theme("high_contrast")
    window.set_text_scale(2.0)
    html = reader.document().toHtml()
    assert "color:#ffffff" in html.replace(" ", "")  # light text on the black theme
    assert reader.document().defaultFont().pointSize() == 32
