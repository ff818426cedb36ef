"""Render the app's SVG icon to PNG (the .deb's 256 px icon) or ICO (the Windows executable).

Uses Qt (offscreen), so the only source to edit is resources/icons/send-routes.svg.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SVG = REPO / "resources" / "icons" / "send-routes.svg"


def render(svg: Path, out: Path, sizes: tuple[int, ...] = (256,)) -> Path:
    """Write ``svg`` as ``out`` (format from its suffix), at the largest of ``sizes``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["render_icon"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icon: {svg} is not a valid SVG")
    size = max(sizes)
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise SystemExit(f"render_icon: could not write {out}")
    del _app
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a .png or .ico file")
    parser.add_argument("--size", type=int, default=256)
    args = parser.parse_args()
    render(SVG, args.out, (args.size,))
    return 0


if __name__ == "__main__":
    sys.exit(main())
