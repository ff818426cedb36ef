"""The floor for benchmarks/frozen.py: a bare PySide6 window that quits at its first paint."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.property("seen"):
            self.setProperty("seen", True)
            print("shown", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


if __name__ == "__main__":
    app = QApplication(sys.argv)
    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    window = QWidget()
    window.resize(960, 760)
    window.setWindowTitle("bare")
    window.show()
    sys.exit(app.exec())
