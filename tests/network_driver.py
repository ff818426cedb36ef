"""Drives the window through one step, run under strace by test_network_strace.py.

``python network_driver.py STEP``: ``session`` (start-up, questions, plan, directory,
glossary, clear), ``preview`` (also print preview), ``pdf`` (also Save as PDF) or ``print``
(also Print: the one place the local print service may be asked). Prints ``done``.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog

from sample_answers import REFUSED_AMEND
from send_routes.content_build.locate import open_content
from send_routes.ui.shell.main_window import MainWindow

ANSWERS = REFUSED_AMEND


def main(step: str) -> int:
    app = QApplication(sys.argv)
    window = MainWindow(open_content(), today=dt.date(2026, 11, 2))
    window.show()
    window.start_wizard(dict(ANSWERS))
    window.show_check()
    window.show_plan()
    window.open_directory()
    window.side.directory_page.search_box.setText("medation")  # type: ignore[union-attr]
    window.open_glossary("mediation")
    window.show_plan()
    app.processEvents()
    if step == "preview":
        window.plan_page.preview_button.click()
        app.processEvents()
    elif step == "pdf":
        with tempfile.TemporaryDirectory() as folder:
            target = str(Path(folder) / "plan.pdf")
            QFileDialog.getSaveFileName = lambda *args, **kwargs: (target, "")  # type: ignore[method-assign]
            window.plan_page.pdf_button.click()
            assert Path(target).exists()
    elif step == "print":
        window.plan_page.print_button.click()
        app.processEvents()
    window.guard.clear_session()  # what Finish and clear does once confirmed
    app.processEvents()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
