"""The window's look: theme, text size, keeping focus in view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from send_routes.ui.common.theme import DEFAULT_THEME, apply_theme
from send_routes.ui.common.widgets import ScrollingPage
from send_routes.ui.common.words import tr
from send_routes.ui.shell.input_watch import input_watch

SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
SCALE_STEP = 0.25


class WindowLook:
    """The theme and text size the person chose; ``said`` reports a change in words.

    Restyling the plan page takes a second or more, so size keys do not restyle at once:
    each press moves the size asked for (``requested_scale``) a step from the last one asked
    for, and the window restyles once when the presses stop. A change asked for while a
    restyle is under way waits for it to end, so the last one asked for is what stays.
    """

    def __init__(
        self,
        said: Callable[[str], None],
        theme_chosen: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        self.theme = DEFAULT_THEME
        self.scale = 1.0  # on screen
        self.requested_scale = 1.0
        self._said = said
        self._theme_chosen = theme_chosen
        self._applying = False
        self._pending = QTimer(parent)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.apply)

    def apply(self) -> None:
        """Put the chosen theme and the size last asked for on screen now."""
        self._pending.stop()
        if self._applying:  # asked from inside a restyle: once it has finished
            self._pending.start()
            return
        self._applying = True
        try:
            self.scale = self.requested_scale
            app = QApplication.instance()
            if isinstance(app, QApplication):
                with input_watch().paused():  # a restyle sends no input, only restyling
                    apply_theme(app, self.theme, self.scale)
        finally:
            self._applying = False

    def pending(self) -> bool:
        """A size asked for is still waiting to be put on screen."""
        return self._pending.isActive() or self._applying

    def step_text_scale(self, steps: int) -> None:
        """Make the text ``steps`` sizes bigger (or smaller) than the size last asked for."""
        self._request(self.requested_scale + steps * SCALE_STEP)
        self._pending.start()

    def reset_text_scale(self) -> None:
        """Ask for the normal size, applied with any other presses still waiting."""
        self._request(1.0)
        self._pending.start()

    def set_text_scale(self, scale: float) -> None:
        """Show the text at the size nearest ``scale`` now."""
        self._request(scale)
        self.apply()

    def _request(self, scale: float) -> None:
        self.requested_scale = min(SCALES, key=lambda step: abs(step - scale))
        self._said(tr("Text size {percent}%").format(percent=round(self.requested_scale * 100)))

    def set_theme(self, name: str) -> None:
        self.theme = name
        self._theme_chosen(name)
        self.apply()

    def clear_personal_data(self) -> None:
        """Back to the standard colours at 100% (Finish and clear, the idle time): on a shared
        computer the next person starts from the look everyone starts from."""
        self._pending.stop()
        if (self.theme, self.scale, self.requested_scale) == (DEFAULT_THEME, 1.0, 1.0):
            return
        self.theme, self.requested_scale = DEFAULT_THEME, 1.0
        self._theme_chosen(DEFAULT_THEME)
        # Restyled once the window is back in its event loop: the pages emptied just before
        # are deleted there first (deleteLater). Restyling now would restyle every label of
        # the old plan again (most of Finish and clear's time under Wine).
        self._pending.start()


def scroll_to_focus(_old: QWidget | None, new: QWidget | None) -> None:
    """Scroll the page so the widget with keyboard focus is in view."""
    widget = new
    while widget is not None and new is not None:
        if isinstance(widget, ScrollingPage) and widget.isAncestorOf(new):
            widget.ensureWidgetVisible(new)
            return
        widget = widget.parentWidget()
