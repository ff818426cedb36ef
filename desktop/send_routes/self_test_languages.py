"""Self-test: every language's catalogue reads, and Qt's own dialog words load where Qt has them.

The catalogues are stored compressed (``content_store.language_rows``), so reading one proves
the copy can unpack them; Qt's ``qtbase_<code>.qm`` for Arabic and Polish are the only Qt
translations the freeze keeps (build/freeze_config.py), loaded for the words of Qt's dialogs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from send_routes.content_store.content import ContentStore

#: The app's languages Qt 6 has a qtbase catalogue for (issue 23; none for ur, pa, bn, ro).
QT_CATALOGUES = ("ar", "pl")


class LanguagesFailed(Exception):
    """A catalogue or Qt's own words did not load; the message says which."""


def check_languages(content: ContentStore) -> str:
    """Each offered language's catalogue, and Qt's words for those Qt translates; says which."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    codes = [choice.code for choice in content.languages()]
    if not codes:
        raise LanguagesFailed("the content offers no language but English")
    for code in codes:
        language = content.language(code)
        if language is None or not language.entries:
            raise LanguagesFailed(f"the {code} catalogue is empty or missing")
        if code in QT_CATALOGUES and not QTranslator().load(f"qtbase_{code}", folder):
            raise LanguagesFailed(f"Qt's own {code} words (qtbase_{code}.qm) are not in {folder}")
    qt_own = ", ".join(sorted(code for code in codes if code in QT_CATALOGUES))
    return f"{', '.join(codes)} (Qt's own dialog words: {qt_own or 'none'})"
