"""Shared-computer privacy: Finish and clear, Hide screen, and clearing after idle time.

Everything a person types lives in memory only, in the ``Session`` and the holders
registered with it. ``SessionGuard.clear_session`` has the session forget it all (each
holder clears what it holds), then closes dialogs, the status message and the clipboard.
Hide screen only covers the window: the session stays until the person comes back, or
the idle time clears it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolBar,
    QWidget,
)

from send_routes.ui.common import file_dialogs, open_dialogs
from send_routes.ui.common.session import Session
from send_routes.ui.common.widgets import ScrollingPage, button
from send_routes.ui.common.words import marked, tr
from send_routes.ui.shell.hide_keys import TripleShift, hide_keys_elsewhere
from send_routes.ui.shell.idle_watch import (
    COUNTDOWN_SECONDS,
    IdleWarningDialog,
    IdleWatcher,
    idle_minutes,
)
from send_routes.ui.shell.input_watch import InputWatch
from send_routes.ui.shell.navigator import APP_TITLE, Navigator

HIDE_WORDS = marked("Control+Shift+H, or Shift three times")
CLEARED = marked("Everything from this session has been cleared.")
IDLE_CLEARED = marked("Nobody had used SEND Routes for a while, so everything was cleared.")


class BlankPage(ScrollingPage):
    """A neutral page that gives nothing away, shown by Hide screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = button("", "")
        self.content.addWidget(self.start, alignment=Qt.AlignmentFlag.AlignLeft)
        self.finish()
        self.retranslate()

    def retranslate(self) -> None:
        self.start.setText(tr("&Continue"))
        self.start.setAccessibleName(tr("Continue"))
        self.start.setAccessibleDescription(tr("Go back to the page you were on"))

    def page_title(self) -> str:
        return APP_TITLE

    def focus_first(self) -> None:
        self.start.setFocus(Qt.FocusReason.OtherFocusReason)

    def help_html(self) -> str:
        return tr(
            "<h2>Screen hidden</h2><p>Choose Continue to go back to the page you were on.</p>"
        )

    def reading_order(self) -> list[str]:
        return [self.start.accessibleName()]

    def clear_personal_data(self) -> None:
        """The blank page shows nothing of the person."""


class LastFolder:
    """The folder last used in a file dialog, kept in memory only."""

    def clear_personal_data(self) -> None:
        file_dialogs.forget_last_folder()


class SessionGuard(QObject):
    """Clears the session on request and after the idle time; hides the screen at once.

    ``busy`` says whether there is anything worth warning about before clearing.
    ``start_requested`` asks for the start page after clearing. The idle timer, Shift three
    times and Ctrl+Shift+H in other windows hang off the application's one input watch.
    """

    start_requested = Signal()

    def __init__(
        self,
        session: Session,
        window: QMainWindow,
        navigator: Navigator,
        watch: InputWatch,
        busy: Callable[[], bool],
        minutes: float | None = None,
    ) -> None:
        super().__init__(window)
        file_dialogs.keep_qt_from_writing()
        self.session = session
        self._window, self._navigator, self._busy = window, navigator, busy
        session.register("last folder used", LastFolder())
        self.countdown_seconds: float = COUNTDOWN_SECONDS
        self.warning: IdleWarningDialog | None = None
        self.blank_page = BlankPage()
        self.blank_page.start.clicked.connect(self.come_back)
        navigator.add(self.blank_page)
        self.bar = self._privacy_bar()
        self.retranslate()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.watcher = IdleWatcher(idle_minutes() if minutes is None else minutes, watch, self)
        self.watcher.went_idle.connect(self.warn_idle)
        self.triple_shift = TripleShift(self)
        self.triple_shift.pressed.connect(self.hide_screen)
        listeners = (self.triple_shift.listen, hide_keys_elsewhere(window, self.hide_screen))
        for listener in listeners:
            watch.on_key(listener)

        # The watch outlives this window (tests open many): it must forget the listeners.
        def forget_listeners() -> None:
            for one in listeners:
                watch.stop_listening(one)

        self.destroyed.connect(forget_listeners)

    def _privacy_bar(self) -> QToolBar:
        """The bar on every page: Finish and clear, and Hide screen with its shortcut."""
        bar = QToolBar("Privacy")
        bar.setObjectName("privacyBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.finish_button: QPushButton = button("", "", role="secondary")
        self.finish_button.clicked.connect(self.finish_and_clear)
        self.hide_button: QPushButton = button("", "", role="secondary")
        self.hide_button.clicked.connect(self.hide_screen)
        for widget in (self.finish_button, self.hide_button):
            bar.addWidget(widget)
        return bar

    def retranslate(self) -> None:
        """Say the privacy bar and the blank page in the language chosen now."""
        self.bar.setWindowTitle(tr("Privacy"))
        self.finish_button.setText(tr("Finish and clear"))
        self.finish_button.setAccessibleName(tr("Finish and clear"))
        self.finish_button.setAccessibleDescription(
            tr("Forget everything typed in this session and go back to the start")
        )
        self.hide_button.setText(tr("Hide screen (Ctrl+Shift+H)"))
        self.hide_button.setAccessibleName(tr("Hide screen"))
        self.hide_button.setAccessibleDescription(
            tr("Cover the screen at once; come back with Continue. Shortcut: {hide_words}").format(
                hide_words=tr(HIDE_WORDS)
            )
        )
        self.blank_page.retranslate()

    # Finish and clear

    def confirm_clear(self) -> bool:
        """Ask before clearing: Enter (or C) clears, Escape keeps everything."""
        return self.ask(
            tr("Finish and clear"),
            tr("Clear everything from this session and go back to the start?"),
            tr("&Clear everything"),
        )

    def ask(self, title: str, question: str, yes: str) -> bool:
        """A yes-or-keep-going question: Enter (or the access key) says yes, Escape no."""
        box = QMessageBox(self._window)
        box.setWindowTitle(title)
        box.setText(question)
        clear = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("&Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(clear)
        box.exec()
        return box.clickedButton() is clear

    def finish_and_clear(self) -> None:
        if self._busy() and not self.confirm_clear():
            return
        self.clear_and_start(tr(CLEARED))

    def clear_and_start(self, message: str) -> None:
        self.clear_session()
        self._navigator.forget()
        self.start_requested.emit()
        self._window.statusBar().showMessage(message)

    # Hide screen

    def hide_screen(self) -> None:
        """Cover the window at once; the session stays until Continue or the idle time."""
        open_dialogs.close_all(self._window)
        self._navigator.cover(self.blank_page)
        self._window.statusBar().clearMessage()
        self._close_dialogs()
        self.blank_page.focus_first()

    def is_hidden(self) -> bool:
        return self._navigator.is_covered()

    def come_back(self) -> None:
        self._navigator.uncover()

    # Idle time

    def warn_idle(self) -> None:
        """After the idle time: count down, then clear (Keep going stops it)."""
        if not self._busy() or self.warning is not None:
            self.watcher.restart()
            return
        self.watcher.pause()
        self.warning = IdleWarningDialog(self.countdown_seconds, self._window)
        self.warning.expired.connect(lambda: self.clear_and_start(tr(IDLE_CLEARED)))
        self.warning.finished.connect(self._warning_closed)
        self.warning.start()

    def _warning_closed(self) -> None:
        if self.warning is not None:
            self.warning.deleteLater()
        self.warning = None
        self.watcher.restart()

    # Forgetting

    def clear_session(self) -> None:
        """Forget everything typed or shown in this session."""
        open_dialogs.close_all(self._window)
        self._close_dialogs()
        self.session.clear()
        self._empty_text_fields()
        self._window.statusBar().clearMessage()
        clear_clipboards()
        self.watcher.restart()

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def _empty_text_fields(self) -> None:
        """A last sweep: empty every box a person can type in (setText forgets undo too).

        Every holder clears its own boxes; this catches one that a change forgot to register.
        """
        for line in self._window.findChildren(QLineEdit):
            if not line.isReadOnly():
                line.setText("")
        for plain in self._window.findChildren(QPlainTextEdit):
            if not plain.isReadOnly():
                plain.setPlainText("")
        for rich in self._window.findChildren(QTextEdit):
            if not rich.isReadOnly():
                rich.setPlainText("")


def clear_clipboards() -> None:
    """Empty the clipboard and, on X11, the primary selection (which holds whatever text was
    last selected, a name included, for any program to paste with the middle button)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard.ownsClipboard():
        clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection() and clipboard.ownsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
