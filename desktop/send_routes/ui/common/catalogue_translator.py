"""Qt's words from the app's catalogue: one source of truth for the window too.

``CatalogueTranslator`` answers Qt's ``tr()`` lookups (its own dialogs' OK, Cancel, Save and
the file dialog; and the app's widgets once they use ``self.tr``) from the language's
catalogue (docs/design/translations.md), so the window needs no ``.ts``/``.qm`` files of
its own. Qt's shipped ``qtbase_<code>.qm`` (Arabic and Polish have one, H35/H36) is installed
under it, for the dialog words the catalogue does not have yet: Qt asks the translator
installed last first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator

from send_routes.core.translation import Language

#: Qt asks every translator for this "word" to set the layout direction by itself.
LAYOUT_KEY = "QT_LAYOUT_DIRECTION"


#: The language whose translators are installed (Qt's translators are application-wide, so
#: this is too): the plan page asks it for page 1's bilingual lines.
_chosen: list[Language] = []
#: The translators installed for it, whichever window installed them.
_installed: list[QTranslator] = []


def chosen_language() -> Language | None:
    """The language the window is shown in now, or None for English."""
    return _chosen[0] if _chosen else None


class CatalogueTranslator(QTranslator):
    """Answers Qt from a language's catalogue; None (Qt's "no translation") otherwise."""

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = language

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if source_text == LAYOUT_KEY:
            return "RTL" if self.catalogue.right_to_left else "LTR"
        found = self.catalogue.text(source_text)
        if found is None and "&" in source_text:  # "&Save": the catalogue keeps "Save"
            found = self.catalogue.text(source_text.replace("&", ""))
        return found

    def isEmpty(self) -> bool:
        return not self.catalogue.entries


class Translators:
    """The translators installed for the chosen language, removed when it changes."""

    def __init__(self) -> None:
        #: The language installed now (None: English).
        self.language: Language | None = None

    def use(self, language: Language | None) -> None:
        """Install ``language``'s translators (None: English, none at all)."""
        for translator in _installed:
            QCoreApplication.removeTranslator(translator)
        _installed.clear()
        self.language = language
        _chosen[:] = [language] if language is not None else []
        if language is None:
            return
        qt_own = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language.code}", folder):
            _installed.append(qt_own)
        _installed.append(CatalogueTranslator(language))
        for translator in _installed:  # the catalogue last, so it is asked first
            QCoreApplication.installTranslator(translator)

    @property
    def installed(self) -> tuple[QTranslator, ...]:
        return tuple(_installed)
