"""Print preview, Print, Save as PDF and ODT: one document, the options, and plain errors."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from plan_exports_helpers import WITH_DATES, pdf_pages, pdf_text, print_to, save_to, show_plan
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from wizard_keys import CTRL, focused, press

from send_routes.ui.common import printing
from send_routes.ui.shell.main_window import MainWindow


@pytest.fixture
def planned(window: MainWindow) -> MainWindow:
    show_plan(window, WITH_DATES)
    return window


def test_print_preview_paints_the_same_pages_as_the_pdf(
    qtbot: QtBot, planned: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert focused() is planned.plan_page.heading  # the plan opens at its top, on its heading
    planned.plan_page.print_button.setFocus()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to Print preview
    assert focused() is planned.plan_page.preview_button
    press(qtbot, Qt.Key.Key_Space)
    preview = planned.plan_exports.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.job.pages_painted > 0)
    preview.close()
    save_to(monkeypatch, tmp_path / "plan.pdf")
    planned.plan_page.pdf_button.click()
    assert preview.job.pages_painted == pdf_pages(tmp_path / "plan.pdf")


def test_print_paints_the_plan_on_the_chosen_printer(
    qtbot: QtBot, planned: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    output = tmp_path / "printed.pdf"

    print_to(monkeypatch, output)
    press(qtbot, Qt.Key.Key_P, CTRL)
    text = pdf_text(output)
    assert "Page 1 of" in text
    assert planned.session.plan is not None
    for route in planned.session.plan.routes:
        assert route.title.split()[0] in text
    assert "sent to the printer" in planned.statusBar().currentMessage()


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot: QtBot, planned: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printing, "real_printers", lambda: ["Office printer"])
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected.value)
    planned.plan_page.print_button.click()
    assert "printer" not in planned.statusBar().currentMessage()


@pytest.mark.parametrize("kind", ["pdf", "odt"])
def test_save_writes_the_file_and_says_exactly_where(
    planned: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kind: str
) -> None:
    target = tmp_path / f"plan.{kind}"
    suggested = save_to(monkeypatch, tmp_path / "plan")  # no ending typed: it is added
    button = planned.plan_page.pdf_button if kind == "pdf" else planned.plan_page.odt_button
    button.click()
    assert Path(suggested[0]).name == f"plan.{kind}"
    assert planned.plan_page.saved.text() == f"Your plan was saved as {target}"
    if kind == "pdf":
        assert target.read_bytes().startswith(b"%PDF")
    else:
        assert "content.xml" in zipfile.ZipFile(target).namelist()


def test_the_next_save_dialog_opens_in_the_last_folder(
    planned: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    suggested = save_to(monkeypatch, tmp_path / "mine.pdf")
    planned.plan_page.pdf_button.click()
    planned.plan_page.odt_button.click()
    assert Path(suggested[1]) == tmp_path / "plan.odt"


def test_an_unwritable_place_says_why_in_plain_words_and_writes_nothing(
    qtbot: QtBot, planned: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "missing folder" / "plan.pdf"
    save_to(monkeypatch, target)
    planned.plan_page.pdf_button.click()
    message = planned.plan_page.saved.text()
    assert message.startswith("Your plan was not saved.")
    assert "does not exist" in message
    boxes = planned.findChildren(QMessageBox)
    assert [box.text() for box in boxes] == [message]
    assert not target.exists()
    boxes[0].close()


def test_large_print_makes_more_pages_and_the_name_goes_in_the_title(
    planned: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = planned.plan_page
    save_to(monkeypatch, tmp_path / "normal.pdf")
    page.pdf_button.click()
    page.options.large_print.setChecked(True)
    page.options.black_and_white.setChecked(True)
    page.options.paper.setCurrentIndex(page.options.paper.findData("letter"))
    name = "Zoë 🌟 محمد " + "Long" * 12
    page.options.child_name.setText(f"  {name} ")
    save_to(monkeypatch, tmp_path / "large.pdf")
    page.pdf_button.click()
    large = PdfReader(tmp_path / "large.pdf")
    assert len(large.pages) > pdf_pages(tmp_path / "normal.pdf")
    # The name holds Arabic, so it is isolated (core/bidi.py): "'s plan" stays after it.
    assert large.metadata is not None and large.metadata.title == f"\u2068{name}\u2069's plan"
    assert round(float(large.pages[0].mediabox.width)) == 612  # US Letter, 8.5 inches


def test_the_full_guide_box_adds_the_words_and_sources_pages_to_what_is_saved(
    qtbot: QtBot, planned: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = planned.plan_page
    save_to(monkeypatch, tmp_path / "short.pdf")
    page.pdf_button.click()
    page.options.full_guide.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.options.full_guide.hasFocus)
    press(qtbot, Qt.Key.Key_Space)
    assert page.options.full_guide.isChecked()
    save_to(monkeypatch, tmp_path / "full.pdf")
    page.pdf_button.click()
    short, full = pdf_text(tmp_path / "short.pdf"), pdf_text(tmp_path / "full.pdf")
    for heading in ("Words used in this plan", "Where this information comes from", "My notes"):
        assert heading in full and heading not in short
    assert pdf_pages(tmp_path / "full.pdf") > pdf_pages(tmp_path / "short.pdf")


def test_with_no_printer_print_says_so_offers_a_pdf_and_writes_nothing(
    qtbot: QtBot,
    planned: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(printing, "real_printers", list)  # none, as on the test machine
    shown: list[QPrintDialog] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: shown.append(dialog) or 1)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(home)
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert shown == []  # Qt's dialog, which would default to "Print to file", never opens
    boxes = [w for w in planned.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "No printer is set up" in boxes[-1].text()
    assert "printer" not in planned.statusBar().currentMessage()
    assert list(home.iterdir()) == []
    target = tmp_path / "chosen.pdf"
    save_to(monkeypatch, target)
    save = next(b for b in boxes[-1].buttons() if b.text().startswith("Save as PDF"))
    save.click()
    assert target.read_bytes().startswith(b"%PDF") and list(home.iterdir()) == []


def test_file_only_printers_do_not_count_as_printers(monkeypatch: pytest.MonkeyPatch) -> None:
    class Info:
        def __init__(self, name: str) -> None:
            self.name = name

        def printerName(self) -> str:
            return self.name

    names = ["PDF", "cups-pdf", "Print to File", "Office_LaserJet"]
    monkeypatch.setattr(
        printing.QPrinterInfo, "availablePrinters", lambda: [Info(name) for name in names]
    )
    assert printing.real_printers() == ["Office_LaserJet"]


def test_the_print_job_and_default_file_name_never_carry_the_title(planned: MainWindow) -> None:
    job = planned.plan_exports.plan_job()
    assert job is not None
    named = printing.PrintJob("Sam's plan", "a4", job.footer, job.make)
    printer = named.printer()
    assert printer.docName() == printing.NEUTRAL_NAME and "Sam" not in printer.outputFileName()


def test_the_saved_and_printed_plan_are_in_the_language_chosen_for_the_session(
    qtbot: QtBot, planned: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    polish = next(c for c in planned.content.languages() if c.code == "pl")
    planned.language.choose(polish)
    save_to(monkeypatch, tmp_path / "plan.pdf")
    planned.plan_page.pdf_button.click()
    saved = pdf_text(tmp_path / "plan.pdf")
    assert "TWÓJ PLAN" in saved and "YOUR PLAN" in saved  # page 1: Polish beside English
    print_to(monkeypatch, tmp_path / "printed.pdf")
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert "TWÓJ PLAN" in pdf_text(tmp_path / "printed.pdf")
    planned.language.clear_personal_data()  # Finish and clear: English again
    save_to(monkeypatch, tmp_path / "english.pdf")
    planned.plan_page.pdf_button.click()
    assert "TWÓJ PLAN" not in pdf_text(tmp_path / "english.pdf")
