"""The window for the AT-SPI test: shows each page a family can reach, in turn.

Run by ``atspi_reader.py`` with the project's Python. When a page is on screen it prints
one line, ``PAGE {"name": ..., "order": [...]}``: the page's name and what the page says
it reads, in order (``Page.reading_order`` of the navigator's page on screen). It shows
the next page when a line arrives on standard input. With ``SEND_ROUTES_ATSPI_LANGUAGE``
set to a language code, the window is in that language first, as if chosen on the start
page.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from send_routes.content_store.content import ContentStore
from send_routes.ui.shell.main_window import MainWindow

ANSWERS: dict[str, Any] = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "assessment_requested",
    "disagree_with": ["local_authority"],
    "issues": ["refused_assessment"],
    "local_authority": "worcestershire",
    "decision_date": "2026-10-13",
}
#: A suspension from school: the one answer set that asks a number (how many days).
SUSPENSION: dict[str, Any] = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "sen_support",
    "disagree_with": ["setting"],
    "issues": ["exclusion"],
    "exclusion_kind": "suspension",
}


def pages(window: MainWindow) -> dict[str, Callable[[], object]]:
    """Every page a family can reach, by name, with how to put it on screen."""

    def question(key: str, answers: Mapping[str, Any] = ANSWERS) -> Callable[[], None]:
        def show() -> None:
            window.start_wizard(dict(answers))
            window.wizard.show_question(key)

        return show

    def plan(easy_read: bool = False) -> Callable[[], None]:
        def show() -> None:
            window.open_answers(dict(ANSWERS))
            window.show_plan()
            switch = window.plan_exports.easy_read
            assert switch is not None
            switch.switch.setChecked(easy_read)

        return show

    def hidden_over_the_plan() -> None:
        plan()()
        window.guard.hide_screen()

    return {
        "start": window.show_start,
        "question: one choice": lambda: window.start_wizard(),
        "question: several choices": question("issues"),
        "question: council": question("local_authority"),
        "question: date": question("decision_date"),
        "question: number": question("suspension_days", SUSPENSION),
        "check your answers": lambda: window.open_answers(dict(ANSWERS)),
        "plan": plan(),
        "plan in Easy Read": plan(easy_read=True),
        "directory": window.open_directory,
        "glossary": lambda: window.open_glossary("Tribunal"),
        "adviser area": window.open_adviser_area,
        "hidden screen": hidden_over_the_plan,
    }


def main() -> None:
    app = QApplication(sys.argv[:1])
    content = ContentStore.open(Path(sys.argv[1]))
    window = MainWindow(content, today=dt.date(2026, 11, 22))
    code = os.environ.get("SEND_ROUTES_ATSPI_LANGUAGE", "")
    choice = next((c for c in content.languages() if c.code == code), None)
    if choice is not None:
        window.language.choose(choice)
    window.show()
    steps = iter(pages(window).items())

    def next_page() -> None:
        step = next(steps, None)
        if step is None:
            app.quit()
            return
        name, show = step
        show()
        QTimer.singleShot(300, lambda: announce(name))

    def announce(name: str) -> None:
        order = window.navigator.current().reading_order()
        print("PAGE " + json.dumps({"name": name, "order": order}), flush=True)

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
