"""Fill the window with a session worth clearing, and check that nothing of it is left."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sample_answers import REFUSED
from send_routes.ui.common.page import as_widget
from send_routes.ui.shell.main_window import MainWindow

ANSWERS: dict[str, Any] = {**REFUSED, "decision_date": "2026-10-13"}
NAME = "Zebedee Quillfeather"
#: What the filled session shows on its pages (the name, the council, the letter's date):
#: no widget of any page may show one once the session is cleared.
TRACES = (NAME, "Worcestershire", "13 October 2026")


def press_in_next_dialog(qtbot: QtBot, key: Qt.Key) -> None:
    """Press ``key`` in the dialog about to open (it runs its own event loop)."""

    def press_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "no dialog opened"
        qtbot.keyClick(dialog.focusWidget() or dialog, key)

    QTimer.singleShot(0, press_it)


def fill_session(qtbot: QtBot, window: MainWindow) -> None:
    """Answers, the plan with a ticked step, a name, and a directory search."""
    window.open_directory()
    window.side.directory_page.search_box.setText("mediation")  # type: ignore[union-attr]
    window.open_glossary()
    window.side.glossary_page.search_box.setText("tribunal")  # type: ignore[union-attr]
    window.start_wizard(dict(ANSWERS))
    window.show_check()
    window.show_plan()
    assert window.current_page() is window.plan_page
    window.plan_page.cards[0].steps[0].box.setChecked(True)
    window.plan_page.options.child_name.setText(NAME)


def leftovers(window: MainWindow) -> list[str]:
    """Everything that still holds something of the session."""
    found = []
    for box in window.findChildren(QLineEdit):
        if box.text() and not box.isReadOnly():
            found.append(f"line edit {box.accessibleName()!r}: {box.text()!r}")
    for plain in window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit):
        if plain.toPlainText() and not plain.isReadOnly():
            found.append(f"text box {plain.accessibleName()!r}")
    for page in window.wizard.pages.values():
        found += [
            f"checked {b.text()!r}" for b in page.findChildren(QAbstractButton) if b.isChecked()
        ]
    if window.wizard.flow.raw:
        found.append(f"answers {window.wizard.flow.raw}")
    if (
        window.session.plan is not None
        or window.plan_page.plan is not None
        or window.plan_page.cards
    ):
        found.append("a plan")
    if window.side.directory_page is not None or window.side.glossary_page is not None:
        found.append("a side page")
    return found


def _texts(widget: QWidget) -> list[str]:
    """The words every label, button and box under ``widget`` holds, shown or not."""
    said = [label.text() for label in widget.findChildren(QLabel)]
    said += [button.text() for button in widget.findChildren(QAbstractButton)]
    said += [box.text() for box in widget.findChildren(QLineEdit)]
    boxes = widget.findChildren(QPlainTextEdit) + widget.findChildren(QTextEdit)
    said += [box.toPlainText() for box in boxes]
    return said


def traces_on_pages(window: MainWindow) -> list[str]:
    """Each page (on the window's stack, or the window's own dialogs) that still shows a
    trace of the session, and which."""
    # Pages the session deleted (the questions, the side pages) go when control returns
    # to the event loop: let them go first.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    found = []
    for page in window.navigator.pages():
        said = "\n".join(_texts(as_widget(page)))
        found += [f"{page.page_title()}: {trace!r}" for trace in TRACES if trace in said]
    return found
