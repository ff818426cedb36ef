"""The GOV.UK date input: day, month and year boxes, a calendar, and 'I don't have this letter'."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from send_routes.core.guidance import plain
from send_routes.core.questions import Question
from send_routes.ui.common.glossary_text import TermIndex, TermLabel
from send_routes.ui.common.widgets import WrappedCheckBox, button, text_label
from send_routes.ui.common.words import marked, shown, tr
from send_routes.ui.wizard.choice_fields import FieldError

UNKNOWN_TEXT = marked("I don't have this letter, or I don't know the date")
#: Names for the parts Qt's calendar is built from, which it leaves unnamed.
CALENDAR_PARTS = {
    "qt_calendar_prevmonth": "Previous month",
    "qt_calendar_nextmonth": "Next month",
    "qt_calendar_monthbutton": "Choose the month",
    "qt_calendar_yearbutton": "Choose the year",
    "qt_calendar_yearedit": "Year",
    "qt_calendar_calendarview": "Days of the month: use the arrow keys, then press Enter",
}


class CalendarDialog(QDialog):
    """A calendar to pick a date from; emits ``date_chosen`` when the person picks one."""

    date_chosen = Signal(QDate)

    def __init__(self, start: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Choose a date"))
        layout = QVBoxLayout(self)
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(tr("Calendar: use the arrow keys, then press Enter"))
        self.calendar.setGridVisible(True)
        self.calendar.setSelectedDate(start)
        self.calendar.activated.connect(self._choose)
        for part in self.calendar.findChildren(QWidget):
            if part.objectName() in CALENDAR_PARTS:
                part.setAccessibleName(CALENDAR_PARTS[part.objectName()])
        layout.addWidget(self.calendar)
        choose = button(tr("Use this date"), tr("Use the selected date"))
        choose.clicked.connect(lambda: self._choose(self.calendar.selectedDate()))
        cancel = button(tr("Cancel"), tr("Close the calendar without choosing"), role="secondary")
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(cancel)
        row.addStretch(1)
        layout.addLayout(row)
        self.calendar.setFocus()

    def _choose(self, date: QDate) -> None:
        self.date_chosen.emit(date)
        self.accept()


def _number_box(name: str, digits: int) -> QLineEdit:
    box = QLineEdit()
    box.setAccessibleName(name)
    box.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{digits}}}"), box))
    box.setMaxLength(digits)
    box.setFixedWidth(box.fontMetrics().horizontalAdvance("0") * (digits + 3) + 24)
    return box


class DateField(QWidget):
    """Day, month and year boxes for an optional date, with the letter it comes from."""

    def __init__(self, question: Question, terms: TermIndex) -> None:
        super().__init__()
        self.setAccessibleName(plain(shown(question.text)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if question.letter:
            layout.addWidget(
                TermLabel(
                    tr("This date is on: {letter}").format(letter=shown(question.letter)),
                    terms,
                    "hint",
                    False,
                )
            )
        layout.addWidget(text_label(tr("For example, 27 3 2026"), "hint"))
        self.day = _number_box(tr("Day"), 2)
        self.month = _number_box(tr("Month"), 2)
        self.year = _number_box(tr("Year"), 4)
        boxes = QHBoxLayout()
        for box in (self.day, self.month, self.year):
            column = QVBoxLayout()
            caption = text_label(box.accessibleName())
            caption.setBuddy(box)
            column.addWidget(caption)
            column.addWidget(box)
            boxes.addLayout(column)
        boxes.addStretch(1)
        layout.addLayout(boxes)
        self.pick = button(
            tr("Choose from a calendar"), tr("Choose the date from a calendar"), role="link"
        )
        self.pick.clicked.connect(self.open_calendar)
        layout.addWidget(self.pick, alignment=Qt.AlignmentFlag.AlignLeft)
        unknown = WrappedCheckBox(tr(UNKNOWN_TEXT))
        self.unknown = unknown.box
        self.unknown.setAccessibleDescription(tr("Leave this date out. You can still make a plan."))
        self.unknown.toggled.connect(self._unknown_toggled)
        layout.addWidget(unknown)
        self.calendar: CalendarDialog | None = None

    def boxes(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.day, self.month, self.year

    def _unknown_toggled(self, unknown: bool) -> None:
        for box in (*self.boxes(), self.pick):
            box.setEnabled(not unknown)

    def open_calendar(self) -> None:
        try:
            chosen = self.value()
        except FieldError:
            chosen = None
        start = QDate(chosen.year, chosen.month, chosen.day) if chosen else QDate.currentDate()
        self.calendar = CalendarDialog(start, self.window())
        self.calendar.date_chosen.connect(self.set_qdate)
        self.calendar.finished.connect(self._calendar_closed)
        self.calendar.open()

    def set_qdate(self, date: QDate) -> None:
        self.set_value(dt.date(date.year(), date.month(), date.day()).isoformat())

    def _calendar_closed(self, result: int) -> None:
        """Give keyboard focus back: to the day box after a choice, else to the calendar link."""
        self.window().activateWindow()
        target = self.day if result == QDialog.DialogCode.Accepted.value else self.pick
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> dt.date | None:
        """The date typed, None when left empty, or FieldError when it is not a real date."""
        if self.unknown.isChecked():
            return None
        texts = [box.text().strip() for box in self.boxes()]
        if not any(texts):
            return None
        missing = [box.accessibleName().lower() for box in self.boxes() if not box.text().strip()]
        if missing:
            parts = missing[0]
            for part in missing[1:]:
                parts = tr("{first} and {second}").format(first=parts, second=part)
            raise FieldError(tr("The date must include a {parts}").format(parts=parts))
        day, month, year = (int(text) for text in texts)
        if len(texts[2]) != 4:
            raise FieldError(tr("The year must have 4 numbers, for example 2026"))
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise FieldError(tr("The date must be a real date, for example 27 3 2026")) from None

    def set_value(self, value: str | None) -> None:
        day = dt.date.fromisoformat(value) if value else None
        self.unknown.setChecked(False)
        self.day.setText(str(day.day) if day else "")
        self.month.setText(str(day.month) if day else "")
        self.year.setText(str(day.year) if day else "")

    def focus_target(self) -> QWidget:
        return self.unknown if self.unknown.isChecked() else self.day
