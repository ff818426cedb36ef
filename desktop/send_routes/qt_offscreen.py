"""A Qt application for making documents from the command line, with no screen needed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def document_application() -> Iterator[None]:
    """Make sure a Qt application exists (offscreen unless one is already running).

    A full QApplication, not a QGuiApplication: documents need only the latter, but
    anything later in the same process that shows a widget would abort without it.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["send-routes"])
    yield
