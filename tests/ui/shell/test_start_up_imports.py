"""The start page is painted before the modules only later pages need are imported."""

from __future__ import annotations

import os
import subprocess
import sys

#: Modules the start page does not need: each is imported after the first paint.
LATER = (
    "send_routes.core.plan_language",
    "send_routes.ui.wizard.wizard_view",
    "send_routes.ui.plan.plan_page",
    "PySide6.QtTextToSpeech",
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
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1:] in ([], [""])
