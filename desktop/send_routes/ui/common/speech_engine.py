"""The speech engine, started and closed away from the window, each within a time limit.

A speech engine can be slow to start or never answer. Linux's "speechd" engine connects to
speech-dispatcher, starting it if needed: that took 5 to 10 seconds on the test machine, and
on a computer with no working sound device speech-dispatcher can hang while starting or while
closing. Qt creates an engine on the thread that asks for it, and PySide keeps Python's lock
while it does, so creating it on the window's thread, or from Python on another thread,
freezes the window. So the engine is created by a queued call (``setEngine``, plain Qt, no
Python) on a thread of its own and lives there: the window sends it queued calls only
(``call``) and hears its signals, which Qt queues back to the window's thread.

``EngineStart`` says ``ready`` with the engine, or ``failed`` with why: no engine, no voice,
or not ready within ``START_LIMIT_MS``. ``close_engine`` waits at most ``STOP_LIMIT_S`` for
the engine to close; one that hangs is left behind on its own thread (a daemon thread, which
does not hold up the app's exit).
"""

from __future__ import annotations

import atexit
import contextlib
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Q_ARG,
    QEventLoop,
    QLoggingCategory,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)

from send_routes.ui.common.words import marked

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

NO_SPEECH = marked(
    "Read aloud is not available on this computer: no speech voice was found. On Linux, "
    "install speech-dispatcher and espeak-ng. On Windows, check that a speech voice is "
    "installed in the computer's speech settings."
)
#: How long the engine may take to be ready: speech-dispatcher took up to 10 seconds to
#: start on a busy test machine.
START_LIMIT_MS = 20_000
NOT_STARTED = marked(
    "Read aloud is not available on this computer: its speech service did not answer within "
    "20 seconds. On Linux this is speech-dispatcher, which can stop "
    "answering when the computer has no working sound device. Everything else in this app "
    "works as usual."
)
#: How long closing the app waits for the engine to close.
STOP_LIMIT_S = 2.0
#: The engine named while the real one is created on its thread (never a real engine).
_PLACEHOLDER = "not started"


class EngineThread:
    """A thread that runs Qt events for one engine. A daemon thread, so a hung engine does
    not hold up the app's exit (a ``QThread`` still running when it is deleted aborts)."""

    def __init__(self) -> None:
        self.qthread: QThread | None = None
        self._loop: QEventLoop | None = None
        started = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(started,), name="speech engine", daemon=True
        )
        self._thread.start()
        started.wait()
        _OPEN.add(self)

    def _run(self, started: threading.Event) -> None:
        self.qthread = QThread.currentThread()
        self._loop = QEventLoop()
        started.set()
        self._loop.exec()

    def quit(self) -> None:
        if self._loop is not None:
            QMetaObject.invokeMethod(self._loop, "quit", Qt.ConnectionType.QueuedConnection)

    def join(self, seconds: float) -> bool:
        """Wait at most ``seconds`` for the thread to end; True if it has."""
        self._thread.join(seconds)
        _OPEN.discard(self)  # ended, or given up on: not waited for again at exit
        return not self._thread.is_alive()


#: Engine threads not yet closed: closed (within the limit) when Python exits.
_OPEN: set[EngineThread] = set()


class EngineStart(QObject):
    """Starts one engine on its own thread; says ``ready`` or ``failed`` once."""

    #: The engine (a ``QTextToSpeech`` living on the engine's thread), ready with a voice.
    ready = Signal(object)
    #: Why read aloud cannot work here.
    failed = Signal(str)
    #: From the engine's thread: "" when ready with a voice, else why not; and the engine's
    #: locale with the locales it has voices for.
    _checked = Signal(str, object)

    def __init__(self, parent: QObject | None = None, limit_ms: int = START_LIMIT_MS) -> None:
        super().__init__(parent)
        self.limit_ms = limit_ms
        self.engine_thread: EngineThread | None = None
        self.speech: QTextToSpeech | None = None
        self.answer: str | None = None  # "" ready, else why not; None while starting
        #: The engine's own locale when it started, and the locales it has voices for.
        self.first_locale = ""
        self.locales: tuple[str, ...] = ()
        self._checked.connect(self._answer)

    def begin(self, name: str = "", parameters: dict[str, Any] | None = None) -> None:
        """Start ``name`` (the computer's default engine when empty); answers later."""
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # not part of this copy, or a library it needs is missing
            QTimer.singleShot(0, self, lambda: self._answer(NO_SPEECH))
            return
        if not QTextToSpeech.availableEngines():
            QTimer.singleShot(0, self, lambda: self._answer(NO_SPEECH))
            return
        self.engine_thread = EngineThread()
        home = self.engine_thread.qthread
        assert home is not None  # set before EngineThread() returns
        speech = _placeholder()
        speech.moveToThread(home)
        # Owned by its thread from now on, so Python never deletes it from the window's
        # thread (closing speech-dispatcher there could hang the window).
        speech.setParent(home)
        check = _Check(speech, self._checked)
        speech.engineChanged.connect(check, Qt.ConnectionType.DirectConnection)
        speech.stateChanged.connect(check, Qt.ConnectionType.DirectConnection)
        self.speech = speech
        QMetaObject.invokeMethod(
            speech,
            "setEngine",
            Qt.ConnectionType.QueuedConnection,
            Q_ARG(str, name),
            Q_ARG("QVariantMap", parameters or {}),
        )
        QTimer.singleShot(self.limit_ms, self, self._too_slow)

    def _too_slow(self) -> None:
        if self.answer is None:
            self.answer = NOT_STARTED
            self.failed.emit(NOT_STARTED)

    def _answer(self, why: str, locales: tuple[str, tuple[str, ...]] = ("", ())) -> None:
        if why == "" and self.speech is not None and self.answer in (None, NOT_STARTED):
            # Ready, even if late: the next Listen works.
            self.answer = ""
            self.first_locale, self.locales = locales
            self.ready.emit(self.speech)
        elif why and self.answer is None:
            self.answer = why
            self.failed.emit(why)

    def close_engine(self) -> bool:
        """Close the engine on its thread, waiting at most ``STOP_LIMIT_S``; False if it
        did not close in time (it is left to end, or not, on its own thread)."""
        speech, thread = self.speech, self.engine_thread
        self.speech, self.engine_thread = None, None
        if thread is None:
            return True
        if speech is not None:
            speech.deleteLater()  # on its own thread, before the thread's loop ends
        thread.quit()
        return thread.join(STOP_LIMIT_S)


class _Check:
    """Runs on the engine's thread as the engine changes: is it ready with a voice?"""

    def __init__(self, speech: QTextToSpeech, answer: Any) -> None:
        self.speech, self.answer = speech, answer

    def __call__(self, *_: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        state = self.speech.state()
        locales: tuple[str, tuple[str, ...]] = ("", ())
        if state == QTextToSpeech.State.Ready:
            why = "" if self.speech.availableVoices() else NO_SPEECH
            found = tuple(locale.name() for locale in self.speech.availableLocales())
            locales = (self.speech.locale().name(), found)
        elif state == QTextToSpeech.State.Error:
            if self.speech.errorReason() == QTextToSpeech.ErrorReason.NoError:
                return  # no reason: the engine is still starting (it says when it is ready)
            why = NO_SPEECH
        else:
            return
        with contextlib.suppress(RuntimeError):  # the voice was closed while it started
            self.answer.emit(why, locales)


def _placeholder() -> QTextToSpeech:
    """A speech object with no engine yet: the real one is created on its own thread.

    Qt says "not supported" for the placeholder's name: that is expected, so not said."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    QLoggingCategory.setFilterRules("default.critical=false")
    try:
        return QTextToSpeech(_PLACEHOLDER)
    finally:
        QLoggingCategory.setFilterRules("")


def call(speech: QTextToSpeech, method: str, *arguments: Any) -> None:
    """Call ``method`` of ``speech`` on the engine's thread (never wait for it)."""
    QMetaObject.invokeMethod(
        speech,
        method,
        Qt.ConnectionType.QueuedConnection,
        *(Q_ARG(type(argument), argument) for argument in arguments),
    )


@atexit.register
def _close_open_threads() -> None:
    """At exit, end engine threads still open (each within the limit), so none is cut off
    inside Qt while Python shuts down."""
    for thread in list(_OPEN):
        thread.quit()
        thread.join(STOP_LIMIT_S)
