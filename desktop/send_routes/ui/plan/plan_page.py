"""'Your plan': the summary, print and save, each route as a card, the dates and the rights.

The page shows a PlanView, the same one the printout and the text format show, of the
session's plan: the session owns the plan, and the page redraws when it changes. By default
it builds the view from the route texts and glossary it was given; ``set_view_maker`` lets
the window's print and save part (which has the whole content) build it with the source
titles and the area's services too. A case opened in the adviser area has a log: the
view then says which logged letter each date was counted from, and is drawn again when
the log changes (not when only the reasons for appeal are typed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from send_routes.core.case_log import LogEntry
from send_routes.core.guidance import RouteText
from send_routes.core.plan import Plan
from send_routes.core.plan_view import PlanView, build_plan_view
from send_routes.core.plan_view_parts import PlanFacts
from send_routes.export.plan_context import DocumentOptions
from send_routes.ui.common.catalogue_translator import chosen_language
from send_routes.ui.common.flow_layout import FlowLayout
from send_routes.ui.common.glossary_text import TermIndex
from send_routes.ui.common.page import spoken_text
from send_routes.ui.common.session import Session
from send_routes.ui.common.widgets import ScrollingPage, button, text_label
from send_routes.ui.common.words import marked, tr
from send_routes.ui.plan.bilingual_summary import bilingual_summary
from send_routes.ui.plan.document_options import DocumentOptionsPanel
from send_routes.ui.plan.plan_sections import (
    RouteCard,
    area_block,
    deadline_block,
    note_block,
    summary_block,
    urgent_block,
    warnings_block,
)
from send_routes.wording import NOT_LEGAL_ADVICE

NO_DATES = marked(
    "There are no dates to add to a calendar: no time limit could be worked out from your "
    "answers. If you have a letter with a decision in it, go back and give the letter's date."
)


#: Makes the view of a plan, with the case log it was made from (empty outside a case).
ViewMaker = Callable[[Plan, Sequence[LogEntry]], PlanView]


class PlanPage(ScrollingPage):
    """Shows the session's plan exactly as the engine made it; keeps no plan of its own."""

    back_clicked = Signal()
    preview_clicked = Signal()
    print_clicked = Signal()
    save_pdf_clicked = Signal()
    save_odt_clicked = Signal()
    letters_clicked = Signal()
    #: A list of deadline ids to put in a calendar file, or None for all of them.
    calendar_clicked = Signal(object)
    start_again_clicked = Signal()
    #: A step was ticked or unticked (``ticks()`` says which are ticked now).
    ticks_changed = Signal()

    def __init__(
        self,
        route_texts: Mapping[str, RouteText],
        terms: TermIndex,
        session: Session,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._terms = terms
        self._session = session
        self._make_view: ViewMaker = lambda plan, _log: build_plan_view(
            plan, PlanFacts(route_texts, terms)
        )
        self.view: PlanView | None = None
        #: The case log the view was drawn with (a new log is a new tuple).
        self._drawn_log: Sequence[LogEntry] = ()
        add = self.content.addWidget
        self.back = button(tr("Back"), tr("Back to check your answers"), role="link")
        self.back.clicked.connect(self.back_clicked)
        add(self.back, alignment=Qt.AlignmentFlag.AlignLeft)
        self.heading = text_label(tr("Your plan"), "heading")
        self.heading.setAccessibleName(tr("Your plan"))
        # Focus starts on the heading, so a screen reader starts at the top of the plan.
        self.heading.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        add(self.heading)
        self.made = text_label("", "hint")
        add(self.made)
        self.summary_holder = QWidget()
        add(self.summary_holder)
        add(text_label(tr("Print, save or write letters"), "subheading"))
        self.options = DocumentOptionsPanel()
        add(self.options)
        add(self._actions())
        self.saved = text_label("", "hint")
        self.saved.setAccessibleName(tr("Where your plan was saved"))
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved.hide()
        add(self.saved)
        self.body_holder = QWidget()
        add(self.body_holder)
        add(text_label(tr(NOT_LEGAL_ADVICE), "warning"))
        self.finish()
        self.cards: list[RouteCard] = []
        self.calendar_button: QPushButton | None = None
        self.calendar_buttons: dict[str, QPushButton] = {}
        session.plan_changed.connect(self.redraw)
        session.case_file_changed.connect(self._log_changed)
        session.register("plan page", self)

    @property
    def plan(self) -> Plan | None:
        """The plan on the page: the session's (the page keeps none of its own)."""
        return self._session.plan

    def _actions(self) -> QWidget:
        row = QWidget()
        layout = FlowLayout(row)
        self.preview_button = button(tr("Print preview"), tr("Print preview of your plan"))
        self.print_button = button(tr("Print"), tr("Print your plan"), tr("Shortcut: Control+P"))
        self.pdf_button = button(
            tr("Save as PDF"),
            tr("Save your plan as a PDF file"),
            tr("Shortcut: Control+S"),
            "secondary",
        )
        self.odt_button = button(
            tr("Save as document (ODT)"),
            tr("Save your plan as a document"),
            tr("An OpenDocument text file that Word and LibreOffice open"),
            "secondary",
        )
        self.letters_button = button(
            tr("Draft letters"),
            tr("Draft letters"),
            tr("Letters you can edit, print and send"),
            "secondary",
        )
        self.again_button = button(
            tr("Start again"),
            tr("Start again"),
            tr("Forget these answers and go back to the start"),
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

    def set_view_maker(self, make: ViewMaker) -> None:
        """Build the views with ``make`` (which has the whole content), from now on."""
        self._make_view = make
        self.redraw()

    def document_options(self) -> DocumentOptions:
        """How the person wants the plan printed or saved."""
        return self.options.options()

    def redraw(self) -> None:
        """Show the session's plan, with the ticks and the first name it keeps; or nothing."""
        session = self._session
        if session.plan is None:
            if self.view is not None:
                self.clear()
            return
        ticks, name = list(session.ticks), session.child_name
        self._drawn_log = session.case_file.log
        self._show(self._make_view(session.plan, self._drawn_log))
        self.set_ticks(ticks)
        if self.options.child_name.text() != name:
            self.options.child_name.setText(name)

    def _log_changed(self) -> None:
        """Say which letters the dates come from again, only when the log itself changed."""
        if self._session.case_file.log is not self._drawn_log:
            self.redraw()

    def _show(self, view: PlanView) -> None:
        self.view = view
        self.made.setText(tr("Made on {made}.").format(made=view.made) + " " + tr(NOT_LEGAL_ADVICE))
        self.saved.hide()
        self._replace_summary(self._summary(view))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self._fill(layout, view)
        self._replace_body(body)
        self.verticalScrollBar().setValue(0)

    def _summary(self, view: PlanView) -> QWidget:
        """The warnings and the summary: what the printout's page 1 says, in the same order."""
        top = QWidget()
        layout = QVBoxLayout(top)
        layout.setContentsMargins(0, 0, 0, 0)
        language = chosen_language()
        # Page 1 says when the plan was made, and that it is not legal advice, bilingually.
        self.made.setHidden(language is not None)
        if language is not None:  # page 1 in the family's language, the English under it
            layout.addWidget(bilingual_summary(view, language))
        else:
            urgent = urgent_block(view.summary, self._terms)
            if urgent is not None:
                layout.addWidget(urgent)
            if view.warnings:
                layout.addWidget(warnings_block(view.warnings, self._terms))
            layout.addWidget(summary_block(view.summary, self._terms))
        self.calendar_button = button(
            tr("Add all dates to your calendar (.ics)"),
            tr("Add all dates to your calendar"),
            tr("Saves one calendar file with every date, and reminders a week and a day before"),
        )
        self.calendar_button.clicked.connect(lambda: self.calendar_clicked.emit(None))
        layout.addWidget(self.calendar_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.calendar_button.setHidden(not view.dates)
        return top

    def _replace_summary(self, summary: QWidget) -> None:
        self.content.replaceWidget(self.summary_holder, summary)
        self.summary_holder.deleteLater()
        self.summary_holder = summary

    def _replace_body(self, body: QWidget) -> None:
        self.content.replaceWidget(self.body_holder, body)
        self.body_holder.deleteLater()
        self.body_holder = body

    def _fill(self, layout: QVBoxLayout, view: PlanView) -> None:
        terms = self._terms
        layout.addWidget(text_label(tr("Your routes, in the order to try them"), "heading"))
        self.cards = []
        for route in view.routes:
            card = RouteCard(route, terms)
            layout.addWidget(card)
            self.cards.append(card)
            for row in card.steps:
                row.box.toggled.connect(self.ticks_changed)
        self._dates(layout, view)
        if view.notes:
            layout.addWidget(text_label(tr("Your rights"), "heading"))
            for note in view.notes:
                layout.addWidget(note_block(note, terms))
        if not view.area.empty:
            layout.addWidget(area_block(view.area, terms))

    def _dates(self, layout: QVBoxLayout, view: PlanView) -> None:
        """Each deadline with how it was counted and a button to add it to a calendar."""
        heading = "How the dates were worked out" if view.dates else "Dates"
        layout.addWidget(text_label(heading, "heading"))
        if not view.dates:
            layout.addWidget(text_label(tr(NO_DATES), "hint"))
        self.calendar_buttons = {}
        for date in view.dates:
            layout.addWidget(deadline_block(date, self._terms))
            one = button(
                tr("Add to calendar"),
                tr("Add to your calendar: {label}").format(label=date.label),
                tr("Saves a calendar file for {when}").format(when=date.when),
                "link",
            )
            one.clicked.connect(lambda _=False, i=date.id: self.calendar_clicked.emit([i]))
            layout.addWidget(one, alignment=Qt.AlignmentFlag.AlignLeft)
            self.calendar_buttons[date.id] = one

    def show_saved(self, message: str, problem: bool = False) -> None:
        """Say where a file went, or (``problem``) why it could not be saved."""
        self.saved.setProperty("role", "error" if problem else "hint")
        self.saved.style().unpolish(self.saved)
        self.saved.style().polish(self.saved)
        self.saved.setText(message)
        self.saved.show()
        # Focus comes back from the file dialog to the button pressed; the message is what
        # the person needs to see and hear now.
        self.saved.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.saved.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self, lambda: self.ensureWidgetVisible(self.saved))

    def clear(self) -> None:
        """Show no plan at all (part of clearing the session)."""
        self.view = None
        self._drawn_log = ()
        self.made.setText("")
        self.saved.setText("")
        self.saved.hide()
        self._replace_summary(QWidget())
        self._replace_body(QWidget())
        self.cards = []
        self.calendar_button = None
        self.calendar_buttons = {}

    def clear_personal_data(self) -> None:
        self.clear()

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

    def page_title(self) -> str:
        return tr("Your plan")

    def reading_order(self) -> list[str]:
        return spoken_text(self)

    def focus_first(self) -> None:
        """The top of the plan, focus on its heading: the urgent box and first step in view."""
        self.heading.setFocus(Qt.FocusReason.OtherFocusReason)
        self.verticalScrollBar().setValue(0)

    def help_html(self) -> str:
        return tr(
            "<h2>Your plan</h2><p>The box at the top says what to do first, who can help, "
            "every date nearest first and what to take to that call; it is also page 1 of "
            "the printed plan. Each route says what "
            "it is, why it fits your answers, the steps (tick them off as you go), what to "
            "prepare and who to contact. Dates are worked out from the dates you gave.</p>"
            "<p>Underlined words are explained: point at them, move to them with Tab, or "
            'click them. A "Skip explained words" link before a paragraph moves past its '
            "explained words. Print or save the plan to keep it: nothing is saved "
            "otherwise.</p>"
            "<p>Print preview shows the pages exactly as they will print. Choose the paper, "
            "large print, black and white or the full guide (with the words used, the "
            "sources and a page for notes) first; a first name, if you give one, is used "
            "only in the title and is never stored. Draft letters opens letters you can edit, "
            "print or save. The calendar buttons save the dates as a file your calendar app "
            "opens, with reminders a week and a day before.</p>"
        )
