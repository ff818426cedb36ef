"""The parts of the plan page, drawn from the PlanView the printout and text also show.

The summary, route cards, contacts, dates, rights and the area's services. Nothing here
works anything out: the words and the days left come from the view.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from send_routes.core.guidance import plain
from send_routes.core.plan_view import Summary
from send_routes.core.plan_view_parts import AreaView, ContactView, DateView, NoteView, RouteView
from send_routes.ui.common.glossary_text import TermIndex, TermLabel
from send_routes.ui.common.widgets import button, panel, text_label
from send_routes.ui.common.words import kept_left_to_right, marked, shown, tr
from send_routes.wording import MAY_HAVE_CHANGED as MAY_HAVE_CHANGED
from send_routes.wording import MISSING_DETAIL

#: Shown in place of a detail no source gives (the tests look for it).
MISSING = MISSING_DETAIL

#: A paragraph with at least this many explained words gets a link to skip past them.
SKIP_FROM = 3


def explained(layout: QVBoxLayout, text: str, terms: TermIndex, role: str = "") -> TermLabel:
    """Add ``text`` with its glossary terms linked, after a skip link when it has several."""
    label = TermLabel(text, terms, role)
    count = len(terms.terms_in(text))
    if count >= SKIP_FROM:
        layout.addWidget(skip_link(label, count), alignment=Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(label)
    return label


def skip_link(label: TermLabel, count: int) -> QPushButton:
    """A link that moves keyboard focus past ``label``'s explained words."""
    link = button(
        tr("Skip {count} explained words").format(count=count),
        tr("Skip the {count} explained words in the next paragraph").format(count=count),
        role="link",
    )
    link.setObjectName("skipTerms")

    def skip() -> None:
        after = label.nextInFocusChain()
        while (
            after is not None
            and after is not label
            and after.focusPolicy()
            in (
                Qt.FocusPolicy.NoFocus,
                Qt.FocusPolicy.ClickFocus,
            )
        ):
            after = after.nextInFocusChain()
        if after is not None and after is not label:
            after.setFocus(Qt.FocusReason.OtherFocusReason)

    link.clicked.connect(skip)
    return link


class CheckRow(QWidget):
    """A check box for one step, with the step's wrapped text beside it."""

    def __init__(self, text: str, terms: TermIndex) -> None:
        super().__init__()
        self.box = QCheckBox()
        self.box.setAccessibleName(tr("Done: {text}").format(text=plain(shown(text))))
        self.label = TermLabel(text, terms)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.box, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.label, 0, 1)
        grid.setColumnStretch(1, 1)


def _selectable(text: str, role: str = "") -> QLabel:
    label = text_label(text, role)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def contact_block(contact: ContactView, brief: bool = False) -> QFrame:
    """A contact's details; a missing detail says so and is never guessed.

    ``brief`` gives only the details it has, for a contact already given in full above.
    """
    frame, layout = panel()
    frame.setAccessibleName(contact.name)
    layout.addWidget(text_label(contact.name, "subheading"))
    details = contact.known_details() if brief else contact.details()
    for what, value in details:
        layout.addWidget(_selectable(f"{tr(what)}: {kept_left_to_right(value)}"))
    if brief:
        return frame
    if contact.helps_with:
        layout.addWidget(text_label(shown(contact.helps_with), "hint"))
    if contact.caution:
        layout.addWidget(text_label(shown(contact.caution), "warning"))
    layout.addWidget(text_label(contact.source_line, "hint"))
    if contact.note:
        layout.addWidget(text_label(tr("Note: {note}").format(note=shown(contact.note)), "hint"))
    return frame


class RouteCard(QFrame):
    """One route: what it is, why it fits, its steps, what to prepare, and who to contact."""

    def __init__(self, route: RouteView, terms: TermIndex) -> None:
        super().__init__()
        self.route_id = route.id
        self.setObjectName(f"route-{route.id}")
        self.setProperty("role", "panel")
        self.setAccessibleName(
            tr("Route {number}: {title}").format(number=route.number, title=shown(route.title))
        )
        layout = QVBoxLayout(self)
        tried = " " + tr("(you have tried this)") if route.already_tried else ""
        self.title = text_label(
            tr("{number}. {title}{tried}").format(
                number=route.number, title=shown(route.title), tried=tried
            ),
            "heading",
        )
        layout.addWidget(self.title)
        _section(layout, marked("What it is"), [route.short], terms)
        _section(layout, marked("Why it fits"), [route.why], terms)
        layout.addWidget(text_label(tr("Steps"), "subheading"))
        self.steps = [CheckRow(step, terms) for step in route.steps]
        for row in self.steps:
            layout.addWidget(row)
        _section(layout, marked("What to prepare"), route.prepare, terms)
        if route.contacts:
            layout.addWidget(text_label(tr("Who to contact"), "subheading"))
            for contact in route.contacts:
                layout.addWidget(contact_block(contact, contact.name in route.seen_before))


def _section(layout: QVBoxLayout, title: str, texts: Sequence[str], terms: TermIndex) -> None:
    texts = [text for text in texts if text.strip()]
    if not texts:
        return
    layout.addWidget(text_label(tr(title), "subheading"))
    for text in texts:
        explained(layout, ("• " if len(texts) > 1 else "") + shown(text), terms)


def urgent_block(summary: Summary, terms: TermIndex) -> QFrame | None:
    """The urgent date, boxed, with what to do before it (None when nothing is urgent)."""
    urgent = summary.urgent
    if urgent is None:
        return None
    frame, layout = panel("warning")
    frame.setObjectName("urgent")
    head = tr("By {when} ({left}): {label}").format(
        when=shown(urgent.when), left=shown(urgent.left), label=shown(urgent.label)
    )
    frame.setAccessibleName(head)
    layout.addWidget(text_label(head, "subheading"))
    explained(layout, urgent.text, terms, "error")
    return frame


def summary_block(summary: Summary, terms: TermIndex) -> QFrame:
    """What to do first, who can help, the dates and what to take: page 1 of the printout."""
    frame, layout = panel()
    frame.setObjectName("doThisFirst")
    frame.setAccessibleName(tr("Do this first"))
    layout.addWidget(text_label(tr("Do this first"), "heading"))
    layout.addWidget(text_label(shown(summary.first.title), "subheading"))
    start = (
        " " + tr("Start here: {step}").format(step=summary.first_step) if summary.first_step else ""
    )
    explained(layout, summary.first.short + start, terms)
    if summary.helpers:
        who = tr("Who can help ({route})").format(route=summary.helpers_from)
        layout.addWidget(
            text_label(who if summary.helpers_from else tr("Who to contact"), "subheading")
        )
        for helper in summary.helpers:
            layout.addWidget(_selectable(helper.brief))
    _section(layout, marked("Finding help near you"), summary.find_local, terms)
    if summary.dates:
        layout.addWidget(text_label(tr("Dates, nearest first"), "subheading"))
        for date in summary.dates:
            layout.addWidget(
                _selectable(
                    tr("{date} ({left}): {label}").format(
                        date=shown(date.when), left=shown(date.left), label=shown(date.label)
                    )
                )
            )
    _section(layout, marked("What to take to that call"), summary.take, terms)
    return frame


def deadline_block(date: DateView, terms: TermIndex) -> QFrame:
    """A deadline as a date, with days left, its label, its rule and the date counted from."""
    frame, layout = panel()
    frame.setObjectName(f"deadline-{date.id}")
    frame.setProperty("deadline_id", date.id)
    when = f"{shown(date.when)} ({shown(date.left)})"  # in the language's own words
    frame.setAccessibleName(tr("{label}: {when}").format(label=shown(date.label), when=when))
    layout.addWidget(text_label(when, "subheading"))
    layout.addWidget(TermLabel(date.label, terms))
    explained(layout, date.basis, terms, "hint")
    if date.from_letter:
        source = text_label(shown(date.from_letter), "hint")
        source.setObjectName(f"from-letter-{date.id}")
        layout.addWidget(source)
    if date.warning:
        explained(layout, date.warning, terms, "warning")
    return frame


def note_block(note: NoteView, terms: TermIndex) -> QWidget:
    """A right the family should know."""
    block = QWidget()
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(text_label(shown(note.title), "subheading"))
    explained(layout, note.text, terms)
    return block


def area_block(area: AreaView, terms: TermIndex) -> QWidget:
    """The area's services and Local Offer, or how to find local services."""
    block = QWidget()
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 0, 0, 0)
    help_in = tr("Help in {area}").format(area=area.name)
    layout.addWidget(text_label(help_in if area.name else tr("Finding help near you"), "heading"))
    for text in (*area.services, *area.local_offer, *area.find_local):
        explained(layout, text, terms)
    return block


def warnings_block(warnings: Sequence[str], terms: TermIndex) -> QFrame:
    """The plan's warnings, boxed so they stand out."""
    frame, layout = panel("warning")
    frame.setObjectName("planWarnings")
    layout.addWidget(text_label(tr("Important"), "subheading"))
    for warning in warnings:
        explained(layout, warning, terms, "error")
    return frame
