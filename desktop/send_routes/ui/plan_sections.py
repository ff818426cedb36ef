"""The parts of the plan page: route cards, checklists, contacts, deadlines and rights."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from send_routes.core.contact_fields import CONFIDENCE
from send_routes.core.deadlines import long_date
from send_routes.core.guidance import Contact, Statement, plain
from send_routes.core.plan import PlanDeadline, PlanNote, PlanRoute
from send_routes.ui.glossary_text import TermIndex, TermLabel
from send_routes.ui.widgets import panel, text_label
from send_routes.wording import MAY_HAVE_CHANGED as MAY_HAVE_CHANGED
from send_routes.wording import MISSING_DETAIL as MISSING


class CheckRow(QWidget):
    """A check box for one step, with the step's wrapped text beside it."""

    def __init__(self, text: str, terms: TermIndex) -> None:
        super().__init__()
        self.box = QCheckBox()
        self.box.setAccessibleName(f"Done: {plain(text)}")
        self.label = TermLabel(text, terms)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.box, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.label, 0, 1)
        grid.setColumnStretch(1, 1)


def _selectable(text: str) -> QLabel:
    label = text_label(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def contact_block(contact: Contact) -> QFrame:
    """A contact's details; a missing detail says so and is never guessed."""
    frame, layout = panel()
    frame.setAccessibleName(contact.name)
    layout.addWidget(text_label(contact.name, "subheading"))
    if contact.helps_with:
        layout.addWidget(text_label(contact.helps_with, "hint"))
    for what, value in (
        ("Phone", contact.phone),
        ("Email", contact.email),
        ("Website", contact.website),
    ):
        layout.addWidget(_selectable(f"{what}: {value or MISSING}"))
    if contact.confidence == "L":
        layout.addWidget(text_label(MAY_HAVE_CHANGED, "warning"))
    checked = CONFIDENCE.get(contact.confidence, "")
    source = f"Source: {', '.join(contact.source)}, read {contact.source_read}"
    layout.addWidget(text_label(f"{source} ({checked})" if checked else source, "hint"))
    if contact.note:
        layout.addWidget(text_label(f"Note: {contact.note}", "hint"))
    return frame


class RouteCard(QFrame):
    """One route: what it is, why it fits, its steps, what to prepare, and who to contact."""

    def __init__(
        self,
        number: int,
        route: PlanRoute,
        prepare: Sequence[Statement],
        contacts: Sequence[Contact],
        terms: TermIndex,
    ) -> None:
        super().__init__()
        self.route_id = route.id
        self.setObjectName(f"route-{route.id}")
        self.setProperty("role", "panel")
        self.setAccessibleName(f"Route {number}: {route.title}")
        layout = QVBoxLayout(self)
        self.title = text_label(f"{number}. {route.title}", "heading")
        layout.addWidget(self.title)
        self._section(layout, "What it is", [route.short], terms)
        self._section(layout, "Why it fits", [" ".join(route.why)], terms)
        layout.addWidget(text_label("Steps", "subheading"))
        self.steps = [CheckRow(step, terms) for step in route.steps]
        for row in self.steps:
            layout.addWidget(row)
        self._section(layout, "What to prepare", [item.text for item in prepare], terms)
        if contacts:
            layout.addWidget(text_label("Who to contact", "subheading"))
            for contact in contacts:
                layout.addWidget(contact_block(contact))

    @staticmethod
    def _section(layout: QVBoxLayout, title: str, texts: Sequence[str], terms: TermIndex) -> None:
        texts = [text for text in texts if text.strip()]
        if not texts:
            return
        layout.addWidget(text_label(title, "subheading"))
        for text in texts:
            layout.addWidget(TermLabel(("• " if len(texts) > 1 else "") + text, terms))


def days_text(deadline: PlanDeadline, today: dt.date) -> str:
    days = deadline.days_left(today)
    if days < 0 or deadline.passed:
        return "passed"
    if days == 0:
        return "today"
    return f"{days} day left" if days == 1 else f"{days} days left"


def deadline_block(deadline: PlanDeadline, today: dt.date, terms: TermIndex) -> QFrame:
    """A deadline as a date, with days left, its label, its rule and the date counted from."""
    frame, layout = panel()
    frame.setObjectName(f"deadline-{deadline.id}")
    frame.setProperty("deadline_id", deadline.id)
    when = f"{long_date(deadline.date)} ({days_text(deadline, today)})"
    frame.setAccessibleName(f"{deadline.label}: {when}")
    layout.addWidget(text_label(when, "subheading"))
    layout.addWidget(TermLabel(deadline.label, terms))
    layout.addWidget(TermLabel(deadline.basis, terms, "hint"))
    if deadline.status:
        layout.addWidget(TermLabel(deadline.status, terms, "warning"))
    return frame


def note_block(note: PlanNote, terms: TermIndex) -> QWidget:
    """A right the family should know."""
    block = QWidget()
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(text_label(note.title, "subheading"))
    layout.addWidget(TermLabel(note.text, terms))
    return block


def warnings_block(warnings: Sequence[str], terms: TermIndex) -> QFrame:
    """The plan's warnings, boxed so they stand out."""
    frame, layout = panel("warning")
    frame.setObjectName("planWarnings")
    layout.addWidget(text_label("Important", "subheading"))
    for warning in warnings:
        layout.addWidget(TermLabel(warning, terms, "error"))
    return frame
