"""File dialogs that leave no trace on disk, and the last folder used (kept in memory only).

Qt's own file dialog writes the folders visited to ``QtProject.conf`` (or the Windows
registry) when it closes, and native dialogs keep recent-file lists of their own. So
``keep_qt_from_writing`` makes every dialog Qt's own and points Qt's settings at a path
that can never be created (a folder inside a file), so nothing is written. On Windows that
path does not apply (the registry is used), so each dialog runs with the registry set aside
(``registry_guard``). The last
folder chosen is remembered only in memory, and ``forget_last_folder`` clears it.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt

from send_routes.ui.common.registry_guard import registry_set_aside

if TYPE_CHECKING:  # QFileDialog only when a dialog opens: the first paint does not need it
    from PySide6.QtWidgets import QFileDialog, QWidget

_last_folder: Path | None = None


def nowhere() -> Path:
    """A path that cannot be created on any system: a folder inside this very file."""
    return Path(__file__).resolve() / "no-settings"


def keep_qt_from_writing() -> None:
    """Make every file dialog Qt's own, and send Qt's settings nowhere."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for settings_format in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, str(nowhere()))


def last_folder() -> Path:
    """The folder last chosen in this session, else the Documents folder."""
    if _last_folder is not None:
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def remember_folder(path: Path) -> None:
    global _last_folder
    _last_folder = path.parent


def forget_last_folder() -> None:
    """Forget the folder last used (part of clearing the session)."""
    global _last_folder
    _last_folder = None


def _dialogs() -> type[QFileDialog]:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog


def _dressed() -> AbstractContextManager[None]:
    """Sidebar places and readable toolbar icons for the dialogs shown while inside."""
    from send_routes.ui.common.file_dialog_places import dressed_file_dialogs

    return dressed_file_dialogs()


def _options() -> QFileDialog.Option:
    return _dialogs().Option.DontUseNativeDialog


def ask_save_path(parent: QWidget, title: str, name: str, filters: str) -> Path | None:
    """Ask where to save a file called ``name``; None when the person cancels."""
    suggested = str(last_folder() / name)
    with _dressed(), registry_set_aside():
        chosen, _ = _dialogs().getSaveFileName(parent, title, suggested, filters, "", _options())
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(path)
    return path


def ask_open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    """Ask which file to open; None when the person cancels."""
    with _dressed(), registry_set_aside():
        chosen, _ = _dialogs().getOpenFileName(
            parent, title, str(last_folder()), filters, "", _options()
        )
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(path)
    return path
