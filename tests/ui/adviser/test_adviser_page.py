"""The adviser area: passphrase, saved cases, lock, export and import, and storage faults."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from adviser_fixtures import PASSPHRASE, unlocked
from privacy_helpers import ANSWERS, fill_session
from pytestqt.qtbot import QtBot

from send_routes import cli, paths
from send_routes.ui.adviser.adviser_page import AdviserPage
from send_routes.ui.shell.main_window import MainWindow


def test_nothing_is_created_until_the_adviser_sets_a_passphrase(
    adviser: AdviserPage, data_dir: Path
) -> None:
    assert not data_dir.exists()
    assert adviser.set_up.isVisibleTo(adviser) and not adviser.cases.isVisibleTo(adviser)
    assert str(data_dir) in adviser.folder.text()
    assert "no way to recover" in " ".join(
        label.text() for label in adviser.set_up.findChildren(type(adviser.message))
    )
    unlocked(adviser)
    assert (data_dir / paths.USER_DB_NAME).exists()
    assert adviser.cases.isVisibleTo(adviser)


def test_passphrases_that_differ_or_are_short_are_refused_with_a_message(
    adviser: AdviserPage,
) -> None:
    adviser.set_up.first.setText("short")
    adviser.set_up.second.setText("short")
    adviser.set_up.set_button.click()
    assert "at least" in adviser.message.text()
    adviser.set_up.first.setText(PASSPHRASE)
    adviser.set_up.second.setText(PASSPHRASE + "x")
    adviser.set_up.set_button.click()
    assert "not the same" in adviser.message.text()
    assert not adviser.is_unlocked()


def test_a_wrong_passphrase_says_so_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, adviser: AdviserPage
) -> None:
    unlocked(adviser)
    adviser.lock()
    assert adviser.unlock_panel.isVisibleTo(adviser) and not adviser.cases.isVisibleTo(adviser)
    adviser.unlock_panel.box.setText("wrong words")
    adviser.unlock_panel.unlock_button.click()
    assert "not right" in adviser.message.text()
    assert not adviser.is_unlocked()
    adviser.unlock_panel.box.setText(PASSPHRASE)
    adviser.unlock_panel.unlock_button.click()
    assert adviser.is_unlocked()


def _save(window: MainWindow, adviser: AdviserPage, title: str, notes: str) -> None:
    adviser.cases.title_box.setText(title)
    adviser.cases.notes.setPlainText(notes)
    adviser.cases.save_new.click()
    assert "Saved" in adviser.message.text()


def test_a_saved_case_is_listed_searched_renamed_and_deleted(
    qtbot: QtBot, window: MainWindow, adviser: AdviserPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlocked(adviser)
    fill_session(qtbot, window)
    _save(window, adviser, "Sam, Year 4", "Phoned the SENCO on Monday")
    window.wizard.reset({**ANSWERS, "local_authority": "dudley"})
    _save(window, adviser, "Alex, Year 9", "")
    assert adviser.cases.case_list.count() == 2
    with qtbot.waitSignal(adviser.cases.searched, timeout=2000):
        adviser.cases.search_box.setText("senco")
    assert [adviser.cases.case_list.item(0).text().startswith("Sam")] == [True]
    assert adviser.cases.case_list.count() == 1
    monkeypatch.setattr(adviser, "ask_text", lambda *args, **kwargs: "Sam, Year 5")
    adviser.cases.rename_button.click()
    assert adviser.cases.case_list.item(0).text().startswith("Sam, Year 5")
    monkeypatch.setattr(adviser, "confirm", lambda question: False)
    adviser.cases.delete_button.click()
    assert adviser.cases.case_list.count() == 1
    monkeypatch.setattr(adviser, "confirm", lambda question: True)
    adviser.cases.delete_button.click()
    adviser.cases.search_box.setText("")
    assert adviser.cases.case_list.count() == 1
    assert adviser.session.store is not None and len(adviser.session.store.list_cases()) == 1


def test_opening_a_case_restores_its_answers_ticks_and_notes(
    qtbot: QtBot, window: MainWindow, adviser: AdviserPage
) -> None:
    unlocked(adviser)
    fill_session(qtbot, window)
    ticks = window.plan_page.ticks()
    _save(window, adviser, "Sam", "Tribunal papers sent")
    window.guard.clear_and_start("Cleared.")
    assert window.wizard.flow.raw == {}
    window.open_adviser_area()
    adviser.unlock_panel.box.setText(PASSPHRASE)
    adviser.unlock_panel.unlock_button.click()
    assert adviser.cases.notes.toPlainText() == ""
    adviser.cases.open_button.click()
    assert window.current_page() is window.plan_page
    assert window.wizard.flow.raw == ANSWERS
    assert window.plan_page.ticks() == ticks
    assert adviser.cases.notes.toPlainText() == "Tribunal papers sent"
    assert "Open case: Sam" in adviser.cases.open_label.text()


def test_locking_hides_the_cases_and_forgets_the_notes(
    qtbot: QtBot, window: MainWindow, adviser: AdviserPage
) -> None:
    unlocked(adviser)
    _save(window, adviser, "Sam", "private notes")
    window.actions_.by_name["lock_cases"].trigger()
    assert not adviser.is_unlocked()
    assert not adviser.cases.isVisibleTo(adviser)
    assert adviser.cases.case_list.count() == 0 and adviser.cases.notes.toPlainText() == ""


def test_a_case_exported_with_its_own_passphrase_imports_back(
    qtbot: QtBot,
    window: MainWindow,
    adviser: AdviserPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unlocked(adviser)
    fill_session(qtbot, window)
    _save(window, adviser, "Sam", "")
    target = tmp_path / "usb" / "sam.sendcase"
    target.parent.mkdir()
    monkeypatch.setattr(adviser, "ask_text", lambda *args, **kwargs: "file words")
    monkeypatch.setattr(adviser, "ask_save_path", lambda *args: target)
    monkeypatch.setattr(adviser, "ask_open_path", lambda *args: target)
    adviser.cases.export_button.click()
    assert str(target) in adviser.message.text() and target.exists()
    adviser.cases.import_button.click()
    assert "Imported" in adviser.message.text()
    assert adviser.cases.case_list.count() == 2
    monkeypatch.setattr(adviser, "ask_text", lambda *args, **kwargs: "wrong words")
    adviser.cases.import_button.click()
    assert "not right" in adviser.message.text()
    assert adviser.cases.case_list.count() == 2


def test_a_read_only_data_folder_gives_a_clear_message(
    adviser: AdviserPage, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(_path: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", lambda self, *args, **kwargs: read_only(self))
    adviser.set_up.first.setText(PASSPHRASE)
    adviser.set_up.second.setText(PASSPHRASE)
    adviser.set_up.set_button.click()
    assert "Cannot open the saved data" in adviser.message.text()
    assert "permission denied" in adviser.message.text()
    assert not adviser.is_unlocked()


def test_a_damaged_user_database_is_reported_and_a_fresh_one_started(
    window: MainWindow, data_dir: Path
) -> None:
    data_dir.mkdir()
    (data_dir / paths.USER_DB_NAME).write_bytes(b"this is not a database" * 100)
    window.open_adviser_area()
    page = window.side.adviser_page
    assert page is not None
    assert "could not be read" in page.message.text()
    assert page.set_up.isVisibleTo(page)
    page.session.close()


def test_the_data_dir_option_moves_the_user_files(tmp_path: Path) -> None:
    try:
        with pytest.raises(SystemExit):
            cli.main(["--data-dir", str(tmp_path / "stick"), "--version"])
        assert cli.build_parser().parse_args(["--data-dir", "x"]).data_dir == Path("x").absolute()
        paths.set_data_dir_override(tmp_path / "stick")
        if "SEND_ROUTES_DATA_DIR" not in os.environ:
            assert paths.user_db_file().parent == tmp_path / "stick"
    finally:
        paths.set_data_dir_override(None)


def test_the_case_search_runs_once_typing_pauses_not_at_every_key(
    qtbot: QtBot, adviser: AdviserPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlocked(adviser)
    store = adviser.session.store
    assert store is not None
    store.save(None, {"notes": "senco meeting"}, title="Sam")
    adviser.refresh_cases()
    searches: list[str] = []
    real = store.search
    monkeypatch.setattr(store, "search", lambda text: searches.append(text) or real(text))
    with qtbot.waitSignal(adviser.cases.searched, timeout=2000):
        qtbot.keyClicks(adviser.cases.search_box, "senco")
    assert searches == ["senco"]
    assert adviser.cases.case_list.count() == 1


def test_a_damaged_case_is_listed_alone_and_can_be_exported_raw_and_deleted(
    adviser: AdviserPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlocked(adviser)
    store = adviser.session.store
    assert store is not None
    kept = store.save(None, {"notes": "fine"}, title="Kept")
    broken = store.save(None, {"notes": "x"}, title="Broken")
    conn = store.user_db.conn
    sealed = bytearray(
        conn.execute("SELECT ciphertext FROM cases WHERE id = ?", (broken,)).fetchone()[0]
    )
    sealed[5] ^= 0x10
    conn.execute("UPDATE cases SET ciphertext = ? WHERE id = ?", (bytes(sealed), broken))
    conn.commit()
    adviser.lock()
    adviser.unlock(PASSPHRASE)
    items = [adviser.cases.case_list.item(n) for n in range(adviser.cases.case_list.count())]
    assert items[0].text().startswith("Kept") and "damaged" in items[1].text()
    adviser.cases.case_list.setCurrentItem(items[1])
    adviser.cases.open_button.click()
    assert "Every other case is safe" in adviser.message.text()
    raw = tmp_path / "damaged case.json"
    monkeypatch.setattr(adviser, "ask_save_path", lambda *args: raw)
    adviser.cases.export_button.click()
    assert raw.exists() and "Broken" not in raw.read_text()
    monkeypatch.setattr(adviser, "confirm", lambda question: True)
    adviser.cases.delete_button.click()
    assert adviser.cases.case_list.count() == 1 and store.problems() == []
    assert store.load(kept) == {"notes": "fine"}


def test_after_setting_a_passphrase_focus_leaves_the_passphrase_boxes(
    adviser: AdviserPage,
) -> None:
    unlocked(adviser)
    assert adviser.cases.lock_button.hasFocus()
    assert not adviser.set_up.first.hasFocus() and not adviser.set_up.second.hasFocus()


def test_after_unlocking_focus_leaves_the_passphrase_box(adviser: AdviserPage) -> None:
    unlocked(adviser)
    adviser.lock()
    adviser.unlock_panel.box.setText(PASSPHRASE)
    adviser.unlock_panel.unlock_button.click()
    assert adviser.is_unlocked()
    assert adviser.cases.lock_button.hasFocus()


def test_a_save_after_another_copy_changed_the_passphrase_keeps_the_case_and_asks_for_it(
    qtbot: QtBot, window: MainWindow, adviser: AdviserPage, data_dir: Path
) -> None:
    from adviser_fixtures import FAST_KDF

    from send_routes.user_store.cases import CaseStore

    unlocked(adviser)
    fill_session(qtbot, window)
    _save(window, adviser, "Sam, Year 4", "first notes")
    other = CaseStore.open(data_dir / paths.USER_DB_NAME, FAST_KDF)
    try:
        other.unlock(PASSPHRASE)
        other.change_passphrase(PASSPHRASE, "the new term's words")
        adviser.cases.notes.setPlainText("notes typed after the other copy changed it")
        adviser.cases.update_open.click()
        said = adviser.message.text()
        assert "Another copy of SEND Routes changed the passphrase" in said
        assert "damaged" not in said
        assert adviser.unlock_panel.isVisibleTo(adviser) and not adviser.is_unlocked()
        assert adviser.cases.notes.toPlainText() == "notes typed after the other copy changed it"
        adviser.unlock_panel.box.setText("the new term's words")
        adviser.unlock_panel.unlock_button.click()
        assert adviser.message.text() == "Saved the changes to the open case."
        assert "Open case: Sam, Year 4" in adviser.cases.open_label.text()
        other.lock()
        other.unlock("the new term's words")
        [case] = other.list_cases()
        assert other.load(case.id)["notes"] == "notes typed after the other copy changed it"
        assert other.problems() == []
    finally:
        other.close()
