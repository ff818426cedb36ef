"""Page 1 of the plan on screen in the family's language, each line with the English under it.

The same lines, in the same order, as the printed and text plan's bilingual page 1
(export/bilingual_text.py's ``page_one_pairs``), so what the family reads on screen is what
they can print and show to the school, the council or SENDIASS. While any translation is a
draft, the block opens with the draft notice in the language and in English. A line with no
translation is shown once, in English: nothing is guessed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel

from send_routes.core.plan_view import PlanView
from send_routes.core.translate_text import Translator
from send_routes.core.translation import DRAFT_NOTICE, Language
from send_routes.export.bilingual_text import Pair, page_one_pairs
from send_routes.ui.common.widgets import panel, text_label
from send_routes.ui.common.words import tr

#: The English under each translated line is smaller and grey ("hint"), and says so to a
#: screen reader, which otherwise reads two versions of one line with nothing between.
ENGLISH_PREFIX = "English: "


def _role(pair: Pair) -> str:
    if pair.english == DRAFT_NOTICE:
        return "warning"
    if pair.mark.startswith("!"):
        return "error"
    return "" if pair.indent else "subheading"


def pair_labels(pair: Pair) -> list[QLabel]:
    """The line in the language (when there is one), then the English."""
    labels = []
    if pair.translated is not None:
        labels.append(text_label(pair.mark + pair.translated, _role(pair), selectable=True))
    english = text_label(
        pair.mark + pair.english,
        "hint" if pair.translated is not None else _role(pair),
        selectable=True,
    )
    if pair.translated is not None:
        english.setAccessibleName(ENGLISH_PREFIX + pair.english)
    # English reads left to right wherever it sits, also under a right-to-left line.
    english.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    labels.append(english)
    return labels


def bilingual_summary(view: PlanView, language: Language) -> QFrame:
    """Page 1 bilingual: the draft notice, the urgent date, what to do first, who can help,
    the dates and what to take, each line in ``language`` with the English under it."""
    frame, layout = panel()
    frame.setObjectName("pageOneBilingual")
    frame.setAccessibleName(
        tr("Page 1 of your plan, in {language} and English").format(language=language.name)
    )
    for pair in page_one_pairs(view, Translator(language)):
        for label in pair_labels(pair):
            layout.addWidget(label)
    return frame
