"""The main window: changing answers, shortcuts, text size, themes, help, print and PDF."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from privacy_helpers import press_in_next_dialog
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from wizard_keys import ALT, CTRL, focused, press, tab_to, walk_wizard

from send_routes.content_store.content import ContentError, ContentStore
from send_routes.core.guidance import plain
from send_routes.ui.common import printing
from send_routes.ui.shell.error_page import ContentErrorPage
from send_routes.ui.shell.main_window import MainWindow

SCHOOL_SUPPORT: dict[str, Any] = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "sen_support",
    "disagree_with": ["setting"],
    "issues": ["setting_provision"],
    "local_authority": "leicester",
}


def _to_plan(qtbot: QtBot, window: MainWindow, answers: dict[str, Any]) -> None:
    window.start_wizard()
    walk_wizard(qtbot, window, answers)
    press(qtbot, Qt.Key.Key_N, ALT)
    assert window.current_page() is window.plan_page


def test_changing_an_answer_from_check_your_answers_changes_the_plan(
    qtbot: QtBot, window: MainWindow
) -> None:
    _to_plan(qtbot, window, SCHOOL_SUPPORT)
    assert "exclusion_review" not in [card.route_id for card in window.plan_page.cards]
    press(qtbot, Qt.Key.Key_B, ALT)
    assert window.current_page() is window.check_page
    change = window.check_page.change_buttons["issues"]
    tab_to(qtbot, change)
    press(qtbot, Qt.Key.Key_Space)
    page = window.wizard.current_page()
    assert page is not None and page.question.key == "issues"
    exclusion = page.field.button_for("exclusion")  # type: ignore[union-attr]
    tab_to(qtbot, exclusion)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_N, ALT)
    # An exclusion makes its kind worth asking before returning; it may be left empty.
    page = window.wizard.current_page()
    assert page is not None and page.question.key == "exclusion_kind"
    press(qtbot, Qt.Key.Key_N, ALT)
    for _ in range(5):  # the exclusion's own questions (all optional) come first
        if window.current_page() is not window.wizard:
            break
        press(qtbot, Qt.Key.Key_N, ALT)
    assert window.current_page() is window.check_page
    assert window.wizard.flow.raw["issues"] == ["setting_provision", "exclusion"]
    press(qtbot, Qt.Key.Key_N, ALT)
    assert "exclusion_review" in [card.route_id for card in window.plan_page.cards]


def test_a_change_that_makes_a_new_question_worth_asking_asks_it_before_returning(
    qtbot: QtBot, window: MainWindow
) -> None:
    _to_plan(qtbot, window, SCHOOL_SUPPORT)
    window.show_check()
    window.change_answer("issues")
    page = window.wizard.current_page()
    assert page is not None
    page.field.set_value(["refused_assessment"])  # type: ignore[arg-type]
    press(qtbot, Qt.Key.Key_N, ALT)
    page = window.wizard.current_page()
    assert page is not None and page.question.key == "decision_date"
    # The certificate's date is asked only after contact with the mediation adviser.
    while window.current_page() is window.wizard:
        press(qtbot, Qt.Key.Key_N, ALT)
    assert window.current_page() is window.check_page


def test_control_f_opens_the_contacts_directory_with_its_search_box_focused(
    qtbot: QtBot, window: MainWindow
) -> None:
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert window.current_page() is window.side.directory_page
    assert isinstance(focused(), QLineEdit)
    press(qtbot, Qt.Key.Key_B, ALT)
    assert window.current_page() is window.start_page


def test_the_start_page_opens_the_glossary_and_a_term_can_be_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab_to(qtbot, window.start_page.glossary)
    press(qtbot, Qt.Key.Key_Space)
    assert window.current_page() is window.side.glossary_page
    window.open_glossary("EHC plan")
    assert window.current_page() is window.side.glossary_page


def test_control_plus_and_minus_change_the_text_size_between_100_and_200_percent(
    qtbot: QtBot, window: MainWindow
) -> None:
    base = QApplication.font().pointSizeF()
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Plus, CTRL)
    qtbot.waitUntil(lambda: window.look.scale == 2.0)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2)
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Minus, CTRL)
    qtbot.waitUntil(lambda: window.look.scale == 1.0)
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_the_high_contrast_theme_can_be_chosen_from_the_view_menu(window: MainWindow) -> None:
    window.actions_.themes["high_contrast"].trigger()
    assert QApplication.instance().property("send_routes_theme") == "high_contrast"  # type: ignore[union-attr]
    assert window.actions_.themes["high_contrast"].isChecked()


def test_f1_shows_help_for_the_question_on_screen(qtbot: QtBot, window: MainWindow) -> None:
    window.start_wizard()
    press(qtbot, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    question = window.wizard.current_page().question  # type: ignore[union-attr]
    assert "Who is using this app?" in text
    assert question.hint in text
    words = " ".join(text.split())
    helps = [" ".join(plain(option.help).split()) for option in question.options if option.help]
    assert helps and all(help_ in words for help_ in helps)
    dialog.close()


def test_control_p_prints_the_plan(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[object] = []
    monkeypatch.setattr(printing, "print_job", lambda job, *_: printed.append(job) or True)
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert printed == []
    _to_plan(qtbot, window, SCHOOL_SUPPORT)
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert [job.title for job in printed] == ["Your plan"]  # type: ignore[attr-defined]


def test_save_as_pdf_writes_the_plan_and_says_where(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _to_plan(qtbot, window, SCHOOL_SUPPORT)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    tab_to(qtbot, window.plan_page.pdf_button)
    press(qtbot, Qt.Key.Key_Space)
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in window.plan_page.saved.text()


def test_start_again_asks_first_and_escape_keeps_the_plan(qtbot: QtBot, window: MainWindow) -> None:
    _to_plan(qtbot, window, SCHOOL_SUPPORT)
    tab_to(qtbot, window.plan_page.again_button)
    press_in_next_dialog(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Space)
    assert window.current_page() is window.plan_page
    assert window.session.plan is not None and window.session.answers


def test_start_again_forgets_the_answers(qtbot: QtBot, window: MainWindow) -> None:
    _to_plan(qtbot, window, SCHOOL_SUPPORT)
    tab_to(qtbot, window.plan_page.again_button)
    press_in_next_dialog(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Space)
    assert window.current_page() is window.start_page
    window.activateWindow()  # the offscreen platform does not give it back after the question
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.start_page.start)
    press(qtbot, Qt.Key.Key_Space)
    page = window.wizard.current_page()
    assert page is not None and page.question.key == "role" and page.field.value() is None


def test_a_missing_content_database_shows_a_page_saying_what_is_wrong(qtbot: QtBot) -> None:
    from send_routes.app import build_window

    def broken() -> ContentStore:
        raise ContentError("The content database is missing: /x/content.sqlite. Reinstall.")

    page = build_window(broken)
    qtbot.addWidget(page)
    assert isinstance(page, ContentErrorPage)
    assert "missing" in page.problem.text()
    assert "install it again" in "\n".join(
        label.text() for label in page.findChildren(type(page.problem))
    )
    assert page.close_button.accessibleName()


def test_the_app_opens_the_main_window_when_the_content_is_good(qtbot: QtBot) -> None:
    from send_routes.app import build_window

    window = build_window()
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)


def test_contacts_found_damaged_after_the_first_paint_replace_the_window_with_the_reason(
    qtbot: QtBot, tmp_path: Path, content_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from content_damage import damage_table
    from send_routes.app import build_window

    damaged = tmp_path / "content.sqlite"
    damage_table(content_db, damaged, "contacts")
    monkeypatch.setenv("SEND_ROUTES_CONTENT_DB", str(damaged))
    window = build_window()
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)  # the first paint does not wait for the contacts
    window.show()
    qtbot.waitUntil(lambda: not window.isVisible())
    pages = [page for page in window.findChildren(ContentErrorPage) if page.isVisible()]
    assert pages and "damaged" in pages[0].problem.text()


def test_glossary_links_take_the_new_theme_colour_on_pages_made_before_the_switch(
    qtbot: QtBot,
    window: MainWindow,
) -> None:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QLabel

    from send_routes.ui.common.theme import THEMES

    window.start_wizard()
    window.wizard.show_question("issues")
    link = THEMES["high_contrast"].link
    window.set_theme("high_contrast")
    label = next(
        lab
        for lab in window.wizard.current_page().findChildren(QLabel)  # type: ignore[union-attr]
        if "<a " in lab.text() and lab.isVisible()
    )

    def colours() -> set[str]:
        image = label.grab().toImage()
        return {
            QColor(image.pixel(x, y)).name()
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        }

    # The links are recoloured as soon as the new palette has reached every widget.
    qtbot.waitUntil(lambda: link.lower() in colours(), timeout=2000)


def test_the_start_page_shows_the_app_version(window: MainWindow) -> None:
    from send_routes import __version__

    assert window.start_page.version.text().startswith(f"SEND Routes version {__version__}")
    assert window.start_page.version.isVisible()


def test_the_start_page_says_the_reforms_are_not_law_with_a_date(
    qtbot: QtBot, window: MainWindow
) -> None:
    notice = window.start_page.notice
    qtbot.waitUntil(lambda: "not law" in notice.text(), timeout=5000)
    assert re.search(r"Checked on \w+ \d{1,2} \w+ 20\d\d", notice.text())
    assert notice.isVisible()


def test_find_a_contact_starts_in_the_familys_area_and_back_returns(window: MainWindow) -> None:
    window.start_wizard({"local_authority": "shropshire"})
    came_from = window.current_page()
    window.open_directory()
    page = window.side.directory_page
    assert page is not None and page.area_filter.currentData() == "shropshire"
    page.back.click()
    assert window.current_page() is came_from


def test_the_start_page_shows_the_content_review_date_and_only_about_shows_its_hash(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: "reviewed on" in window.start_page.version.text())
    assert window.content.content_version not in window.start_page.version.text()
    window.start_wizard(dict(SCHOOL_SUPPORT))
    window.show_check()
    window.show_plan()
    assert window.content.content_version not in " ".join(window.plan_page.reading_order())
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    window.actions_.by_name["about"].trigger()
    assert window.content.content_version in seen[0]
