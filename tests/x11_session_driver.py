"""A session on a real X11 display (Xvfb), run by the zero-footprint test: what other
programs on the desktop can still read once the person has finished and cleared.

Selects the child's name as a person does (Shift+End in its box), which X11 copies into
the primary selection for any program to paste with the middle button; opens the print
preview; then reads, from other processes, the primary selection and every window's
title. Prints one JSON object.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from send_routes.content_build.locate import open_content
from send_routes.ui.shell.main_window import MainWindow
from session_driver import ANSWERS, NAME

READ_SELECTION = (
    "import sys\n"
    "from PySide6.QtGui import QClipboard, QGuiApplication\n"
    "app = QGuiApplication(sys.argv)\n"
    "print(repr(app.clipboard().text(QClipboard.Mode.Selection)))\n"
)


def _from_outside(app: QApplication, command: list[str]) -> str:
    """What ``command`` prints, run while this app keeps answering the X server (the owner
    of a selection must answer the reader's request)."""
    said: list[str] = []
    reader = threading.Thread(
        target=lambda: said.append(
            subprocess.run(command, capture_output=True, text=True, timeout=30).stdout
        )
    )
    reader.start()
    while reader.is_alive():
        app.processEvents()
        time.sleep(0.01)
    return said[0] if said else ""


def main() -> int:
    app = QApplication(sys.argv)
    window = MainWindow(open_content(), today=dt.date(2026, 11, 2))
    window.show()
    window.start_wizard(dict(ANSWERS))
    window.show_check()
    window.show_plan()
    child = window.plan_page.options.child_name
    child.setText(NAME)
    child.setFocus()
    QTest.keyClick(child, Qt.Key.Key_Home)
    QTest.keyClick(child, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    app.processEvents()
    selection = [sys.executable, "-c", READ_SELECTION]
    report = {"selection_while_working": _from_outside(app, selection)}
    window.plan_exports.show_preview()
    for _ in range(50):
        app.processEvents()
        time.sleep(0.01)
    report["titles_in_preview"] = _from_outside(app, ["xwininfo", "-root", "-tree"])
    window.guard.clear_and_start("Cleared.")
    app.processEvents()
    report["selection_after_clear"] = _from_outside(app, selection)
    window.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
