"""The window's own words, in the chosen language: one helper every page calls.

``tr("Continue")`` asks the installed translators (ui/common/catalogue_translator.py: the
language's catalogue first, then Qt's own ``qtbase`` words) and gives the English back when
neither has a translation. ``marked("...")`` only marks a constant made at import time, when
no language is chosen yet (Qt's ``QT_TR_NOOP``); the code translates it where it is shown,
``tr(CONSTANT)``.

Both are found by content_build/window_strings.py, which lists every literal passed to them
so the catalogues' coverage counts the window too (docs/design/translations.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

#: One context for the whole window: the catalogue is keyed by the English alone.
CONTEXT = "SendRoutes"


def tr(english: str) -> str:
    """``english`` in the chosen language, or as it is when there is no translation."""
    return QCoreApplication.translate(CONTEXT, english)


def marked(english: str) -> str:
    """``english`` unchanged: marks a constant for the list of the window's words."""
    return english
