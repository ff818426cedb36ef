"""'Your plan': what to do first, each route as a card, the dates, the rights, and print."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from send_routes.core.deadlines import long_date
from send_routes.core.guidance import RouteText
from send_routes.core.plan import Plan
from send_routes.export.text import NOT_LEGAL_ADVICE
from send_routes.ui.glossary_text import TermIndex, TermLabel
from send_routes.ui.plan_sections import (
    RouteCard,
    deadline_block,
    note_block,
    warnings_block,
)
from send_routes.ui.widgets import ScrollingPage, button, panel, text_label


class PlanPage(ScrollingPage):
    """Shows a Plan exactly as the engine made it."""

    back_clicked = Signal()
    print_clicked = Signal()
    save_pdf_clicked = Signal()
    start_again_clicked = Signal()

    def __init__(
        self, route_texts: Mapping[str, RouteText], terms: TermIndex, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._route_texts = route_texts
        self._terms = terms
        self.plan: Plan | None = None
        add = self.content.addWidget
        self.back = button("Back", "Back to check your answers", role="link")
        self.back.clicked.connect(self.back_clicked)
        add(self.back, alignment=Qt.AlignmentFlag.AlignLeft)
        add(text_label("Your plan", "heading"))
        add(text_label(NOT_LEGAL_ADVICE, "warning"))
        self.made = text_label("", "hint")
        add(self.made)
        add(self._actions())
        self.saved = text_label("", "hint")
        self.saved.setAccessibleName("Where your plan was saved")
        self.saved.hide()
        add(self.saved)
        self.body_holder = QWidget()
        add(self.body_holder)
        add(text_label(NOT_LEGAL_ADVICE, "warning"))
        self.finish()
        self.cards: list[RouteCard] = []

    def _actions(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.print_button = button("Print", "Print your plan", "Shortcut: Control+P")
        self.print_button.clicked.connect(self.print_clicked)
        self.pdf_button = button("Save as PDF", "Save your plan as a PDF file", role="secondary")
        self.pdf_button.clicked.connect(self.save_pdf_clicked)
        self.again_button = button(
            "Start again",
            "Start again",
            "Forget these answers and go back to the start",
            role="secondary",
        )
        self.again_button.clicked.connect(self.start_again_clicked)
        for widget in (self.print_button, self.pdf_button, self.again_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        return row

    def show_plan(self, plan: Plan) -> None:
        """Replace what the page shows with ``plan``."""
        self.plan = plan
        self.made.setText(
            f"Made on {long_date(plan.today)} from content version {plan.content_version}."
        )
        self.saved.hide()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self._fill(layout, plan)
        self.content.replaceWidget(self.body_holder, body)
        self.body_holder.deleteLater()
        self.body_holder = body
        self.verticalScrollBar().setValue(0)

    def _fill(self, layout: QVBoxLayout, plan: Plan) -> None:
        terms = self._terms
        if plan.warnings:
            layout.addWidget(warnings_block(plan.warnings, terms))
        first, first_layout = panel()
        first.setObjectName("doThisFirst")
        first_layout.addWidget(text_label("Do this first", "heading"))
        first_layout.addWidget(text_label(plan.first_route.title, "subheading"))
        first_layout.addWidget(TermLabel(plan.first_route.short, terms))
        layout.addWidget(first)
        if plan.deadlines:
            layout.addWidget(text_label("Dates to know, nearest first", "heading"))
            for deadline in plan.deadlines:
                layout.addWidget(deadline_block(deadline, plan.today, terms))
        layout.addWidget(text_label("Your routes, in the order to try them", "heading"))
        self.cards = []
        for number, route in enumerate(plan.routes, start=1):
            text = self._route_texts.get(route.id)
            prepare = text.section("prepare") if text else ()
            card = RouteCard(number, route, prepare, plan.contacts_for(route), terms)
            layout.addWidget(card)
            self.cards.append(card)
        if plan.notes:
            layout.addWidget(text_label("Your rights", "heading"))
            for note in plan.notes:
                layout.addWidget(note_block(note, terms))

    def show_saved(self, message: str) -> None:
        self.saved.setText(message)
        self.saved.show()

    def focus_first(self) -> None:
        self.verticalScrollBar().setValue(0)
        self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def help_html(self) -> str:
        return (
            "<h2>Your plan</h2><p>The first route is what to do first. Each route says what "
            "it is, why it fits your answers, the steps (tick them off as you go), what to "
            "prepare and who to contact. Dates are worked out from the dates you gave.</p>"
            "<p>Underlined words are explained: point at them, move to them with Tab, or "
            "click them. Print or save the plan to keep it: nothing is saved otherwise.</p>"
        )
