"""Text an adviser typed (an own contact's name, a case's title) never reorders the words
around it in the window: a right-to-left override in it is closed inside an isolate
(core/bidi.py), so "(Added locally)" and "(saved 5 December 2026)" read as written."""

from __future__ import annotations

import pytest
from adviser_fixtures import unlocked
from PySide6.QtWidgets import QComboBox, QLineEdit

from send_routes.ui.adviser.adviser_page import AdviserPage
from send_routes.ui.adviser.local_contact_dialogs import ContactDialog
from send_routes.ui.shell.main_window import MainWindow

RLO, LRO, PDF = "\u202e", "\u202d", "\u202c"
FSI, PDI = "\u2068", "\u2069"
#: An override left open at the end: unisolated, it reverses everything after the name.
HOSTILE_ORGANISATION = f"{RLO}Riverside{LRO} Forum"
HOSTILE_TITLE = f"Sam {RLO}4 raeY"


def test_an_own_contact_with_an_override_is_isolated_in_the_list_and_the_directory(
    window: MainWindow, adviser: AdviserPage
) -> None:
    unlocked(adviser)
    adviser.contacts.add_button.click()
    dialog = adviser.contacts.dialog
    assert isinstance(dialog, ContactDialog)
    fields = {
        "organisation": HOSTILE_ORGANISATION,
        "kind": "sendiass",
        "local_authority": "dudley",
        "confidence": "M",
        "phone": "01384 123456",
        "source": "phone call",
        "source_read": "2026-11-01",
    }
    for column, value in fields.items():
        box = dialog.inputs[column]
        if isinstance(box, QComboBox):
            box.setCurrentText(value)
        else:
            assert isinstance(box, QLineEdit)
            box.setText(value)
    dialog.save_button.click()
    assert not dialog.isVisible(), [e.text() for e in dialog.errors.values()]
    listed = adviser.contacts.contact_list.item(0).text()
    assert listed.startswith(f"{FSI}{HOSTILE_ORGANISATION}{PDI} (")

    window.open_directory()
    page = window.side.directory_page
    assert page is not None
    page.search_box.setText("riverside")
    names = [page.model.cells(contact)[0] for contact in page.model.contacts()]
    assert f"{FSI}{HOSTILE_ORGANISATION}{PDI} (Added locally)" in names


def test_a_case_title_with_an_override_is_isolated_in_the_messages_and_the_list(
    adviser: AdviserPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlocked(adviser)
    adviser.cases.title_box.setText(HOSTILE_TITLE)
    adviser.cases.save_new.click()
    shown = f"{FSI}{HOSTILE_TITLE}{PDI}"
    assert adviser.message.text() == f"Saved as a new case: {shown}."
    assert adviser.cases.open_label.text() == f"Open case: {shown}"
    assert adviser.cases.case_list.item(0).text().startswith(f"{shown} (saved ")

    asked: list[str] = []

    def confirm(question: str) -> bool:
        asked.append(question)
        return False  # keep the case

    monkeypatch.setattr(adviser, "confirm", confirm)
    adviser.cases.case_list.setCurrentRow(0)
    adviser.cases.delete_button.click()
    assert asked == [f"Delete {shown}? It cannot be brought back."]


def test_typed_evidence_with_an_override_is_isolated_part_by_part_in_its_list(
    window: MainWindow, adviser: AdviserPage
) -> None:
    window.open_adviser_area()
    box = next(iter(adviser.case_file.reasons.boxes.values()))
    typed = [f"{RLO}SALT report", "p4"]
    for field, value in zip(box.fields.values(), typed, strict=False):
        field.setText(value)
    box.add.click()
    assert box.list.item(0).text() == f"{FSI}{typed[0]}{PDI} · p4"
