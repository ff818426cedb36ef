"""The composition root: the Qt application, the content database and the main window."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from send_routes.paths import APP_NAME
from send_routes.store.content import ContentError, ContentStore


def build_window(
    open_content: Callable[[], ContentStore] | None = None, today: dt.date | None = None
) -> QWidget:
    """The main window, or a page explaining why the content database cannot be used."""
    from send_routes.store.locate import open_content as open_default
    from send_routes.ui.error_page import ContentErrorPage
    from send_routes.ui.main_window import MainWindow

    try:
        content = (open_content or open_default)()
    except ContentError as error:
        return ContentErrorPage(error)
    return MainWindow(content, today=today)


def run() -> int:
    """Open the window and run until it closes; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    from send_routes.ui.theme import DEFAULT_THEME, apply_theme

    apply_theme(app, DEFAULT_THEME)  # the main window applies the person's choices itself
    window = build_window()
    window.show()
    return app.exec()
