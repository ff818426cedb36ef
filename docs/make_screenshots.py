"""Start the real window and save a PNG of each page to docs/screenshots/.

Run under a virtual screen, as `make screenshots` does:

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from send_routes.content_build.locate import open_content
from send_routes.ui.common.theme import DEFAULT_THEME, apply_theme
from send_routes.ui.shell.main_window import MainWindow

SHOTS = Path(__file__).resolve().parent / "screenshots"
ANSWERS = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "assessment_requested",
    "disagree_with": ["local_authority"],
    "issues": ["refused_assessment"],
    "local_authority": "worcestershire",
    "decision_date": "2026-10-01",
}


def settle(milliseconds: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def shoot(window: MainWindow, name: str, step: Callable[[], object]) -> None:
    step()
    settle()
    path = SHOTS / f"{name}.png"
    window.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app, DEFAULT_THEME)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window = MainWindow(open_content(), today=dt.date(2026, 11, 22))
    window.resize(1100, 820)
    window.show()
    settle(400)
    shoot(window, "01-start", window.show_start)
    shoot(window, "02-question-role", window.start_wizard)
    window.start_wizard(dict(ANSWERS))
    for number, key in enumerate(("issues", "local_authority", "decision_date"), start=3):
        shoot(window, f"{number:02d}-question-{key}", lambda k=key: window.wizard.show_question(k))
    shoot(window, "06-check-your-answers", window.show_check)
    shoot(window, "07-your-plan", window.show_plan)
    window.plan_page.verticalScrollBar().setValue(900)
    shoot(window, "08-your-plan-deadlines", lambda: None)
    shoot(window, "09-find-a-contact", window.open_directory)
    if window.side.directory_page is not None:
        shoot(window, "10-find-a-contact-misspelt", lambda: search(window, "medation"))
    shoot(window, "11-glossary", window.open_glossary)
    window.set_theme("high_contrast")
    shoot(window, "12-high-contrast-plan", window.show_plan)
    window.set_theme(DEFAULT_THEME)
    window.set_text_scale(2.0)
    shoot(window, "13-text-200-percent-question", lambda: window.start_wizard(dict(ANSWERS)))
    shoot(window, "14-text-200-percent-plan", window.show_plan)
    shoot(window, "20-text-200-percent-find-a-contact", window.open_directory)
    window.set_theme("high_contrast")
    shoot(window, "15-high-contrast-200-percent-plan", lambda: None)
    shoot(window, "16-hidden-screen", window.guard.hide_screen)
    window.guard.come_back()
    window.set_theme(DEFAULT_THEME)
    shoot_menu(window, "17-text-200-percent-menu")
    window.set_text_scale(1.0)
    window.close()
    return 0


def shoot_menu(window: MainWindow, name: str) -> None:
    """The View menu open with its Colours menu: popups are windows of their own, so this
    grabs the screen where the window and the menus are."""
    window.show_plan()
    bar = window.menuBar()
    view = next(action for action in bar.actions() if action.text() == "&View")
    bar.setActiveAction(view)
    settle()
    menu = view.menu()
    colours = next(action for action in menu.actions() if action.menu() is not None)
    menu.setActiveAction(colours)
    colours.menu().popup(menu.mapToGlobal(menu.actionGeometry(colours).topRight()))
    settle(300)
    area = window.frameGeometry().united(menu.geometry()).united(colours.menu().geometry())
    shot = window.screen().grabWindow(0, area.x(), area.y(), area.width(), area.height())
    path = SHOTS / f"{name}.png"
    shot.save(str(path))
    print(f"wrote {path}")
    colours.menu().hide()
    menu.hide()


def search(window: MainWindow, text: str) -> None:
    page = window.side.directory_page
    assert page is not None
    page.search_box.setText(text)


if __name__ == "__main__":
    raise SystemExit(main())
