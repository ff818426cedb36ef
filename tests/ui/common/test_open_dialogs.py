"""Hide screen and clearing work while any dialog is open, modal ones included."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from plan_exports_helpers import WITH_DATES, show_plan
from privacy_helpers import leftovers
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from send_routes.ui.common import printing
from send_routes.ui.common.open_dialogs import HIDE_KEYS
from send_routes.ui.shell.main_window import MainWindow

HIDE = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def planned(window: MainWindow) -> MainWindow:
    show_plan(window, WITH_DATES)
    window.plan_page.options.child_name.setText("Zebedee")
    return window


def visible_windows(window: MainWindow) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]


def while_modal(qtbot: QtBot, opens: Callable[[], object], then: Callable[[QWidget], None]) -> str:
    """Call ``opens`` (which shows a modal dialog and waits); once it shows, ``then(dialog)``.

    Returns the dialog's class name. A dialog that stays open is closed after 10 s, and
    the test fails.
    """
    seen: list[QWidget] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, act)
            return
        seen.append(dialog)
        then(dialog)

    def rescue() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog in seen:
            dialog.close()
            seen.append(QWidget())  # marks the rescue

    QTimer.singleShot(100, act)
    QTimer.singleShot(10_000, rescue)
    opens()
    assert seen and len(seen) == 1, "the dialog stayed open"
    return type(seen[0]).__name__


def hide_key(qtbot: QtBot) -> Callable[[QWidget], None]:
    return lambda dialog: qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_H, HIDE)


def assert_hidden(window: MainWindow) -> None:
    """Covered at once with nothing else on screen; the session waits in memory until the
    person comes back or it is cleared, and clearing then leaves nothing behind."""
    assert window.current_page() is window.guard.blank_page
    assert visible_windows(window) == []
    window.guard.clear_and_start("cleared")
    assert leftovers(window) == []


def test_hide_screen_from_the_print_preview(qtbot: QtBot, planned: MainWindow) -> None:
    planned.plan_page.preview_button.click()
    preview = planned.plan_exports.preview
    assert preview is not None and preview.isVisible()
    qtbot.keyClick(preview, Qt.Key.Key_H, HIDE)
    assert_hidden(planned)


def test_hide_screen_from_the_save_as_pdf_dialog(qtbot: QtBot, planned: MainWindow) -> None:
    name = while_modal(qtbot, planned.plan_page.pdf_button.click, hide_key(qtbot))
    assert name == "QFileDialog"
    assert_hidden(planned)
    assert "saved" not in planned.plan_page.saved.text()


def test_hide_screen_from_the_print_dialog(
    qtbot: QtBot, planned: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printing, "real_printers", lambda: ["Office printer"])
    name = while_modal(qtbot, planned.plan_page.print_button.click, hide_key(qtbot))
    assert name == "QPrintDialog"
    assert_hidden(planned)
    assert "printer" not in planned.statusBar().currentMessage()


def test_hide_screen_from_the_letters_window(qtbot: QtBot, planned: MainWindow) -> None:
    planned.plan_page.letters_button.click()
    letters = planned.plan_exports.letters
    assert letters is not None and letters.isVisible()
    qtbot.keyClick(letters.close_button, Qt.Key.Key_H, HIDE)
    assert_hidden(planned)


def test_hide_screen_from_a_file_dialog_over_the_letters_window(
    qtbot: QtBot, planned: MainWindow
) -> None:
    planned.plan_page.letters_button.click()
    letters = planned.plan_exports.letters
    assert letters is not None
    name = while_modal(
        qtbot,
        lambda: QFileDialog.getSaveFileName(
            letters, "Save", "", "", "", QFileDialog.Option.DontUseNativeDialog
        ),
        hide_key(qtbot),
    )
    assert name == "QFileDialog"
    assert_hidden(planned)


def test_clearing_after_idle_time_closes_a_modal_dialog_first(
    qtbot: QtBot, planned: MainWindow
) -> None:
    name = while_modal(
        qtbot,
        planned.plan_page.pdf_button.click,
        lambda _dialog: planned.guard.clear_and_start("cleared after the idle time"),
    )
    assert name == "QFileDialog"
    assert planned.current_page() is planned.start_page
    assert visible_windows(planned) == [] and leftovers(planned) == []


def test_a_file_dialogs_own_ctrl_shift_h_cannot_take_the_hide_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Qt's file dialog goes to the home folder on Ctrl+Shift+H; the privacy keys come first."""
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert any(action.shortcut() == HIDE_KEYS for action in dialog.actions())
    box = dialog.findChild(QLineEdit)
    assert box is not None
    claim = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_H, HIDE)
    claim.ignore()
    QApplication.sendEvent(box, claim)
    assert claim.isAccepted(), "so no shortcut of the dialog's takes the keys"
