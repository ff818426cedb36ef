"""The start page is painted before the modules only later pages need are imported."""

from __future__ import annotations

from fresh_process import fresh_output

#: Modules the start page does not need: each is imported after the first paint.
LATER = (
    "send_routes.core.plan_language",
    "send_routes.ui.wizard.wizard_view",
    "send_routes.ui.plan.plan_page",
    "PySide6.QtTextToSpeech",  # read aloud loads on the first Listen
)


def test_the_first_paint_imports_nothing_only_later_pages_need() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from send_routes.ui.shell.main_window import MainWindow\n"
        "from send_routes.content_store.content import ContentStore\n"
        "from send_routes import paths\n"
        "window = MainWindow(lambda: ContentStore.open(paths.content_db()))\n"
        "window.show(); app.processEvents()\n"
        f"print(*[name for name in {LATER!r} if name in sys.modules])\n"
    )
    assert [line for line in fresh_output(code) if line.strip()] == []
