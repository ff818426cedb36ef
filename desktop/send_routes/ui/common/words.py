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

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from send_routes.core.bidi import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE
from send_routes.core.guidance import plain
from send_routes.core.translate_text import Translator
from send_routes.core.translation import Language
from send_routes.ui.common.catalogue_translator import chosen_language

if TYPE_CHECKING:
    from send_routes.core.plan_language import PlanText

#: One context for the whole window: the catalogue is keyed by the English alone.
CONTEXT = "SendRoutes"


def tr(english: str) -> str:
    """``english`` in the chosen language, or as it is when there is no translation."""
    return QCoreApplication.translate(CONTEXT, english)


def marked(english: str) -> str:
    """``english`` unchanged: marks a constant for the list of the window's words."""
    return english


def shown(text: str) -> str:
    """Content (a question, an option, a step) in the chosen language where the catalogue
    has it, as plain text; otherwise as written, glossary marks and all.

    The catalogue is keyed by the English as shown (marks removed), the same key the plan's
    page 1 uses, so one entry serves the window and the printed plan.
    """
    english = plain(text)
    said = tr(english)
    if said != english:
        return said
    language = chosen_language()
    if language is not None:  # a date, "12 days left", or a line filled in from templates
        plan_text, translator = _plan_text(language)
        said = plan_text(english)
        translator.missing.clear()  # the lines left in English may be personal: not kept
    return said if said != english else text


#: The chosen language's plan words, made once per language (its templates are compiled).
_plan_texts: list[tuple[Language, PlanText, Translator]] = []


def _plan_text(language: Language) -> tuple[PlanText, Translator]:
    if not _plan_texts or _plan_texts[0][0] is not language:
        # Imported on first use: the plan's words are not needed to paint the start page.
        from send_routes.core.plan_language import PlanText

        translator = Translator(language)
        _plan_texts[:] = [(language, PlanText(translator), translator)]
    return _plan_texts[0][1], _plan_texts[0][2]


def kept_left_to_right(text: str) -> str:
    """A date, phone number or web address kept left to right inside a right-to-left line
    (Unicode isolates, as the printed plan does); as it is in a left-to-right window."""
    if not text or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"
