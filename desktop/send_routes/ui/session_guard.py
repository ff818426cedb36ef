"""Shared-computer privacy: Finish and clear, Hide screen, and clearing after idle time.

Everything a person types lives in memory only. ``SessionGuard.clear_session`` forgets it
all (answers, the plan, names, notes, ticks, searches, open dialogs, the last folder used),
locks any saved cases, and leaves the window on the start page (or, after Hide screen, on a
blank page with nothing but a Start button).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolBar,
    QWidget,
)

from send_routes.ui import file_dialogs, open_dialogs
from send_routes.ui.idle_watch import (
    COUNTDOWN_SECONDS,
    IdleWarningDialog,
    IdleWatcher,
    idle_minutes,
)
from send_routes.ui.widgets import ScrollingPage, button

if TYPE_CHECKING:
    from send_routes.ui.main_window import MainWindow

HIDE_KEYS = "Ctrl+Shift+H"
HIDE_WORDS = "Control+Shift+H"


class BlankPage(ScrollingPage):
    """A neutral page that gives nothing away, shown by Hide screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = button("Start", "Start", "Go to the start page")
        self.content.addWidget(self.start, alignment=Qt.AlignmentFlag.AlignLeft)
        self.finish()

    def focus_first(self) -> None:
        self.start.setFocus(Qt.FocusReason.OtherFocusReason)


def privacy_bar(guard: SessionGuard) -> QToolBar:
    """The bar on every page: Finish and clear, and Hide screen with its shortcut."""
    bar = QToolBar("Privacy")
    bar.setObjectName("privacyBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
    finish = guard.finish_button = button(
        "Finish and clear",
        "Finish and clear",
        "Forget everything typed in this session and go back to the start",
        "secondary",
    )
    finish.clicked.connect(guard.finish_and_clear)
    hide = guard.hide_button = button(
        f"Hide screen ({HIDE_WORDS})",
        "Hide screen",
        f"Blank the screen at once and forget this session. Shortcut: {HIDE_WORDS}",
        "secondary",
    )
    hide.clicked.connect(guard.hide_screen)
    for widget in (finish, hide):
        bar.addWidget(widget)
    return bar


class SessionGuard:
    """Clears the session on request, on Hide screen, and after the idle time."""

    def __init__(self, window: MainWindow, minutes: float | None = None) -> None:
        file_dialogs.keep_qt_from_writing()
        self.window = window
        self.countdown_seconds: float = COUNTDOWN_SECONDS
        self.warning: IdleWarningDialog | None = None
        self.blank_page = BlankPage()
        self.blank_page.start.clicked.connect(window.show_start)
        window.pages.addWidget(self.blank_page)
        self.finish_button: QPushButton | None = None
        self.hide_button: QPushButton | None = None
        self.bar = privacy_bar(self)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.watcher = IdleWatcher(idle_minutes() if minutes is None else minutes, window)
        self.watcher.went_idle.connect(self.warn_idle)
        self.keys = open_dialogs.PrivacyKeys(window, self.hide_screen)

    def finish_and_clear(self) -> None:
        self.clear_session()
        self.window.show_start()
        self.window.statusBar().showMessage("Everything from this session has been cleared.")

    def hide_screen(self) -> None:
        """Blank the window at once, then forget the session."""
        open_dialogs.close_all(self.window)
        window = self.window
        window.pages.setCurrentWidget(self.blank_page)
        window.setWindowTitle("SEND Routes")
        self.clear_session()
        self.blank_page.focus_first()

    def _has_session(self) -> bool:
        window = self.window
        idle_pages = (window.start_page, self.blank_page)
        adviser = getattr(window, "adviser_page", None)
        unlocked = adviser is not None and adviser.is_unlocked()
        return unlocked or window.current_page() not in idle_pages

    def warn_idle(self) -> None:
        """After the idle time: count down, then clear (Keep going stops it)."""
        if not self._has_session() or self.warning is not None:
            self.watcher.restart()
            return
        self.watcher.pause()
        self.warning = IdleWarningDialog(self.countdown_seconds, self.window)
        self.warning.expired.connect(self._idle_expired)
        self.warning.finished.connect(self._warning_closed)
        self.warning.start()

    def _warning_closed(self) -> None:
        if self.warning is not None:
            self.warning.deleteLater()
        self.warning = None
        self.watcher.restart()

    def _idle_expired(self) -> None:
        self.finish_and_clear()
        self.window.statusBar().showMessage(
            "Nobody had used SEND Routes for a while, so everything was cleared."
        )

    def clear_session(self) -> None:
        """Forget everything typed or shown in this session."""
        open_dialogs.close_all(self.window)
        self._close_dialogs()
        window = self.window
        window.plan = None
        window.wizard.reset()
        window.check_page.show_answers([], {})
        window.plan_page.clear()
        exports = getattr(window, "plan_exports", None)
        if exports is not None:
            exports.start_again()
        self._drop_side_pages()
        adviser = getattr(window, "adviser_page", None)
        if adviser is not None:
            adviser.clear_session()
        self._forget_folders()
        self._empty_text_fields()
        window.statusBar().clearMessage()
        clipboard = QGuiApplication.clipboard()
        if clipboard.ownsClipboard():
            clipboard.clear()
        self.watcher.restart()

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if self.window.help_dialog is not None:
            self.window.help_dialog.close()

    def _drop_side_pages(self) -> None:
        """Delete the pages made on demand (searches and all); they are made again if wanted."""
        window = self.window
        for name in ("directory_page", "glossary_page"):
            page = getattr(window, name, None)
            if page is not None:
                window.pages.removeWidget(page)
                page.deleteLater()
                setattr(window, name, None)
        for index in range(window.pages.count()):
            clear = getattr(window.pages.widget(index), "clear_session", None)
            if callable(clear) and window.pages.widget(index) is not getattr(
                window, "adviser_page", None
            ):
                clear()

    def _forget_folders(self) -> None:
        file_dialogs.forget_last_folder()
        holders = [self.window, *self.window.findChildren(QObject)]
        for holder in holders:
            for value in list(vars(holder).values()):
                if type(value).__name__ == "SaveLocations":
                    value.clear()

    def _empty_text_fields(self) -> None:
        """Empty every box a person can type in (setText also forgets the undo history)."""
        for line in self.window.findChildren(QLineEdit):
            if not line.isReadOnly():
                line.setText("")
        for plain in self.window.findChildren(QPlainTextEdit):
            if not plain.isReadOnly():
                plain.setPlainText("")
        for rich in self.window.findChildren(QTextEdit):
            if not rich.isReadOnly():
                rich.setPlainText("")
