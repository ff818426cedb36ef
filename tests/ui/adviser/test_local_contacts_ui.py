"""The centre's own contacts: add, change, delete, find in the directory, CSV in and out."""

from __future__ import annotations

from pathlib import Path

import pytest
from adviser_fixtures import unlocked
from PySide6.QtWidgets import QComboBox, QLineEdit

from send_routes.core.contact_fields import CONTACT_COLUMNS
from send_routes.ui.adviser.adviser_page import AdviserPage
from send_routes.ui.adviser.local_contact_dialogs import ContactDialog, ImportPreviewDialog
from send_routes.ui.shell.main_window import MainWindow

GOOD = {
    "organisation": "Riverside Parent Forum",
    "kind": "sendiass",
    "local_authority": "dudley",
    "phone": "01384 123456",
    "source": "phone call",
    "confidence": "M",
    "source_read": "2026-11-01",
}


def _fill(dialog: ContactDialog, fields: dict[str, str]) -> None:
    for column, value in fields.items():
        box = dialog.inputs[column]
        if isinstance(box, QLineEdit):
            box.setText(value)
        else:
            assert isinstance(box, QComboBox)
            box.setCurrentText(value)


def _add(page: AdviserPage, fields: dict[str, str]) -> ContactDialog:
    page.contacts.add_button.click()
    dialog = page.contacts.dialog
    assert isinstance(dialog, ContactDialog)
    _fill(dialog, fields)
    dialog.save_button.click()
    return dialog


def test_a_contact_with_problems_shows_each_problem_by_its_field(adviser: AdviserPage) -> None:
    unlocked(adviser)
    dialog = _add(adviser, {**GOOD, "phone": "12", "organisation": ""})
    assert dialog.isVisible()
    assert "phone" in dialog.errors["phone"].text()
    assert "required" in dialog.errors["organisation"].text()
    assert dialog.errors["email"].isHidden()
    assert adviser.contacts.contact_list.count() == 0
    dialog.reject()


def test_added_contacts_are_found_in_the_directory_marked_added_locally(
    window: MainWindow, adviser: AdviserPage
) -> None:
    unlocked(adviser)
    dialog = _add(adviser, GOOD)
    assert not dialog.isVisible()
    assert adviser.contacts.contact_list.count() == 1
    window.open_directory()
    page = window.side.directory_page
    page.search_box.setText("riverside")  # type: ignore[union-attr]
    names = [page.model.cells(c)[0] for c in page.model.contacts()]  # type: ignore[union-attr]
    assert "Riverside Parent Forum (Added locally)" in names
    page.search_box.setText("mediation")  # type: ignore[union-attr]
    assert page.model.contacts()  # type: ignore[union-attr]


def test_a_contact_can_be_changed_and_deleted(
    adviser: AdviserPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlocked(adviser)
    _add(adviser, GOOD)
    adviser.contacts.contact_list.setCurrentRow(0)
    adviser.contacts.edit_button.click()
    dialog = adviser.contacts.dialog
    assert isinstance(dialog, ContactDialog)
    assert dialog.fields()["organisation"] == GOOD["organisation"]
    _fill(dialog, {"organisation": "Riverside Families"})
    dialog.save_button.click()
    assert adviser.contacts.contact_list.item(0).text().startswith("Riverside Families")
    monkeypatch.setattr(adviser, "confirm", lambda question: True)
    adviser.contacts.delete_button.click()
    assert adviser.contacts.contact_list.count() == 0


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    lines = [",".join(CONTACT_COLUMNS)]
    lines += [",".join(row.get(column, "") for column in CONTACT_COLUMNS) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_csv_import_previews_every_bad_row_by_line_and_imports_nothing(
    adviser: AdviserPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlocked(adviser)
    file = _csv(tmp_path / "in.csv", [{**GOOD, "id": "a"}, {**GOOD, "id": "b", "email": "nope"}])
    monkeypatch.setattr(adviser, "ask_open_path", lambda *args: file)
    adviser.contacts.import_button.click()
    dialog = adviser.contacts.dialog
    assert isinstance(dialog, ImportPreviewDialog)
    text = dialog.details.toPlainText()
    assert "Line 3 (local-b)" in text and "email 'nope'" in text
    assert not dialog.apply_button.isEnabled()
    dialog.cancel_button.click()
    assert adviser.contacts.contact_list.count() == 0


def test_a_good_csv_import_applies_and_exports_again(
    adviser: AdviserPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlocked(adviser)
    file = _csv(tmp_path / "in.csv", [{**GOOD, "id": "a"}, {**GOOD, "id": "b"}])
    monkeypatch.setattr(adviser, "ask_open_path", lambda *args: file)
    adviser.contacts.import_button.click()
    dialog = adviser.contacts.dialog
    assert isinstance(dialog, ImportPreviewDialog)
    assert "New contacts: 2 (local-a, local-b)" in dialog.details.toPlainText()
    dialog.apply_button.click()
    assert adviser.contacts.contact_list.count() == 2
    assert "2 contact(s)" in adviser.message.text()
    out = tmp_path / "out.csv"
    monkeypatch.setattr(adviser, "ask_save_path", lambda *args: out)
    adviser.contacts.export_button.click()
    assert str(out) in adviser.message.text()
    assert "local-a" in out.read_text(encoding="utf-8-sig")


def test_a_csv_mixing_utf8_and_windows_1252_asks_how_to_read_it(
    adviser: AdviserPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlocked(adviser)
    file = _csv(tmp_path / "in.csv", [{**GOOD, "id": "a", "organisation": "Café FEE"}])
    file.write_bytes(file.read_bytes().replace(b"FEE", b"\xa35"))
    asked: list[str] = []
    monkeypatch.setattr(adviser, "ask_open_path", lambda *args: file)
    monkeypatch.setattr(
        adviser.contacts, "ask_encoding", lambda message: asked.append(message) or None
    )
    adviser.contacts.import_button.click()
    assert "line 2" in asked[0] and "Nothing was imported" in adviser.message.text()
    monkeypatch.setattr(
        adviser.contacts, "ask_encoding", lambda message: "utf-8, odd bytes as windows-1252"
    )
    adviser.contacts.import_button.click()
    dialog = adviser.contacts.dialog
    assert isinstance(dialog, ImportPreviewDialog)
    dialog.apply_button.click()
    assert adviser.session.local is not None
    assert adviser.session.local.get("local-a").organisation == "Café £5"  # type: ignore[union-attr]
