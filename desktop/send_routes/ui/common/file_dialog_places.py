"""Qt's file dialog made usable for a family saving to a USB stick.

Its sidebar offers only the computer and the home folder, and its toolbar icons are drawn a
few pixels wide once the app's style sheet pads every tool button. ``dressed_file_dialogs``
gives each file dialog shown while it is active a sidebar with the Desktop, Documents and
Downloads folders and every removable drive, and toolbar icons as big as the text.
The places are found before the dialog opens: on Windows the folders come from the
registry, which is set aside while a dialog is open (``registry_guard``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QDir, QEvent, QObject, QSize, QStandardPaths, QStorageInfo, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QToolButton

#: GetDriveTypeW's answer for a removable drive (a USB stick, a card reader).
DRIVE_REMOVABLE = 2
#: Where Linux desktops mount removable media.
LINUX_MEDIA = ("/media/", "/run/media/")
FOLDERS = (
    QStandardPaths.StandardLocation.DesktopLocation,
    QStandardPaths.StandardLocation.DocumentsLocation,
    QStandardPaths.StandardLocation.DownloadLocation,
)


def _is_removable(root: str) -> bool:
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32")
        return bool(kernel32.GetDriveTypeW(root) == DRIVE_REMOVABLE)
    return root.startswith(LINUX_MEDIA)


def removable_drives() -> list[Path]:
    """The removable drives ready to use, such as a USB stick."""
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if volume.isValid() and volume.isReady() and _is_removable(root):
            drives.append(Path(root))
    return drives


def sidebar_places() -> list[QUrl]:
    """The computer (its drives), the home folder, the usual folders that exist, then each
    removable drive."""
    places = [QUrl("file:"), QUrl.fromLocalFile(QDir.homePath())]
    for location in FOLDERS:
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            places.append(QUrl.fromLocalFile(folder))
    places += [QUrl.fromLocalFile(str(drive)) for drive in removable_drives()]
    return list(dict.fromkeys(places))


def dress(dialog: QFileDialog, places: list[QUrl]) -> None:
    """Give ``dialog`` the sidebar ``places`` and toolbar icons the height of its text."""
    dialog.setSidebarUrls(places)
    # The app's button padding (14 px each side) left 6 px of a 38 px tool button for its icon.
    dialog.setStyleSheet("QToolButton { padding: 2px; }")
    side = dialog.fontMetrics().height()
    for tool in dialog.findChildren(QToolButton):
        tool.setIconSize(QSize(side, side))
        tool.setFixedSize(side + 12, side + 12)


class _Dresser(QObject):
    def __init__(self, places: list[QUrl]) -> None:
        super().__init__()
        self.places = places

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            dress(watched, self.places)
        return False


@contextmanager
def dressed_file_dialogs() -> Iterator[None]:
    """While inside, every file dialog shown gets the places and the larger icons."""
    app = QApplication.instance()
    dresser = _Dresser(sidebar_places())
    if app is not None:
        app.installEventFilter(dresser)
    try:
        yield
    finally:
        if app is not None:
            app.removeEventFilter(dresser)
