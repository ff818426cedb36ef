"""Draft letters: the suggested ones first, edits kept per letter, printed and saved as edited."""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_exports_helpers import NO_DATES, WITH_DATES, pdf_text, print_to, save_to, show_plan
from privacy_helpers import press_in_next_dialog
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from wizard_keys import focused, press, tab_to, type_text

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.letters import suggested
from send_routes.ui.plan.letters_page import LettersPage
from send_routes.ui.shell.main_window import MainWindow


def _open_letters(qtbot: QtBot, window: MainWindow) -> LettersPage:
    tab_to(qtbot, window.plan_page.letters_button)
    press(qtbot, Qt.Key.Key_Space)
    dialog = window.plan_exports.letters
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.page.choices
    return dialog.page


@pytest.mark.parametrize("answers", [WITH_DATES, NO_DATES])
def test_the_suggested_letters_come_first_and_the_others_follow(
    qtbot: QtBot, window: MainWindow, content: ContentStore, answers: dict[str, object]
) -> None:
    show_plan(window, answers)
    page = _open_letters(qtbot, window)
    fitting = [t.id for t in suggested(content.letters, parse_answers(answers))]
    assert page.letter_ids()[: len(fitting)] == fitting
    assert sorted(page.letter_ids()) == sorted(t.id for t in content.letters)
    assert page.letter is not None and page.letter.id == fitting[0]
    assert "What to attach:" in page.details.text()
    assert page.letter.to in page.details.text()


def test_an_edited_letter_is_saved_as_text_as_edited_with_where_to_send_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    show_plan(window, NO_DATES)
    page = _open_letters(qtbot, window)
    page.editor.setFocus()
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    type_text(qtbot, "P.S. Sam would like to come too.")
    page.editor.insertPlainText(" محمد 🌟")  # QTest types Latin-1 only
    suggested_names = save_to(monkeypatch, tmp_path / "letter.txt")
    page.save_buttons["txt"].click()
    assert Path(suggested_names[0]).name == f"letter-{page.letter.id}.txt"  # type: ignore[union-attr]
    saved = (tmp_path / "letter.txt").read_text("utf-8")
    assert saved.startswith(page.text().rstrip("\n"))
    assert f"Send it to: {page.letter.to}" in saved  # the time limits live in this part
    assert page.text().endswith("P.S. Sam would like to come too. محمد 🌟")
    assert page.status.text() == f"Your letter was saved as {tmp_path / 'letter.txt'}"


def test_a_letter_saved_as_pdf_says_what_to_attach_and_odt_is_written(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    show_plan(window, WITH_DATES)
    page = _open_letters(qtbot, window)
    page.editor.setPlainText(page.text().replace("Dear Sir or Madam", "Dear Ms Khan"))
    save_to(monkeypatch, tmp_path / "letter.pdf")
    page.save_buttons["pdf"].click()
    text = pdf_text(tmp_path / "letter.pdf")
    assert "What to attach" in text and "Dear Ms Khan" in text
    save_to(monkeypatch, tmp_path / "letter.odt")
    page.save_buttons["odt"].click()
    assert (tmp_path / "letter.odt").read_bytes().startswith(b"PK")


def test_printing_a_letter_prints_the_edited_text(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    output = tmp_path / "printed.pdf"

    print_to(monkeypatch, output)
    show_plan(window, WITH_DATES)
    page = _open_letters(qtbot, window)
    page.editor.setPlainText(page.text() + "\n\nEdited by hand.")
    page.print_button.click()
    text = pdf_text(output)
    assert "Edited by hand." in text and "Page 1 of" in text


def test_edits_survive_switching_letters_and_start_again_forgets_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    show_plan(window, WITH_DATES)
    page = _open_letters(qtbot, window)
    first, second = page.letter_ids()[:2]
    page.editor.setPlainText("My own words")
    page.choose(second)
    assert page.text() != "My own words"
    page.choose(first)
    assert page.text() == "My own words"
    press_in_next_dialog(qtbot, Qt.Key.Key_Return)
    window.start_again()
    assert window.plan_exports.letters is None
    window.activateWindow()  # the offscreen platform does not hand focus back by itself
    qtbot.waitUntil(window.isActiveWindow)
    show_plan(window, WITH_DATES)
    page = _open_letters(qtbot, window)
    page.choose(first)
    assert page.text() != "My own words"
    assert page.letter is not None and page.text() == page.letter.text


def test_the_names_fill_the_letter_and_strange_names_do_no_harm(
    qtbot: QtBot, window: MainWindow
) -> None:
    show_plan(window, WITH_DATES)
    window.plan_page.options.child_name.setText("Zoë 🌟 محمد")
    page = _open_letters(qtbot, window)
    assert "Zoë 🌟 محمد" in page.text()
    tab_to(qtbot, page.your_name)
    page.your_name.insert("אבי ")  # QTest types Latin-1 only
    type_text(qtbot, "x" * 200)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not page.your_name
    assert "אבי " + "x" * 76 in page.text()  # signed, with the name cut at 80 characters
