"""The floor for benchmarks/frozen.py and build/windows/check.sh: a bare PySide6 window.

With no arguments it quits at its first paint (start-up and memory floor).

With ``--steps FOLDER`` (made by benchmarks/bare_inputs.py from the real app) it stays open and
does, on the same keys as check.sh presses, the work the app's window does, with nothing of
the app's own code: the same bundled fonts, the same application style sheets, and the
plan page's widgets (the same rich text, roles and panels) rebuilt from a JSON tree.
  Ctrl+O   Qt's own file dialog opens a file (the tree)   Return  lays out the plan page
  Ctrl+=   the next text size's style sheet              Ctrl+H  the high-contrast one
  Ctrl+S   the file dialog, then the page's text as a PDF  Ctrl+R  clears, back to 100%
  Ctrl+Q   quits
"""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.property("seen"):
            self.setProperty("seen", True)
            print("shown", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def build(node: dict, layout: QVBoxLayout) -> None:
    """One widget of the tree (and its children) as the plain Qt widget it was."""
    kind = node["type"]
    if kind == "label":
        widget = QLabel(node["text"])
        widget.setTextFormat(Qt.TextFormat.RichText if node["rich"] else Qt.TextFormat.PlainText)
        widget.setWordWrap(node["wrap"])
    elif kind == "button":
        widget = QPushButton(node["text"])
    elif kind == "check":
        widget = QCheckBox(node["text"])
    else:
        widget = QFrame()
        inner = QVBoxLayout(widget)
        for child in node["children"]:
            build(child, inner)
    if node.get("role"):
        widget.setProperty("role", node["role"])
    layout.addWidget(widget)


class Steps(QWidget):
    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.looks = json.loads((folder / "looks.json").read_text("utf-8"))
        self.size_index, self.theme, self.tree = 0, "default", None
        for font in sorted((folder / "fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        QVBoxLayout(self).addWidget(self.scroll)
        keys = {
            "Ctrl+O": self.open_file,
            "Return": self.show_plan,
            "Ctrl+=": self.bigger,
            "Ctrl+H": self.high_contrast,
            "Ctrl+S": self.save_pdf,
            "Ctrl+R": self.clear,
            "Ctrl+Q": QApplication.quit,
        }
        for key, slot in keys.items():
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        self.restyle()

    def restyle(self) -> None:
        look = self.looks[self.theme][self.size_index]
        app = QApplication.instance()
        palette = QPalette()
        for role, colour in look["palette"].items():
            palette.setColor(QPalette.ColorRole[role], QColor(colour))
        app.setPalette(palette)
        font = QFont()
        font.setFamilies(look["families"])
        font.setPointSizeF(look["point_size"])
        app.setFont(font)
        app.setStyleSheet(look["sheet"])

    def open_file(self) -> None:
        options = QFileDialog.Option.DontUseNativeDialog
        chosen, _ = QFileDialog.getOpenFileName(self, "Open", "", "", "", options)
        if chosen:
            self.tree = json.loads(Path(chosen).read_text("utf-8"))

    def show_plan(self) -> None:
        if self.tree is None:
            return
        body = QWidget()
        layout = QVBoxLayout(body)
        for node in self.tree:
            build(node, layout)
        layout.addStretch(1)
        self.scroll.setWidget(body)

    def bigger(self) -> None:
        self.size_index = min(self.size_index + 1, len(self.looks[self.theme]) - 1)
        self.restyle()

    def high_contrast(self) -> None:
        self.theme = "high_contrast"
        self.restyle()

    def save_pdf(self) -> None:
        from PySide6.QtGui import QPdfWriter, QTextDocument

        options = QFileDialog.Option.DontUseNativeDialog
        chosen, _ = QFileDialog.getSaveFileName(self, "Save", "", "", "", options)
        if chosen:
            labels = self.scroll.widget().findChildren(QLabel) if self.scroll.widget() else []
            document = QTextDocument()
            document.setHtml("".join(f"<p>{label.text()}</p>" for label in labels))
            document.print_(QPdfWriter(chosen))

    def clear(self) -> None:
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.tree, self.size_index, self.theme = None, 0, "default"
        self.restyle()


if __name__ == "__main__":
    app = QApplication(sys.argv)
    if len(sys.argv) == 3 and sys.argv[1] == "--steps":
        window = Steps(Path(sys.argv[2]))
    else:
        watcher = FirstPaint(app)
        app.installEventFilter(watcher)
        window = QWidget()
    window.resize(960, 700)
    window.setWindowTitle("bare")
    window.show()
    sys.exit(app.exec())
