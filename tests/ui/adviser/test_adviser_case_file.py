"""The adviser's case file in the window: log, caseload, reasons, wording check, papers."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from adviser_fixtures import PASSPHRASE, unlocked
from privacy_helpers import ANSWERS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from send_routes.core.case_file import CaseFile
from send_routes.ui.adviser.adviser_page import AdviserPage
from send_routes.ui.shell.main_window import MainWindow

DATA = Path(__file__).resolve().parents[2] / "data"


def _log(adviser: AdviserPage, kind: str, dated: str, arrived: str = "", sender: str = "") -> None:
    panel = adviser.case_file.log
    panel.kind.setCurrentIndex(panel.kind.findData(kind))
    panel.dated.setText(dated)
    panel.arrived.setText(arrived)
    panel.from_box.setText(sender)
    panel.add.click()


def _save_case(adviser: AdviserPage, title: str) -> None:
    adviser.cases.title_box.setText(title)
    adviser.cases.save_new.click()
    assert "Saved" in adviser.message.text()


def test_a_logged_letter_fills_the_answer_and_says_the_dates_it_gives(
    window: MainWindow, adviser: AdviserPage
) -> None:
    unlocked(adviser)
    window.start_wizard({**ANSWERS, "decision_date": None})
    window.open_adviser_area()
    _log(adviser, "decision_letter", "1/10/2026", "29/10/2026", "Kent County Council")
    assert window.session.answers["decision_date"] == "2026-10-01"
    said = adviser.case_file.log.message.text()
    assert "the date on the decision letter" in said and "1 December 2026" in said
    assert "28 days after the date on it" in said  # the long gap, flagged
    assert adviser.case_file.log.table.rowCount() == 1
    _log(adviser, "call", "not a date")
    assert "not right" in adviser.case_file.log.message.text()


def test_the_log_and_reasons_are_saved_with_the_case_and_come_back(
    window: MainWindow, adviser: AdviserPage
) -> None:
    unlocked(adviser)
    window.start_wizard(dict(ANSWERS))
    window.open_adviser_area()
    _log(adviser, "call", "2/11/2026", "", "SENCO")
    adviser.case_file.reasons.opening.setPlainText("The council refused without evidence.")
    _save_case(adviser, "Case one")
    window.session.set_case_file(CaseFile())  # as if another case were worked on
    assert adviser.case_file.log.table.rowCount() == 0
    assert adviser.case_file.reasons.opening.toPlainText() == ""
    adviser.cases.case_list.setCurrentRow(0)
    adviser.cases.open_button.click()
    assert window.session.case_file.log[0].sender == "SENCO"
    assert adviser.case_file.reasons.opening.toPlainText().startswith("The council refused")


def test_the_caseload_lists_saved_cases_and_enter_opens_one_at_its_plan(
    qtbot: QtBot, window: MainWindow, adviser: AdviserPage
) -> None:
    unlocked(adviser)
    for title, decided in (("Later", "2026-10-20"), ("Sooner", "2026-10-02")):
        window.start_wizard({**ANSWERS, "decision_date": decided})
        window.open_adviser_area()
        _save_case(adviser, title)
    adviser.lock()
    adviser.unlock_panel.box.setText(PASSPHRASE)
    adviser.unlock_panel.unlock_button.click()
    model = adviser.case_file.caseload.model
    assert [model.row_at(n).reference for n in range(model.rowCount())] == ["Sooner", "Later"]
    adviser.case_file.caseload.filter.setCurrentIndex(1)  # this week, and passed
    assert model.rowCount() <= 2
    adviser.case_file.caseload.filter.setCurrentIndex(0)
    table = adviser.case_file.caseload.table
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_page() is window.plan_page
    assert window.session.answers["decision_date"] == "2026-10-20"
    adviser.lock()
    assert adviser.case_file.caseload.model.rowCount() == 0


def test_the_wording_check_marks_vague_phrases_and_passes_clear_ones(
    adviser: AdviserPage,
) -> None:
    unlocked(adviser)
    wording = adviser.case_file.wording
    wording.text.setPlainText((DATA / "section_f_vague.txt").read_text(encoding="utf-8"))
    wording.check.click()
    assert wording.results.count() >= 7
    assert wording.results.item(0).text().startswith('line 3: "access to"')
    wording.text.setPlainText((DATA / "section_f_specified.txt").read_text(encoding="utf-8"))
    wording.check.click()
    assert wording.results.count() == 0 and wording.summary.text() == "No vague wording found."


def test_the_chronology_is_saved_where_the_adviser_chooses(
    window: MainWindow, adviser: AdviserPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlocked(adviser)
    window.start_wizard(dict(ANSWERS))
    window.open_adviser_area()
    _log(adviser, "decision_letter", "13/10/2026", "", "=cmd|' /C calc'!A0")
    target = tmp_path / "chronology.csv"
    monkeypatch.setattr(adviser, "ask_save_path", lambda *_args: target)
    adviser.case_file.papers.findChildren(QAbstractButton)[0].click()
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][1].startswith("'=")
    handover = tmp_path / "handover.pdf"
    monkeypatch.setattr(adviser, "ask_save_path", lambda *_args: handover)
    adviser.case_file.papers.findChildren(QAbstractButton)[2].click()
    assert handover.read_bytes().startswith(b"%PDF-")


def test_finish_and_clear_forgets_the_wording_and_the_log(
    window: MainWindow, adviser: AdviserPage
) -> None:
    unlocked(adviser)
    _log(adviser, "call", "2/11/2026", "", "SENCO")
    adviser.case_file.wording.text.setPlainText("Sam will have access to support.")
    adviser.case_file.wording.check.click()
    window.session.clear()
    assert adviser.case_file.wording.text.toPlainText() == ""
    assert adviser.case_file.wording.results.count() == 0
    assert adviser.case_file.log.table.rowCount() == 0 and not adviser.is_unlocked()


def test_every_control_in_the_case_file_has_an_accessible_name(adviser: AdviserPage) -> None:
    unlocked(adviser)
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView)
    for kind in kinds:
        for widget in adviser.case_file.findChildren(kind):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(adviser):
                assert widget.accessibleName() or (
                    isinstance(widget, QAbstractButton) and widget.text()
                ), widget


def test_the_caseload_calendar_uses_neutral_references_unless_titles_are_chosen(
    window: MainWindow, adviser: AdviserPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlocked(adviser)
    window.start_wizard(dict(ANSWERS))
    window.open_adviser_area()
    _save_case(adviser, "Zebedee Quillfeather")
    target = tmp_path / "caseload.ics"
    monkeypatch.setattr(adviser, "ask_save_path", lambda *_args: target)
    adviser.case_file.caseload.calendar.click()
    data = target.read_bytes()
    assert b"SUMMARY:Case " in data and b"Zebedee" not in data
    adviser.case_file.caseload.titles.setChecked(True)
    adviser.case_file.caseload.calendar.click()
    assert b"SUMMARY:Zebedee Quillfeather" in target.read_bytes()
