"""Read aloud, with Qt's mock speech engine (tests only; it is never shipped).

The mock engine "speaks" each word on a 100 ms timer and reports it, so the tests hear what
was said, in what order, and that pause, stop, Hide screen and clearing stop it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from send_routes.ui.common.speech import (
    NO_LANGUAGE_VOICE,
    NO_SPEECH,
    PAUSED,
    SPEAKING,
    STALLED,
    STOPPED,
    ReadAloud,
)
from send_routes.ui.common.speech_stops import stop_with_session
from send_routes.ui.shell.main_window import MainWindow

pytest.importorskip("PySide6.QtTextToSpeech", reason="read aloud needs PySide6-Addons")
# Qt's speech module loads Qt Multimedia, which says when the computer has no PipeWire.
pytestmark = pytest.mark.qt_log_ignore("pipewire", "This plugin does not support")

WORDS = {"EHC": "E H C"}


@pytest.fixture
def voice(qtbot: QtBot) -> Iterator[ReadAloud]:
    voice = ReadAloud(WORDS, engine="mock")
    yield voice
    voice.close()


def heard(qtbot: QtBot, voice: ReadAloud) -> list[str]:
    """Every word the engine says, as it says it (once the engine has started)."""
    words: list[str] = []
    with qtbot.waitSignal(voice.start.ready):
        voice.prepare()
    speech = voice.speech
    assert speech is not None
    speech.sayingWord.connect(lambda word, *_: words.append(word))
    return words


def test_the_sentences_are_read_in_order_in_their_speaking_form(
    qtbot: QtBot, voice: ReadAloud
) -> None:
    words = heard(qtbot, voice)
    started: list[int] = []
    voice.sentence_started.connect(started.append)
    with qtbot.waitSignal(
        voice.state_changed, timeout=20_000, check_params_cb=lambda s: s == STOPPED
    ):
        assert voice.read(["Call 01905 768153.", "Your EHC plan.", "By 1 December 2026."])
    assert started == [0, 1, 2]
    assert " ".join(words) == (
        "Call zero one nine zero five seven six eight one five three "
        "Your E H C plan By the first of December 2026"
    )


def test_words_are_reported_where_the_shown_sentence_has_them(
    qtbot: QtBot, voice: ReadAloud
) -> None:
    places: list[tuple[int, int, int]] = []
    voice.word_started.connect(lambda *place: places.append(place))
    with qtbot.waitSignal(
        voice.state_changed, timeout=10_000, check_params_cb=lambda s: s == STOPPED
    ):
        voice.read(["Ask for mediation.", "Your EHC plan."])
    # In the shown sentence: "Your" and "plan", and nothing for the "E H C" said for "EHC".
    assert places == [(0, 0, 3), (0, 4, 3), (0, 8, 9), (1, 0, 4), (1, 9, 4)]


def test_pause_holds_the_voice_and_resume_goes_on(qtbot: QtBot, voice: ReadAloud) -> None:
    words = heard(qtbot, voice)
    voice.read(["One two three four five six.", "Seven eight."])
    qtbot.waitUntil(lambda: len(words) >= 2)
    voice.pause()
    qtbot.waitUntil(lambda: voice.state == PAUSED)
    held = len(words)
    qtbot.wait(400)
    assert len(words) == held
    voice.resume()
    qtbot.waitUntil(lambda: voice.state == STOPPED, timeout=10_000)
    assert words[-2:] == ["Seven", "eight"]


def test_stop_ends_at_once_and_forgets_the_sentences(qtbot: QtBot, voice: ReadAloud) -> None:
    words = heard(qtbot, voice)
    voice.read(["One two three four five six seven.", "Eight nine."])
    qtbot.waitUntil(lambda: len(words) >= 1)
    voice.stop()
    said = len(words)
    qtbot.wait(500)
    assert len(words) == said and voice.state == STOPPED
    assert voice.sentences == () and voice.current == -1


def test_hide_screen_and_finish_and_clear_stop_the_voice(
    qtbot: QtBot, window: MainWindow, voice: ReadAloud
) -> None:
    stop_with_session(voice, window.session, window.guard.blank_page)
    words = heard(qtbot, voice)
    voice.read(["One two three four five six seven eight nine ten."])
    qtbot.waitUntil(lambda: voice.state == SPEAKING and len(words) >= 1)
    window.guard.hide_screen()
    assert voice.state == STOPPED and voice.sentences == ()
    window.guard.come_back()
    voice.read(["One two three four five six seven eight nine ten."])
    qtbot.waitUntil(lambda: voice.state == SPEAKING)
    window.guard.clear_session()
    assert voice.state == STOPPED and voice.sentences == ()


@pytest.mark.qt_log_ignore("is not supported", "pipewire", "This plugin does not support")
def test_with_no_engine_it_says_why_once(qtbot: QtBot) -> None:
    voice = ReadAloud(engine="no-such-engine")
    told: list[str] = []
    voice.unavailable.connect(told.append)
    with qtbot.waitSignal(voice.unavailable):
        assert voice.read(["Hello."])  # it tries
    assert voice.state == STOPPED
    assert voice.read(["Hello again."]) is False
    assert told == [NO_SPEECH]
    voice.close()
    assert "speech-dispatcher" in NO_SPEECH


def test_the_rate_stays_between_slowest_and_fastest(qtbot: QtBot, voice: ReadAloud) -> None:
    voice.set_rate(3.0)
    assert voice.rate == 1.0
    heard(qtbot, voice)
    speech = voice.speech
    assert speech is not None
    voice.set_rate(-0.5)
    # Sent to the engine's own thread, which says so on that thread: wait for it to take it.
    qtbot.waitUntil(lambda: speech.rate() == pytest.approx(-0.5))


def test_a_language_is_read_by_a_voice_of_that_language_and_english_by_the_first_voice(
    qtbot: QtBot, voice: ReadAloud
) -> None:
    heard(qtbot, voice)
    speech = voice.speech
    assert speech is not None
    voice.use_language("fi", "suomi (Finnish)")  # the mock engine has a Finnish voice
    assert voice.read(["Hei."])
    # Sent to the engine's own thread, which says so on that thread: wait for it to take it.
    qtbot.waitUntil(lambda: speech.locale().name() == "fi_FI")
    voice.use_language("en", "English")
    assert voice.read(["Hello."])
    qtbot.waitUntil(lambda: speech.locale().name() == "en_GB")


def test_a_language_with_no_voice_is_not_read_by_another_languages_voice(
    qtbot: QtBot, voice: ReadAloud
) -> None:
    words = heard(qtbot, voice)
    started: list[int] = []
    voice.sentence_started.connect(started.append)
    voice.use_language("ur", "اردو (Urdu)")
    with qtbot.waitSignal(voice.language_unavailable) as told:
        assert voice.read(["یہ ایپ"]) is False
    assert told.args == [NO_LANGUAGE_VOICE.format(language="اردو (Urdu)")]
    qtbot.wait(300)
    assert words == [] and started == [] and voice.state == STOPPED


def test_a_voice_that_stops_answering_mid_sentence_is_stopped_and_said_once(
    qtbot: QtBot, voice: ReadAloud
) -> None:
    """As speech-dispatcher can with no working sound device: the mock engine takes 100 ms
    a word, here longer than the limit."""
    heard(qtbot, voice)
    voice.limits = (150, 10)
    with qtbot.waitSignal(voice.unavailable, timeout=5_000) as told:
        voice.read(["One two three four five six seven eight nine ten."])
    assert told.args == [STALLED]
    assert voice.state == STOPPED and voice.sentences == ()


def test_a_sentence_said_within_its_time_is_not_cut_off(qtbot: QtBot, voice: ReadAloud) -> None:
    heard(qtbot, voice)
    told: list[str] = []
    voice.unavailable.connect(told.append)
    voice.limits = (600, 150)  # the mock engine's 100 ms a word, with room
    with qtbot.waitSignal(
        voice.state_changed, timeout=10_000, check_params_cb=lambda s: s == STOPPED
    ):
        voice.read(["One two three four five six seven eight.", "Nine ten."])
    assert told == []
