"""Started by benchmarks/window.py: open a window, say when it is first shown, then quit.

    python benchmarks/window_child.py app|bare

Prints "shown PEAK_RSS_KB" as soon as the window is first exposed on screen. The "app"
mode runs the same start-up path as `send-routes` with no command; "bare" shows an empty
QWidget, the floor any PySide6 app pays.
"""

from __future__ import annotations

import resource
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstExposeWatcher(QObject):
    """Reports once, on the first window exposed, then quits the application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"shown {peak}", flush=True)
        QApplication.quit()


def main(mode: str) -> int:
    app = QApplication(sys.argv[:1])
    watcher = FirstExposeWatcher()
    app.installEventFilter(watcher)
    if mode == "bare":
        window = QWidget()
        window.resize(800, 600)
    else:
        from send_routes.app import build_window
        from send_routes.ui.common.theme import DEFAULT_THEME, apply_theme

        apply_theme(app, DEFAULT_THEME)
        window = build_window()
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "app"))
