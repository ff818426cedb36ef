"""The language choice on the start page: each language written in itself, for this
session only, right to left for Urdu and Arabic.

It remembers the choice until Finish and clear, mirrors the window for a right-to-left
language (``setLayoutDirection``), shows the draft notice in the chosen language with the
English under it, and installs the language's translators
(ui/common/catalogue_translator.py), which answer every ``tr()`` of the window and Qt's own
dialog words. ui/shell/window_language.py then says the window again in it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from send_routes.content_store.language_rows import LanguageChoice
from send_routes.core.translation import DRAFT_NOTICE, Language
from send_routes.ui.common.catalogue_translator import Translators
from send_routes.ui.common.widgets import NarrowingComboBox, text_label
from send_routes.ui.common.words import marked, tr

ENGLISH = LanguageChoice("en", "English", "English", "ltr")
LABEL = marked("Language")


def layout_direction(choice: LanguageChoice) -> Qt.LayoutDirection:
    if choice.direction == "rtl":
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


class ChosenLanguage(QObject):
    """The language chosen for this session; Finish and clear goes back to English."""

    changed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        language_of: Callable[[str], Language | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = ENGLISH
        #: The chosen language's catalogue (None: English), for the printed plan.
        self.language: Language | None = None
        self._language_of = language_of
        self.translators = Translators()
        # The layout direction and the chosen catalogue are the application's: a new
        # session starts in English even where an earlier window chose another language.
        self.translators.use(None)
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    @property
    def code(self) -> str:
        return self.choice.code

    def choose(self, choice: LanguageChoice) -> None:
        self.choice = choice
        found = (
            self._language_of(choice.code) if self._language_of and choice.code != "en" else None
        )
        self.language = found
        if found is not None:  # the window and the printed plan draw its script from now on
            from send_routes.export.script_fonts import register_language_font

            register_language_font(found.code)
        self.translators.use(found)  # Qt's own dialogs in the language, where words exist
        QApplication.setLayoutDirection(layout_direction(choice))
        self.changed.emit(choice.code)

    def clear_personal_data(self) -> None:
        """Back to English, left to right: the next person starts where everyone does."""
        self.choose(ENGLISH)


#: The writing system each language's own name is written in, where English fonts lack it.
NAME_SCRIPTS = {
    "ur": QFontDatabase.WritingSystem.Arabic,
    "ar": QFontDatabase.WritingSystem.Arabic,
    "bn": QFontDatabase.WritingSystem.Bengali,
    "pa": QFontDatabase.WritingSystem.Gurmukhi,
}


def fonts_for_names(choices: Sequence[LanguageChoice]) -> list[str]:
    """Add the bundled font of each language whose own name ("বাংলা", "ਪੰਜਾਬੀ") no font
    on the computer can show, so the list never shows a family empty boxes for the name
    of their language; the codes whose font was added."""
    from send_routes.export.script_fonts import register_language_font

    added = []
    for choice in choices:
        system = NAME_SCRIPTS.get(choice.code)
        needed = system is not None and not QFontDatabase.families(system)
        if needed and register_language_font(choice.code) is not None:
            added.append(choice.code)
    return added


class LanguagePicker(QWidget):
    """A labelled list of the languages, each named in itself ("Polski", "اردو"), and the
    draft notice for the one chosen."""

    def __init__(
        self,
        choices: Sequence[LanguageChoice],
        chosen: ChosenLanguage,
        language_of: Callable[[str], Language | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choices = [ENGLISH, *choices]
        self.chosen = chosen
        self._language_of = language_of
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.box = NarrowingComboBox()
        self.retranslate()
        fonts_for_names(choices)
        for choice in self.choices:
            shown = choice.name if choice.code == "en" else f"{choice.name} ({choice.english_name})"
            self.box.addItem(shown, choice.code)
        self.label.setBuddy(self.box)
        self.notice = text_label("", "hint")
        self.notice.setVisible(False)
        #: The notice's English, under it and always left to right (its own label, so a
        #: right-to-left line above cannot move its full stop to the front).
        self.notice_english = text_label(DRAFT_NOTICE, "hint")
        self.notice_english.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.notice_english.setVisible(False)
        layout.addWidget(self.label)
        layout.addWidget(self.box, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.notice)
        layout.addWidget(self.notice_english)
        self.box.currentIndexChanged.connect(self._picked)
        chosen.changed.connect(self._show)

    def retranslate(self) -> None:
        """The label in the language chosen now (each language keeps its own name)."""
        self.label.setText(tr(LABEL))
        self.box.setAccessibleName(tr(LABEL))
        self.box.setAccessibleDescription(
            tr("The language of the window and of your plan, with the English beside it")
        )

    def _picked(self, index: int) -> None:
        if 0 <= index < len(self.choices) and self.choices[index] != self.chosen.choice:
            self.chosen.choose(self.choices[index])

    def _show(self, code: str) -> None:
        index = next((i for i, c in enumerate(self.choices) if c.code == code), 0)
        if self.box.currentIndex() != index:
            blocker = QSignalBlocker(self.box)  # showing the choice is not choosing again
            self.box.setCurrentIndex(index)
            blocker.unblock()
        language = self._language_of(code) if code != "en" else None
        if language is None or language.all_reviewed:
            self.notice.setVisible(False)
            self.notice_english.setVisible(False)
            return
        self.notice.setText(language.notice)
        self.notice.setLayoutDirection(layout_direction(self.chosen.choice))
        self.notice.setVisible(bool(language.notice))
        self.notice_english.setVisible(True)


def add_language_choice(
    content_layout: QVBoxLayout,
    choices: Sequence[LanguageChoice],
    chosen: ChosenLanguage,
    language_of: Callable[[str], Language | None],
) -> LanguagePicker | None:
    """Put the language choice at the top of the start page (nothing when the content has
    no language but English)."""
    if not choices:
        return None
    picker = LanguagePicker(choices, chosen, language_of)
    content_layout.insertWidget(1, picker)
    return picker
