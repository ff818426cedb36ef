"""'Check your answers': every answer on one page, each with a Change button."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from send_routes.core.guidance import plain
from send_routes.core.questions import Question
from send_routes.core.read_back import answer_words
from send_routes.ui.common.page import spoken_text
from send_routes.ui.common.widgets import ScrollingPage, button, menu_access_key, text_label
from send_routes.ui.common.words import shown, tr


class CheckAnswersPage(ScrollingPage):
    """Lists the answers; Change goes to a question, Continue makes the plan."""

    back_clicked = Signal()
    change_clicked = Signal(str)
    continue_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back = menu_access_key(
            button(tr("&Back"), tr("Back to the last question"), role="link")
        )
        self.back.clicked.connect(self.back_clicked)
        self.content.addWidget(self.back, alignment=Qt.AlignmentFlag.AlignLeft)
        self.content.addWidget(text_label(tr("Check your answers"), "heading"))
        self.content.addWidget(
            text_label(tr("Make sure these are right. You can change any answer."), "hint")
        )
        self.rows = QWidget()
        self.rows.setObjectName("answerRows")
        self.content.addWidget(self.rows)
        self.content.addWidget(
            text_label(tr("Next, we show the routes you can take, in order, with their dates."))
        )
        self.go = menu_access_key(button(tr("Co&ntinue to your plan"), tr("Continue to your plan")))
        self.go.clicked.connect(self.continue_clicked)
        self.content.addWidget(self.go, alignment=Qt.AlignmentFlag.AlignLeft)
        self.finish()
        self.change_buttons: dict[str, QPushButton] = {}
        self._answer_labels: dict[str, QLabel] = {}
        self._wording: list[tuple[str, str]] = []

    def show_answers(self, questions: Sequence[Question], raw: Mapping[str, Any]) -> None:
        """Show one row for each question asked, with its answer and a Change button.

        When the same questions are shown again in the same words only the answers change,
        so the rows are kept and their text updated: quicker than making them again.
        """
        wording = [(question.key, question.text) for question in questions]
        if wording == self._wording:
            for question in questions:
                self._answer_labels[question.key].setText(
                    answer_words(question, raw.get(question.key))
                )
            return
        self._build_rows(questions, raw)

    def _build_rows(self, questions: Sequence[Question], raw: Mapping[str, Any]) -> None:
        self._wording = [(question.key, question.text) for question in questions]
        rows = QWidget()
        rows.setObjectName("answerRows")
        layout = QVBoxLayout(rows)
        layout.setContentsMargins(0, 0, 0, 0)
        self.change_buttons = {}
        self._answer_labels = {}
        for question in questions:
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            layout.addWidget(line)
            text = plain(shown(question.text))
            layout.addWidget(text_label(text, "subheading"))
            worded = answer_words(question, raw.get(question.key)).split("\n")
            answer = text_label("\n".join(shown(line) for line in worded))
            layout.addWidget(answer)
            self._answer_labels[question.key] = answer
            change = button(
                tr("Change"), tr("Change your answer to: {text}").format(text=text), role="link"
            )
            change.clicked.connect(lambda _=False, key=question.key: self.change_clicked.emit(key))
            layout.addWidget(change, alignment=Qt.AlignmentFlag.AlignLeft)
            self.change_buttons[question.key] = change
        self.content.replaceWidget(self.rows, rows)
        self.rows.deleteLater()
        self.rows = rows
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.back, *self.change_buttons.values(), self.go]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def page_title(self) -> str:
        return tr("Check your answers")

    def reading_order(self) -> list[str]:
        return spoken_text(self)

    def clear_personal_data(self) -> None:
        self.show_answers([], {})

    def focus_first(self) -> None:
        self.verticalScrollBar().setValue(0)
        self.back.setFocus(Qt.FocusReason.OtherFocusReason)

    def help_html(self) -> str:
        return tr(
            "<h2>Check your answers</h2><p>Each answer you gave is listed here. Choose "
            "Change beside an answer to go back to that question; after Continue you come "
            "back to this page. Choose Continue to your plan when the answers are right.</p>"
        )
