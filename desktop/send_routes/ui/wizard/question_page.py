"""One wizard page: a question, its hint, its options, errors, and Back and Continue."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from send_routes.core.guidance import plain
from send_routes.core.questions import Question
from send_routes.ui.common.error_summary import ErrorSummary
from send_routes.ui.common.glossary_text import TermIndex, TermLabel
from send_routes.ui.common.widgets import ScrollingPage, button, menu_access_key, text_label
from send_routes.ui.common.words import marked, shown, tr
from send_routes.ui.wizard.area_field import CouncilField
from send_routes.ui.wizard.choice_fields import Answer, ChoiceField, FieldError
from send_routes.ui.wizard.date_field import DateField
from send_routes.ui.wizard.number_field import NumberField

ADVISER_NOTE = marked(
    "You said you are helping a family. Answer the questions about their situation: "
    "'your child' means the child or young person you are helping."
)
Field = ChoiceField | DateField | NumberField | CouncilField


def make_field(question: Question, terms: TermIndex) -> Field:
    """The input for a question's kind: single, multi, area, date or number."""
    if question.kind == "date":
        return DateField(question, terms)
    if question.kind == "number":
        return NumberField(question)
    if question.kind == "area":
        return CouncilField(question)
    return ChoiceField(question, terms, multi=question.kind == "multi")


def missing_message(question: Question) -> str:
    what = plain(shown(question.text))
    if question.kind == "multi":
        return tr("Choose at least one answer to: {what}").format(what=what)
    return tr("Choose an answer to: {what}").format(what=what)


class QuestionPage(ScrollingPage):
    """Shows one question and collects its answer in the contract's vocabulary."""

    back_clicked = Signal()
    next_clicked = Signal()

    def __init__(self, question: Question, terms: TermIndex, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self._terms = terms
        add = self.content.addWidget
        self.back = menu_access_key(
            button(tr("&Back"), tr("Back to the previous page"), role="link")
        )
        self.back.clicked.connect(self.back_clicked)
        add(self.back, alignment=Qt.AlignmentFlag.AlignLeft)
        self.adviser_note = text_label(tr(ADVISER_NOTE), "hint")
        self.adviser_note.hide()
        add(self.adviser_note)
        self.progress = text_label("", "hint")
        add(self.progress)
        self.summary = ErrorSummary()
        add(self.summary)
        add(TermLabel(question.text, terms, "heading", keyboard=False))
        if question.hint:
            add(TermLabel(question.hint, terms, "hint", keyboard=False))
        self.error = text_label("", "error")
        self.error.hide()
        add(self.error)
        self.field = make_field(question, terms)
        if question.hint:
            self.field.setAccessibleDescription(plain(shown(question.hint)))
        add(self.field)
        self.next = menu_access_key(
            button(
                tr("Co&ntinue"), tr("Continue"), tr("Save this answer and go on. Shortcut: Alt+N")
            )
        )
        self.next.clicked.connect(self.next_clicked)
        add(self.next, alignment=Qt.AlignmentFlag.AlignLeft)
        self.finish()

    def set_progress(self, number: int, total: int, adviser: bool) -> None:
        self.progress.setText(
            tr("Question {number} of about {total}").format(number=number, total=total)
        )
        self.adviser_note.setVisible(adviser and self.question.key != "role")

    def answer(self) -> Answer:
        """The answer as the contract records it (None: leave the key out).

        Raises FieldError when a required question is unanswered or a date is impossible.
        """
        if isinstance(self.field, DateField):
            day = self.field.value()
            return day.isoformat() if day else None
        if isinstance(self.field, NumberField):
            return self.field.value()
        value = self.field.value()
        if value is None and self.question.required:
            raise FieldError(missing_message(self.question))
        return value

    def set_answer(self, value: Answer) -> None:
        if isinstance(self.field, DateField):
            self.field.set_value(value if isinstance(value, str) else None)
        elif isinstance(self.field, NumberField):
            self.field.set_value(value)
        else:
            self.field.set_value(value)

    def show_error(self, message: str) -> None:
        """Show the error above the field and in the announced summary; focus the field."""
        self.error.setText(message)
        self.error.show()
        self.summary.show_error(message, self.field.focus_target())
        self.ensureWidgetVisible(self.summary)

    def clear_error(self) -> None:
        self.error.hide()
        self.summary.clear()

    def focus_field(self) -> None:
        self.field.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def help_html(self) -> str:
        """Help for this question: the hint, the letter, each option's help, and the terms."""
        question = self.question
        parts = [f"<h2>{html.escape(plain(shown(question.text)))}</h2>"]
        parts += [f"<p>{html.escape(plain(shown(text)))}</p>" for text in (question.hint,) if text]
        if question.letter:
            parts.append(
                "<p>"
                + tr("This date is on: {letter}").format(
                    letter=html.escape(plain(shown(question.letter)))
                )
                + "</p>"
            )
        for option in question.options:
            parts.append(f"<h3>{html.escape(plain(shown(option.label)))}</h3>")
            parts.append(f"<p>{html.escape(plain(shown(option.help)))}</p>")
        texts = [question.text, question.hint, question.letter]
        texts += [text for option in question.options for text in (option.label, option.help)]
        terms = self._terms.terms_in(" ".join(texts), auto=False)
        if terms:
            parts.append("<h3>Words used on this page</h3>")
            parts += [
                f"<p><b>{html.escape(term)}</b>: {html.escape(self._terms.definition(term))}</p>"
                for term in terms
            ]
        return "".join(parts)
