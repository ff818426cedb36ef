"""'Your plan': what to do first, each route as a card, the dates, the rights, and print."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from send_routes.core.deadlines import long_date
from send_routes.core.guidance import RouteText
from send_routes.core.plan import Plan
from send_routes.export.plan_context import DocumentOptions
from send_routes.ui.document_options import DocumentOptionsPanel
from send_routes.ui.flow_layout import FlowLayout
from send_routes.ui.glossary_text import TermIndex, TermLabel
from send_routes.ui.plan_sections import (
    RouteCard,
    deadline_block,
    note_block,
    warnings_block,
)
from send_routes.ui.widgets import ScrollingPage, button, panel, text_label
from send_routes.wording import NOT_LEGAL_ADVICE

NO_DATES = (
    "There are no dates to add to a calendar: no time limit could be worked out from your "
    "answers. If you have a letter with a decision in it, go back and give the letter's date."
)


class PlanPage(ScrollingPage):
    """Shows a Plan exactly as the engine made it."""

    back_clicked = Signal()
    preview_clicked = Signal()
    print_clicked = Signal()
    save_pdf_clicked = Signal()
    save_odt_clicked = Signal()
    letters_clicked = Signal()
    #: A list of deadline ids to put in a calendar file, or None for all of them.
    calendar_clicked = Signal(object)
    start_again_clicked = Signal()
    #: The page forgot its plan (Finish and clear): letters, names and options go too.
    cleared = Signal()
    #: A step was ticked or unticked (``ticks()`` says which are ticked now).
    ticks_changed = Signal()

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
        add(text_label("Print, save or write letters", "subheading"))
        self.options = DocumentOptionsPanel()
        add(self.options)
        add(self._actions())
        self.saved = text_label("", "hint")
        self.saved.setAccessibleName("Where your plan was saved")
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved.hide()
        add(self.saved)
        self.body_holder = QWidget()
        add(self.body_holder)
        add(text_label(NOT_LEGAL_ADVICE, "warning"))
        self.finish()
        self.cards: list[RouteCard] = []
        self.calendar_button: QPushButton | None = None
        self.calendar_buttons: dict[str, QPushButton] = {}

    def _actions(self) -> QWidget:
        row = QWidget()
        layout = FlowLayout(row)
        self.preview_button = button("Print preview", "Print preview of your plan")
        self.print_button = button("Print", "Print your plan", "Shortcut: Control+P")
        self.pdf_button = button(
            "Save as PDF", "Save your plan as a PDF file", "Shortcut: Control+S", "secondary"
        )
        self.odt_button = button(
            "Save as document (ODT)",
            "Save your plan as a document",
            "An OpenDocument text file that Word and LibreOffice open",
            "secondary",
        )
        self.letters_button = button(
            "Draft letters", "Draft letters", "Letters you can edit, print and send", "secondary"
        )
        self.again_button = button(
            "Start again",
            "Start again",
            "Forget these answers and go back to the start",
            role="secondary",
        )
        signals = (
            self.preview_clicked,
            self.print_clicked,
            self.save_pdf_clicked,
            self.save_odt_clicked,
            self.letters_clicked,
            self.start_again_clicked,
        )
        widgets = (
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.odt_button,
            self.letters_button,
            self.again_button,
        )
        for widget, signal in zip(widgets, signals, strict=True):
            widget.clicked.connect(signal)
            layout.addWidget(widget)
        return row

    def document_options(self) -> DocumentOptions:
        """How the person wants the plan printed or saved."""
        return self.options.options()

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
        self._dates(layout, plan)
        layout.addWidget(text_label("Your routes, in the order to try them", "heading"))
        self.cards = []
        for number, route in enumerate(plan.routes, start=1):
            text = self._route_texts.get(route.id)
            prepare = text.section("prepare") if text else ()
            card = RouteCard(number, route, prepare, plan.contacts_for(route), terms)
            layout.addWidget(card)
            self.cards.append(card)
            for row in card.steps:
                row.box.toggled.connect(self.ticks_changed)
        if plan.notes:
            layout.addWidget(text_label("Your rights", "heading"))
            for note in plan.notes:
                layout.addWidget(note_block(note, terms))

    def _dates(self, layout: QVBoxLayout, plan: Plan) -> None:
        """The deadlines with buttons to add them to a calendar, or why there are none."""
        layout.addWidget(text_label("Dates to know, nearest first", "heading"))
        self.calendar_button = button(
            "Add all dates to your calendar (.ics)",
            "Add all dates to your calendar",
            "Saves one calendar file with every date, and reminders a week and a day before",
        )
        self.calendar_button.clicked.connect(lambda: self.calendar_clicked.emit(None))
        layout.addWidget(self.calendar_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.calendar_button.setHidden(not plan.deadlines)
        if not plan.deadlines:
            layout.addWidget(text_label(NO_DATES, "hint"))
        self.calendar_buttons = {}
        for deadline in plan.deadlines:
            layout.addWidget(deadline_block(deadline, plan.today, self._terms))
            one = button(
                "Add to calendar",
                f"Add to your calendar: {deadline.label}",
                f"Saves a calendar file for {long_date(deadline.date)}",
                "link",
            )
            one.clicked.connect(lambda _=False, i=deadline.id: self.calendar_clicked.emit([i]))
            layout.addWidget(one, alignment=Qt.AlignmentFlag.AlignLeft)
            self.calendar_buttons[deadline.id] = one

    def show_saved(self, message: str, problem: bool = False) -> None:
        """Say where a file went, or (``problem``) why it could not be saved."""
        self.saved.setProperty("role", "error" if problem else "hint")
        self.saved.style().unpolish(self.saved)
        self.saved.style().polish(self.saved)
        self.saved.setText(message)
        self.saved.show()

    def clear(self) -> None:
        """Show no plan at all (part of clearing the session)."""
        self.plan = None
        self.made.setText("")
        self.saved.setText("")
        self.saved.hide()
        body = QWidget()
        self.content.replaceWidget(self.body_holder, body)
        self.body_holder.deleteLater()
        self.body_holder = body
        self.cards = []
        self.calendar_button = None
        self.calendar_buttons = {}
        self.cleared.emit()

    def ticks(self) -> list[tuple[str, int]]:
        """The steps ticked off, as (route id, step index)."""
        return [
            (card.route_id, index)
            for card in self.cards
            for index, row in enumerate(card.steps)
            if row.box.isChecked()
        ]

    def set_ticks(self, ticks: Iterable[Sequence[object]]) -> None:
        """Tick exactly the steps given as (route id, step index)."""
        wanted = {(str(route), str(index)) for route, index in ticks}
        for card in self.cards:
            for index, row in enumerate(card.steps):
                row.box.setChecked((card.route_id, str(index)) in wanted)

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
            "<p>Print preview shows the pages exactly as they will print. Choose the paper, "
            "large print or black and white first; a first name, if you give one, is used "
            "only in the title and is never stored. Draft letters opens letters you can edit, "
            "print or save. The calendar buttons save the dates as a file your calendar app "
            "opens, with reminders a week and a day before.</p>"
        )
