"""The composition root: the Qt application, the content database and the main window."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QWidget

from send_routes.content_store.content_db import ContentError
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
    from send_routes.ui.main_window import MainWindow

    try:
        content = open_content() if open_content else _checked_content()
    except ContentError as error:
        from send_routes.ui.error_page import ContentErrorPage

        return ContentErrorPage(error)
    return MainWindow(content, today=today)


def _checked_content() -> Callable[[], ContentStore]:
    """Check the content database now; return how to open the store on it later."""
    from send_routes.content_build.locate import content_path
    from send_routes.content_store.content_db import open_read_only

    path = content_path()
    conn = open_read_only(path)

    def store() -> ContentStore:
        from send_routes.content_store.content import ContentStore

        return ContentStore(conn, path)

    return store


def run(answers: Mapping[str, Any] | None = None) -> int:
    """Open the window (at Check your answers for ``answers``) until it closes; the status."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    from send_routes.ui.theme import DEFAULT_THEME, apply_theme

    apply_theme(app, DEFAULT_THEME)  # the main window applies the person's choices itself
    window = build_window()
    window.show()
    from PySide6.QtCore import QTimer

    from send_routes.ui.fonts import register_fonts

    # Italics and the other font choices are not needed for the first paint.
    QTimer.singleShot(FONTS_LATER_MS, register_fonts)
    if answers is not None:
        from send_routes.ui.main_window import MainWindow

        if isinstance(window, MainWindow):  # not the page saying the content is unusable
            window.open_answers(answers)
    return app.exec()
