"""The Wine window check tells a menu drawn at the app's 12 point from Windows' own 8 point,
measured on screenshots as it is under Wine: the lines of text the opened menu added."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "build" / "windows"))
from window_steps import MIN_MENU_LINE_PX, menu_lines

ENTRIES = (
    ("&Print your plan...", "Ctrl+P"),
    ("Save your plan as &PDF...", "Ctrl+S"),
    ("&Open answers...", "Ctrl+O"),
    ("&Start again", ""),
    ("Finish and &clear", ""),
    ("&Hide screen", "Ctrl+Shift+H"),
    ("&Adviser area", ""),
    ("&Lock saved cases", "Ctrl+L"),
    ("&Quit", "Ctrl+Q"),
)


def _screens(folder: Path, point_size: float) -> tuple[Path, Path]:
    """A page of body text, then the same with a File menu drawn over it at ``point_size``
    (entries, shortcuts, underlined access keys and a separator, as Qt draws them)."""
    before = QImage(700, 500, QImage.Format.Format_RGB32)
    before.fill(QColor("white"))
    painter = QPainter(before)
    painter.setFont(QFont("DejaVu Sans", 12))
    for row in range(12):
        painter.drawText(20, 40 + 32 * row, "Who is using this app? Tell us about support.")
    painter.end()
    after = before.copy()
    painter = QPainter(after)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(point_size)
    painter.setFont(font)
    line = painter.fontMetrics().height() + 12
    painter.fillRect(10, 10, 360, line * len(ENTRIES) + 20, QColor("white"))
    painter.drawRect(10, 10, 360, line * len(ENTRIES) + 20)
    for index, (entry, shortcut) in enumerate(ENTRIES):
        baseline = 20 + line * index + painter.fontMetrics().ascent() + 6
        painter.drawText(30, baseline, entry.replace("&", ""))
        painter.drawText(250, baseline, shortcut)
        painter.drawLine(30, baseline + 3, 38, baseline + 3)  # the access key's underline
        if index == 5:
            painter.drawLine(26, baseline + 10, 340, baseline + 10)  # a separator
    painter.end()
    paths = folder / f"closed-{point_size}.png", folder / f"open-{point_size}.png"
    before.save(str(paths[0]))
    after.save(str(paths[1]))
    return paths


@pytest.mark.parametrize(("point_size", "passes"), [(12.0, True), (8.0, False)])
def test_a_menu_at_12_point_passes_and_one_at_windows_8_point_fails(
    qapp: QApplication, tmp_path: Path, point_size: float, passes: bool
) -> None:
    heights, median = menu_lines(*_screens(tmp_path, point_size))
    assert heights, "no lines of text found"
    assert (median >= MIN_MENU_LINE_PX) is passes, (heights, median)


def test_the_file_menu_wine_drew_at_12_point_passes(qapp: QApplication) -> None:
    """Screenshots from `make windows-check` under Wine 8 (1366x768, 2026-12-05): the menu
    is at 12 point, like the page's text, but underlines and bits of the page repainted
    around it once pulled the median below the limit."""
    folder = Path(__file__).resolve().parents[1] / "data" / "wine"
    heights, median = menu_lines(folder / "file-menu-closed.png", folder / "file-menu-open.png")
    assert median >= MIN_MENU_LINE_PX, heights
