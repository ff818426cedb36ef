"""Say the whole window again when the language changes (the start page's choice, or back
to English with Finish and clear).

The parts that stay on screen are said again in place: the start page (its language choice
keeps the focus), the menus, the Listen bar, the privacy bar and the window's title. The
pages made from the content (the questions, Check your answers, the plan, Find a contact,
the glossary, and the adviser area unless cases are unlocked in it) are deleted and made
again on first use, in the new language: the session keeps the answers and the plan, so
nothing the person gave is lost. Rebuilding rather than retranslating each label keeps one
way of drawing a page, and the language can only change on the start page, where none of
those pages is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from send_routes.ui.common.fonts import use_script_font

if TYPE_CHECKING:
    from send_routes.ui.shell.language_choice import LanguagePicker


class WindowLanguage(QObject):
    """Follows the window's ``ChosenLanguage`` and says everything again when it changes."""

    def __init__(
        self,
        window: Any,  # the MainWindow, untyped to keep imports one-way
        picker: Callable[[], LanguagePicker | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._picker = picker
        self.code = window.language.code
        # The script font is the process's, so a new window says its own language's
        # rather than inheriting the one an earlier window chose.
        use_script_font(self.code)
        window.language.changed.connect(self._changed)

    def _changed(self, code: str) -> None:
        if code == self.code:
            return
        self.code = code
        self.retranslate()

    def retranslate(self) -> None:
        window = self._window
        use_script_font(self.code)  # Nastaliq for Urdu, where the computer has it
        window.look.apply()
        window.start_page.retranslate()
        picker = self._picker()
        if picker is not None:
            picker.retranslate()
        window.actions_.retranslate()
        window.reading.bar.retranslate()
        choice = window.language.choice
        window.reading.voice.use_language(choice.code, f"{choice.name} ({choice.english_name})")
        window.guard.retranslate()
        window.parts.forget_pages()
        window.side.forget_pages()
        window.navigator.retitle()
