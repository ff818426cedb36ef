"""The frozen app's entry point: exactly the ``send-routes`` command.

With ``SEND_ROUTES_EXIT_AFTER_SHOWN=1`` (used by benchmarks/frozen.py) the normal start-up
runs unchanged, but the app prints ``shown`` and quits at the first paint of its window.
"""

import os
import sys


def _exit_after_first_paint() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.property("seen"):
                self.setProperty("seen", True)
                print("shown", flush=True)
                QTimer.singleShot(0, QApplication.quit)
            return False

    # app.run() reuses this instance (QApplication.instance() or QApplication(sys.argv)).
    app = QApplication(sys.argv)
    watcher = FirstPaint(app)
    app.installEventFilter(watcher)


if __name__ == "__main__":
    if os.environ.get("SEND_ROUTES_EXIT_AFTER_SHOWN") == "1" and len(sys.argv) == 1:
        _exit_after_first_paint()
    from send_routes.cli import main

    sys.exit(main())
