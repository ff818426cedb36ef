"""Read aloud with the computer's own voices: listen, pause, resume, stop, slower or faster.

``ReadAloud.read`` takes the sentences of a page in reading order (what the page shows) and
speaks each in its speaking form (``core.speaking_form``: dates, phone numbers digit by
digit, abbreviations as they are said). It says which sentence is being read
(``sentence_started``), and which word where the engine reports words and the shown
sentence has that word (``word_started``, its place in the shown sentence: ``shown_place``),
so the page can highlight them.

Qt's speech module (PySide6-Addons) is imported on first use only, so start-up does not
change. With no engine or no voice (a Linux desktop without speech-dispatcher) it says so
once (``unavailable``), with what would make it work, rather than failing silently
(fact H29). Hide screen and clearing the session stop the voice at once
(``speech_stops``). A voice that stops answering in the middle of a sentence (speech-
dispatcher with no working sound device) is stopped after a generous time and said once.

The engine is started on a thread of its own, within a time limit, and is only ever sent
queued calls (``speech_engine``): a speech service that hangs must not freeze the window.
While it starts the voice is ``STARTING``, and reads once it is ready.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal

from send_routes.core.speaking_form import speaking_form
from send_routes.core.voice_choice import voice_locale
from send_routes.ui.common.speech_engine import NO_SPEECH as NO_SPEECH
from send_routes.ui.common.speech_engine import EngineStart, call
from send_routes.ui.common.words import marked, tr

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

#: Rates from -1 (slowest) to 1 (fastest); 0 is the voice's own.
SLOWEST, FASTEST = -1.0, 1.0

STOPPED, STARTING, SPEAKING, PAUSED = "stopped", "starting", "speaking", "paused"
#: Reading, or about to: the engine is starting or has not yet said it speaks.
ACTIVE = (STARTING, SPEAKING, PAUSED)
NO_LANGUAGE_VOICE = marked(
    "This computer has no voice for {language}, so read aloud cannot read this page. To "
    "hear it in English, choose English on the start page. On Windows, a voice comes with "
    "a language added in the computer's settings, under Time and language: on a shared "
    "computer, ask the staff."
)
STALLED = marked(
    "Reading aloud stopped: the computer's voice stopped answering. On Linux this is "
    "speech-dispatcher, which can stop answering when the computer has no working sound "
    "device. Everything else in this app works as usual."
)
#: How long a sentence may take before the voice is taken to have stopped answering: at
#: least 15 seconds, and 1.5 seconds a word (the slowest rate says about one word a second).
SENTENCE_LIMIT_MS, WORD_LIMIT_MS = 15_000, 1_500


class ReadAloud(QObject):
    """One voice for the window, reading one list of sentences at a time."""

    #: The index (in the sentences given to ``read``) of the sentence now being read.
    sentence_started = Signal(int)
    #: The sentence index, then the start and length of the word in that sentence (as shown).
    word_started = Signal(int, int, int)
    #: "starting" (the engine, on first use), "speaking", "paused" or "stopped".
    state_changed = Signal(str)
    #: Why read aloud cannot work here (said once).
    unavailable = Signal(str)
    #: Why it cannot read the language chosen now (said at each Listen in that language).
    language_unavailable = Signal(str)

    def __init__(
        self,
        spoken_words: Mapping[str, str] | None = None,
        engine: str = "",
        parent: QObject | None = None,
        engine_parameters: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.spoken_words = dict(spoken_words or {})
        self.engine_name = engine
        self.engine_parameters = dict(engine_parameters or {})
        #: Starts the engine on its own thread (on first use) and closes it.
        self.start = EngineStart(self)
        self.start.ready.connect(self._engine_ready)
        self.start.failed.connect(self._engine_failed)
        self._speech: QTextToSpeech | None = None
        self._told = False
        self._rate = 0.0
        #: The language to read (its code, and its name for saying there is no voice), and
        #: the locale the engine was last set to.
        self.language = ("en", "English")
        self._locale = ""
        #: What to read once the engine is ready: the sentences and where to start.
        self._waiting: tuple[Sequence[str], int] | None = None
        self.sentences: tuple[str, ...] = ()
        self._spoken: tuple[str, ...] = ()
        self.current = -1
        self.state = STOPPED
        #: The engine has begun the current sentence: its next "ready" means it is done (a
        #: "ready" left over from stopping the last sentence must not skip this one).
        self._begun = False
        #: Counts each read and stop, so a late "next sentence" of an old reading is dropped.
        self._reading = 0
        #: Runs while a sentence is said: a voice that never finishes it is stopped.
        self.limits = (SENTENCE_LIMIT_MS, WORD_LIMIT_MS)
        self._stalled = QTimer(self)
        self._stalled.setSingleShot(True)
        self._stalled.timeout.connect(self._stopped_answering)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    # What the page calls

    def read(self, sentences: Sequence[str], start: int = 0) -> bool:
        """Read ``sentences`` in order, from the one at ``start``; False if there is no voice.

        The first time, the engine starts first (``STARTING``): reading begins once it is
        ready. Sentences are said with their spaces tidied (``said``); empty ones are left
        out, so an index in ``sentences`` is an index in what ``said`` gives for them."""
        self.stop()
        if self._speech is None:
            if self.start.answer:  # it could not start: say why (once)
                self._tell(self.start.answer)
                return False
            self._waiting = (tuple(sentences), start)
            self.prepare()
            self._set_state(STARTING)
            return True
        return self._begin(sentences, start)

    def use_language(self, code: str, name: str) -> None:
        """Read in the language ``code`` (``name`` says it in messages) from the next read."""
        self.language = (code, name)

    def _begin(self, sentences: Sequence[str], start: int) -> bool:
        if not self._in_language():
            self._set_state(STOPPED)
            return False
        self.sentences = said(sentences)
        self._spoken = tuple(speaking_form(s, self.spoken_words) for s in self.sentences)
        self.current = max(0, min(start, len(self.sentences))) - 1
        self._set_state(STARTING)  # until the engine says it speaks
        self._next()
        return True

    def _in_language(self) -> bool:
        """Set the engine to a voice of the language to read; False if it has none."""
        code, name = self.language
        now = self._locale or self.start.first_locale
        wanted = voice_locale(code, self.start.locales, now)
        if wanted is None and code == "en":
            wanted = self.start.first_locale  # the computer's own voice, as before
        if wanted is None:
            self.language_unavailable.emit(tr(NO_LANGUAGE_VOICE).format(language=name))
            return False
        if self._speech is not None and wanted != now:
            call(self._speech, "setLocale", QLocale(wanted))
        self._locale = wanted
        return True

    def prepare(self) -> None:
        """Start the engine now if it is not started (it says ``ready`` or ``failed``)."""
        if self.start.engine_thread is None and self.start.answer is None:
            self.start.begin(self.engine_name, self.engine_parameters)

    @property
    def speech(self) -> QTextToSpeech | None:
        """The engine once it is ready (it lives on its own thread: send it queued calls)."""
        return self._speech

    def pause(self) -> None:
        if self._speech is not None and self.state == SPEAKING:
            call(self._speech, "pause")

    def resume(self) -> None:
        if self._speech is not None and self.state == PAUSED:
            call(self._speech, "resume")

    def stop(self) -> None:
        """Stop at once and forget the sentences (they may be personal)."""
        # Forgotten before the engine stops, so its "ready" does not start the next one.
        self.sentences, self._spoken, self.current = (), (), -1
        self._waiting = None
        self._reading += 1
        self._stalled.stop()
        if self._speech is not None:
            call(self._speech, "stop")  # at once: every engine's default is immediate
        self._set_state(STOPPED)

    def set_rate(self, rate: float) -> None:
        """Slower (towards -1) or faster (towards 1)."""
        self._rate = min(FASTEST, max(SLOWEST, rate))
        if self._speech is not None:
            call(self._speech, "setRate", self._rate)

    @property
    def rate(self) -> float:
        return self._rate

    def close(self) -> None:
        """Stop, and close the engine (waiting a short time at most: see ``speech_engine``)."""
        self.stop()
        self._speech = None
        self.start.close_engine()

    # The engine

    def _engine_ready(self, speech: QTextToSpeech) -> None:
        self._speech = speech
        call(speech, "setRate", self._rate)
        speech.sayingWord.connect(self._saying_word)
        speech.stateChanged.connect(self._engine_state)
        if self._waiting is not None:
            sentences, start = self._waiting
            self._waiting = None
            self._begin(sentences, start)

    def _engine_failed(self, why: str) -> None:
        if self._waiting is not None:
            self._waiting = None
            self._set_state(STOPPED)
            self._tell(why)

    def _tell(self, why: str) -> None:
        if not self._told:
            self._told = True
            self.unavailable.emit(tr(why))

    def _next(self) -> None:
        """Say the next sentence (one at a time, so every engine says which is read)."""
        self.current += 1
        if self._speech is None or self.current >= len(self.sentences):
            self.stop()
            return
        self._begun = False
        call(self._speech, "say", self._spoken[self.current])
        self._watch_sentence()
        self.sentence_started.emit(self.current)

    def _watch_sentence(self) -> None:
        least, per_word = self.limits
        words = (
            len(self._spoken[self.current].split()) if 0 <= self.current < len(self._spoken) else 0
        )
        self._stalled.start(max(least, per_word * words))

    def _stopped_answering(self) -> None:
        self.stop()
        self._tell(STALLED)

    def _saying_word(self, _word: str, _utterance: int, start: int, length: int) -> None:
        from send_routes.core.spoken_places import shown_place  # on first use, as the engine

        index = self.current
        if 0 <= index < len(self.sentences):
            # The place is in the spoken words: said on screen only where it shows them too.
            place = shown_place(self.sentences[index], self._spoken[index], start, length)
            if place is not None:
                self.word_started.emit(index, *place)

    def _engine_state(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing):
            self._begun = True
            if self.state == PAUSED:  # resumed: the sentence has its time again
                self._watch_sentence()
            self._set_state(SPEAKING)
        elif state == QTextToSpeech.State.Paused:
            self._stalled.stop()  # the person paused it: no limit while paused
            self._set_state(PAUSED)
        elif state == QTextToSpeech.State.Ready and self.sentences and not self._begun:
            return  # the last sentence's stop, arriving after this one was asked for
        elif state == QTextToSpeech.State.Ready and self.sentences:
            # That sentence is done. The next is said once this signal has returned: saying
            # from inside it would re-enter the engine's own state change.
            reading = self._reading
            QTimer.singleShot(0, self, lambda: self._next() if reading == self._reading else None)
        else:
            self.stop()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)


def said(sentences: Sequence[str]) -> tuple[str, ...]:
    """The sentences as they are read: spaces tidied, empty ones left out."""
    return tuple(s for s in (" ".join(s.split()) for s in sentences) if s)
