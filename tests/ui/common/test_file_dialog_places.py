"""The file dialog offers the usual folders and any USB stick in its sidebar, and its toolbar
icons are as big as its text (they were 4-pixel dots under the app's style sheet)."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from send_routes.ui.common import file_dialog_places, file_dialogs
from send_routes.ui.common.theme import DEFAULT_THEME, apply_theme


def drawn_width(tool: QToolButton) -> int:
    """How wide the icon is drawn: the columns holding any colour but the button's own."""
    image = tool.grab().toImage()
    inner = range(4, image.height() - 4)
    fill = image.pixel(image.width() // 2, 3)
    columns = [
        x for x in range(4, image.width() - 4) if any(image.pixel(x, y) != fill for y in inner)
    ]
    return max(columns) - min(columns) + 1 if columns else 0


def test_a_usb_stick_and_the_computer_are_in_the_sidebar_and_the_icons_are_readable(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    apply_theme(qapp, DEFAULT_THEME)  # its style sheet pads every tool button
    stick = tmp_path / "USB STICK"
    stick.mkdir()
    monkeypatch.setattr(file_dialog_places, "removable_drives", lambda: [stick])
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, Any] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, look)
            return
        seen["places"] = dialog.sidebarUrls()
        text = dialog.fontMetrics().height()
        seen["icons"] = [drawn_width(b) >= text * 0.4 for b in dialog.findChildren(QToolButton)]
        dialog.reject()

    QTimer.singleShot(50, look)
    assert file_dialogs.ask_save_path(parent, "Save", "plan.pdf", "") is None
    assert QUrl.fromLocalFile(str(stick)) in seen["places"]
    assert QUrl("file:") in seen["places"]
    assert seen["icons"] and all(seen["icons"])


def test_the_usual_folders_are_offered_when_they_exist(tmp_path: Path, monkeypatch: Any) -> None:
    desktop = tmp_path / "Desktop"
    desktop.mkdir()
    monkeypatch.setattr(
        file_dialog_places.QStandardPaths,
        "writableLocation",
        lambda location: str(desktop if location in file_dialog_places.FOLDERS[:1] else "/nope"),
    )
    monkeypatch.setattr(file_dialog_places, "removable_drives", lambda: [])
    places = file_dialog_places.sidebar_places()
    assert places[0] == QUrl("file:") and places[-1] == QUrl.fromLocalFile(str(desktop))
    assert QUrl.fromLocalFile(str(tmp_path / "nope")) not in places


@pytest.mark.parametrize(
    ("root", "removable"),
    [("/media/sam/STICK", True), ("/run/media/sam/CARD", True), ("/", False), ("/home", False)],
)
def test_on_linux_media_mounts_count_as_removable(root: str, removable: bool) -> None:
    assert file_dialog_places._is_removable(root) is removable


def test_on_windows_the_drive_type_says_which_drive_is_removable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Kernel32:
        def GetDriveTypeW(self, root: str) -> int:
            return {"E:/": file_dialog_places.DRIVE_REMOVABLE, "C:/": 3}[root]

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "WinDLL", lambda _name: Kernel32(), raising=False)
    assert file_dialog_places._is_removable("E:/")
    assert not file_dialog_places._is_removable("C:/")
