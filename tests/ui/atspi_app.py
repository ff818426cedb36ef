"""The window for the AT-SPI test: shows each page in turn when the reader asks.

Run by ``atspi_reader.py`` with the project's Python. Prints ``PAGE <name>`` when a page is
on screen, and shows the next one when a line arrives on standard input.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from send_routes.content_store.content import ContentStore
from send_routes.ui.shell.main_window import MainWindow

ANSWERS = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "assessment_requested",
    "disagree_with": ["local_authority"],
    "issues": ["refused_assessment"],
    "local_authority": "worcestershire",
    "decision_date": "2026-10-13",
}


def pages(window: MainWindow) -> dict[str, object]:
    def plan() -> None:
        window.start_wizard(dict(ANSWERS))
        window.show_check()
        window.show_plan()

    return {
        "start": window.show_start,
        "question": lambda: window.start_wizard(),
        "check your answers": lambda: (window.start_wizard(dict(ANSWERS)), window.show_check()),
        "plan": plan,
        "directory": window.open_directory,
        "glossary": window.open_glossary,
        "adviser area": window.open_adviser_area,
        "hidden screen": window.guard.hide_screen,
    }


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = MainWindow(ContentStore.open(Path(sys.argv[1])), today=dt.date(2026, 11, 22))
    window.show()
    steps = iter(pages(window).items())

    def next_page() -> None:
        step = next(steps, None)
        if step is None:
            app.quit()
            return
        name, show = step
        show()  # type: ignore[operator]
        QTimer.singleShot(300, lambda: announce(name))

    def announce(name: str) -> None:
        print(f"PAGE {name}", flush=True)

    def reader_asked() -> None:
        # The event loop keeps running meanwhile: the window must answer the bus.
        if sys.stdin.readline():
            next_page()
        else:
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(reader_asked)
    QTimer.singleShot(500, next_page)
    app.exec()


if __name__ == "__main__":
    main()
