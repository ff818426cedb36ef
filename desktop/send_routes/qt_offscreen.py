"""A Qt application for making documents from the command line, with no screen needed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def document_application() -> Iterator[None]:
    """Make sure a QGuiApplication exists (offscreen unless one is already running)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["send-routes"])
    yield
