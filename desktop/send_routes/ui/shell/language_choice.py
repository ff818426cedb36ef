"""The language choice on the start page: each language written in itself, for this
session only, right to left for Urdu and Arabic.

What it does today (issue 23, first round): remembers the choice until Finish and clear,
mirrors the window for a right-to-left language (``setLayoutDirection``), shows the draft
notice in the chosen language with the English under it, and installs the language's
translators (ui/common/catalogue_translator.py), so Qt's own dialog words follow it. The
app's own widgets are still English: they do not call ``self.tr`` yet
(docs/design/translations.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QVBoxLayout, QWidget

from send_routes.content_store.language_rows import LanguageChoice
from send_routes.core.translation import DRAFT_NOTICE, Language
from send_routes.ui.common.catalogue_translator import Translators
from send_routes.ui.common.widgets import text_label

ENGLISH = LanguageChoice("en", "English", "English", "ltr")
LABEL = "Language"


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
        label = QLabel(LABEL)
        self.box = QComboBox()
        self.box.setAccessibleName(LABEL)
        self.box.setAccessibleDescription("The language of the plan's first page, for now")
        for choice in self.choices:
            shown = choice.name if choice.code == "en" else f"{choice.name} ({choice.english_name})"
            self.box.addItem(shown, choice.code)
        label.setBuddy(self.box)
        self.notice = text_label("", "hint")
        self.notice.setVisible(False)
        layout.addWidget(label)
        layout.addWidget(self.box, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.notice)
        self.box.currentIndexChanged.connect(self._picked)
        chosen.changed.connect(self._show)

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
            return
        self.notice.setText(
            f"{language.notice}\n{DRAFT_NOTICE}" if language.notice else DRAFT_NOTICE
        )
        self.notice.setLayoutDirection(layout_direction(self.chosen.choice))
        self.notice.setVisible(True)


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
