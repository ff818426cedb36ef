"""The composition root: the Qt application, the content database and the main window."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from send_routes.content_store.content_db import ContentError, LaterCheck
from send_routes.paths import APP_NAME

if TYPE_CHECKING:
    from send_routes.content_store.content import ContentStore

#: After the first paint (on a slow computer too), the rest of the bundled fonts load.
FONTS_LATER_MS = 300


def build_window(
    open_content: Callable[[], ContentStore] | None = None, today: dt.date | None = None
) -> QWidget:
    """The main window, or a page explaining why the content database cannot be used.

    The database is checked before anything is drawn, but the engine that reads it loads
    while the person reads the start page.
    """
    from send_routes.ui.shell.main_window import MainWindow

    later: LaterCheck | None = None
    notice = ""
    try:
        if open_content:
            content: ContentStore | Callable[[], ContentStore] = open_content()
        else:
            content, later, notice = _checked_content()
    except ContentError as error:
        from send_routes.ui.shell.error_page import ContentErrorPage

        return ContentErrorPage(error)
    window = MainWindow(content, today=today)
    if notice:  # an installed content update was ignored: said before anything else
        window.start_page.show_content_notice(notice)
    if later is not None:
        check = later
        QTimer.singleShot(0, window, lambda: refuse_if_damaged(window, check))
    return window


def _checked_content() -> tuple[Callable[[], ContentStore], LaterCheck, str]:
    """Choose the content and check it now, all but the contacts' tables, which are checked
    on another thread during the first paint; return how to open the store once they are,
    and the line saying an installed update was ignored ("" when none was)."""
    from send_routes.content_build.locate import open_chosen

    conn, choice = open_chosen(check_contacts_later=True)
    later = LaterCheck(choice.source)

    def store() -> ContentStore:
        from send_routes.content_store.content import ContentStore

        later.wait()  # nothing reads the content before the whole database is found sound
        return ContentStore(conn, choice.source.path, choice.notice)

    return store, later, choice.notice


def refuse_if_damaged(window: QWidget, later: LaterCheck) -> None:
    """After the first paint: when the full check fails, show why instead of the window."""
    try:
        later.wait()
    except ContentError as error:
        from send_routes.ui.shell.error_page import ContentErrorPage

        page = ContentErrorPage(error)
        page.setParent(window, Qt.WindowType.Window)  # kept alive with the window
        page.show()
        window.hide()  # hidden, not closed: nothing of the session was started


def run(answers: Mapping[str, Any] | None = None) -> int:
    """Open the window (at Check your answers for ``answers``) until it closes; the status."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    from send_routes.ui.common.theme import DEFAULT_THEME, apply_theme

    apply_theme(app, DEFAULT_THEME)  # the main window applies the person's choices itself
    from send_routes.ui.shell.input_watch import install_input_watch

    install_input_watch(app)  # the one application-wide input watch, before any window
    window = build_window()
    window.show()
    from PySide6.QtCore import QTimer

    from send_routes.ui.common.fonts import register_fonts

    # Italics and the other font choices are not needed for the first paint.
    QTimer.singleShot(FONTS_LATER_MS, register_fonts)
    if answers is not None:
        from send_routes.ui.shell.main_window import MainWindow

        if isinstance(window, MainWindow):  # not the page saying the content is unusable
            window.open_answers(answers)
    return app.exec()
