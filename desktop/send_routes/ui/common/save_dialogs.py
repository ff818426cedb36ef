"""Ask where to save a file (always with the right ending), and warn when it was not saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from send_routes.ui.common import file_dialogs

#: What each kind of file is called in the file dialog's filter.
FILTERS = {
    "pdf": "PDF files (*.pdf)",
    "odt": "OpenDocument text (*.odt)",
    "txt": "Text files (*.txt)",
    "ics": "Calendar files (*.ics)",
}


def ask_save_path(parent: QWidget, title: str, file_name: str) -> Path | None:
    """Ask where to save ``file_name``; None when the person cancels.

    The kind of file comes from ``file_name``'s suffix, and the chosen path always ends with
    it. The folder is remembered in memory only, by ``file_dialogs`` (Finish and clear
    forgets it).
    """
    kind = Path(file_name).suffix.lstrip(".").lower()
    path = file_dialogs.ask_save_path(parent, title, file_name, FILTERS.get(kind, ""))
    if path is None:
        return None
    if path.suffix.lower() != f".{kind}":
        path = path.with_name(f"{path.name}.{kind}")
    return path


def warn(parent: QWidget, title: str, message: str) -> QMessageBox:
    """Show a plain warning without blocking: the box closes itself when dismissed."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(title)
    box.setAccessibleDescription(message)
    box.open()
    return box
