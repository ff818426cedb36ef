"""The one application-wide input watch: when someone last used the app, and their keys.

Installed once (by ``app.py``, or by the first window in tests). Every Python event filter
on the application sees every event of every widget, so there is exactly one: it keeps the
time of the last key, mouse or touch input, and hands each key press, once, to the few
listeners that act on keys (Shift three times, Ctrl+Shift+H in other windows).

Listeners are told of a key press once, at its ``ShortcutOverride`` event: Qt sends one to
the focused widget for every press, before any shortcut runs, whether a shortcut then takes
the key (Ctrl+plus) or the widget does. ``KeyPress`` itself reaches the window, then the
widget and each parent that ignores it, and never arrives when a shortcut took the key; a
press that came without an override (sent straight to a widget) is told of once too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QElapsedTimer, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import getCppPointer

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.ShortcutOverride,
    }
)
KEY_EVENTS = frozenset({QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress})
#: Told of each key press and the object with focus; returns True to take the key.
KeyListener = Callable[[QObject, QKeyEvent], bool]
#: "Never" for a watch that has seen no input yet: longer than any wait.
NEVER_MS = 1 << 40


class InputWatch(QObject):
    """Keeps the time of the last input and tells key listeners of each key press."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_input = QElapsedTimer()  # invalid until the first input
        self._key_listeners: list[KeyListener] = []
        self._last_override: tuple[int, QObject | None] = (0, None)
        self._override_key: tuple[int, int, bool] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in INPUT_EVENTS:
            return False
        self._last_input.start()
        if kind not in KEY_EVENTS or not self._key_listeners:
            return False
        if not isinstance(watched, QWidget) or self._passed_on(watched, event):
            return False
        assert isinstance(event, QKeyEvent)
        key = (event.key(), event.modifiers().value, event.isAutoRepeat())
        if kind == QEvent.Type.KeyPress and key == self._override_key:
            self._override_key = None  # the press whose override the listeners were told of
            return False
        self._override_key = key if kind == QEvent.Type.ShortcutOverride else None
        return any(listen(watched, event) for listen in list(self._key_listeners))

    def _passed_on(self, watched: QObject, event: QEvent) -> bool:
        """True for an override its first widget ignored, passed on to a parent: seen once."""
        address = getCppPointer(event)[0]
        last_address, last_target = self._last_override
        self._last_override = (address, watched)
        if address != last_address or not isinstance(watched, QWidget):
            return False
        try:
            return isinstance(last_target, QWidget) and watched.isAncestorOf(last_target)
        except RuntimeError:  # the widget that had it has gone: a new key press
            return False

    def ms_since_input(self) -> int:
        """Milliseconds since the last key, mouse or touch input (very many if none yet)."""
        return self._last_input.elapsed() if self._last_input.isValid() else NEVER_MS

    def on_key(self, listener: KeyListener) -> None:
        self._key_listeners.append(listener)

    def stop_listening(self, listener: KeyListener) -> None:
        if listener in self._key_listeners:
            self._key_listeners.remove(listener)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Not watching while the ``with`` block runs, which must handle no input.

        A restyle sends every widget its style, font and palette changes, none of them
        input: tens of thousands of events, each a call into this Python filter (a quarter
        of a restyle's time before it was paused).
        """
        app = QApplication.instance()
        if app is None:
            yield
            return
        app.removeEventFilter(self)
        try:
            yield
        finally:
            app.installEventFilter(self)


_installed: InputWatch | None = None


def install_input_watch(app: QApplication) -> InputWatch:
    """Install the watch on ``app`` once; later calls return the same watch."""
    global _installed
    if _installed is None or _installed.parent() is not app:
        _installed = InputWatch(app)
        app.installEventFilter(_installed)
    return _installed


def input_watch() -> InputWatch:
    """The installed watch (installed now if ``app.py`` did not, as in tests)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return install_input_watch(app)
