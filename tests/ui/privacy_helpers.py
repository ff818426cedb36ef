"""Fill the window with a session worth clearing, and check that nothing of it is left."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from sample_answers import REFUSED
from send_routes.ui.shell.main_window import MainWindow

ANSWERS: dict[str, Any] = {**REFUSED, "decision_date": "2026-10-13"}
NAME = "Zebedee Quillfeather"


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
