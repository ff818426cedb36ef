"""What the bare window's steps (benchmarks/bare_window.py --steps) need, taken from the app.

    python benchmarks/bare_inputs.py OUT_FOLDER ANSWERS_JSON

Writes into OUT_FOLDER:
- plan.json: the plan page's widgets for those answers, as the app draws them (offscreen):
  each label's text (rich text with its glossary links), role and wrapping, each button,
  check box and panel, nested as on the page;
- looks.json: for the standard and high-contrast themes at each text size, the application
  style sheet, palette colours, font families and size that the app applies;
- fonts/: the bundled font files the app registers.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QWidget,
)

from send_routes import paths
from send_routes.content_store.content import ContentStore
from send_routes.ui.common.fonts import FONT_FOLDERS, base_font
from send_routes.ui.common.theme import THEMES, palette_for, stylesheet_for
from send_routes.ui.shell.main_window import MainWindow
from send_routes.ui.shell.window_look import SCALES


def tree(widget: QWidget) -> list[dict[str, Any]]:
    """The visible children of ``widget``, in the order they were made."""
    nodes: list[dict[str, Any]] = []
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not child.isVisibleTo(widget):
            continue
        role = str(child.property("role") or "")
        if isinstance(child, QLabel):
            rich = child.textFormat().name != "PlainText"
            nodes.append(
                {
                    "type": "label",
                    "text": child.text(),
                    "rich": rich,
                    "wrap": child.wordWrap(),
                    "role": role,
                }
            )
        elif isinstance(child, QCheckBox):
            nodes.append({"type": "check", "text": child.text(), "role": role})
        elif isinstance(child, QAbstractButton):
            nodes.append({"type": "button", "text": child.text(), "role": role})
        else:
            nodes.append({"type": "frame", "role": role, "children": tree(child)})
    return nodes


def looks(app: QApplication) -> dict[str, list[dict[str, Any]]]:
    result: dict[str, list[dict[str, Any]]] = {}
    for name, theme in THEMES.items():
        palette = palette_for(theme)
        colours = {
            role.name: palette.color(role).name()
            for role in (
                QPalette.ColorRole.WindowText,
                QPalette.ColorRole.Window,
                QPalette.ColorRole.Base,
                QPalette.ColorRole.Text,
                QPalette.ColorRole.Button,
                QPalette.ColorRole.ButtonText,
                QPalette.ColorRole.Highlight,
                QPalette.ColorRole.HighlightedText,
                QPalette.ColorRole.Link,
            )
        }
        result[name] = []
        for scale in SCALES:
            font = base_font(scale=scale)
            sheet = stylesheet_for(theme, font.pointSizeF(), scale, QFontInfo(font).family())
            result[name].append(
                {
                    "sheet": sheet,
                    "palette": colours,
                    "families": font.families(),
                    "point_size": font.pointSizeF(),
                }
            )
    return result


def main() -> int:
    out, answers = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    store = ContentStore.open(paths.content_db())
    window = MainWindow(store)
    window.open_answers(json.loads(answers.read_text("utf-8")))
    window.show_plan()
    app.processEvents()
    page = window.plan_page
    (out / "plan.json").write_text(json.dumps(tree(page.body)), "utf-8")
    (out / "looks.json").write_text(json.dumps(looks(app)), "utf-8")
    fonts = out / "fonts"
    fonts.mkdir(exist_ok=True)
    for folder in FONT_FOLDERS.values():
        for font in (paths.resources_dir() / "fonts" / folder).rglob("*.ttf"):
            shutil.copy2(font, fonts / font.name)
    labels = len(page.body.findChildren(QLabel))
    print(f"bare_inputs: {labels} labels of the plan page, looks and fonts in {out}")
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
