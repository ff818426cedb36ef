"""Text size and colour changes on the plan page: how long until the page is drawn again.

Each change is timed from the key press (Ctrl+plus, Ctrl+0) or the colour chosen to the
page drawn in the new look, with every event handled; "four fast presses" is Ctrl+plus
four times without waiting, to 200%; Finish and clear empties the page and goes back to
the standard colours at 100% (the bare window drops its plan widgets and restyles). The
app is the real main window on the plan page, after it has made its other pages (as when
a family has read the start page). The
baseline is a bare window in its own process: the plan page's widgets rebuilt from their
texts and roles (benchmarks/bare_inputs.py), restyled with the same palette, font and
style sheet by plain Qt calls. App and bare processes are alternated.

    python benchmarks/restyle.py [--runs 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import ratio  # noqa: E402

ANSWERS = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "assessment_requested",
    "disagree_with": ["local_authority"],
    "issues": ["refused_assessment"],
    "local_authority": "worcestershire",
    "decision_date": "2026-10-03",
}
#: The changes timed, in order: (name, text size index after it, theme after it).
STEPS = (
    ("Ctrl+plus to 125%", 1, "default"),
    ("Ctrl+plus to 150%", 2, "default"),
    ("Ctrl+0 to 100%", 0, "default"),
    ("high contrast", 0, "high_contrast"),
    ("standard colours", 0, "default"),
    ("four fast presses to 200%", 4, "default"),
    ("Ctrl+0 from 200%", 0, "default"),
    ("high contrast at 200%", 4, "high_contrast"),
    ("Finish and clear, back to the standard look", 0, "default"),
)
#: The step that empties the page as well as restyling it (the bare window drops its plan).
CLEAR = STEPS[-1][0]


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _settle(app: object, window: object, done: Callable[[], bool]) -> None:
    """Handle events until ``done``, then draw the window."""
    while not done():
        app.processEvents()  # type: ignore[attr-defined]
    window.repaint()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]


def _read(app: object, ms: int) -> None:
    """Let ``ms`` pass with the event loop running, as a person looking at the page."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()  # type: ignore[attr-defined]


def app_child() -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from send_routes.content_build.locate import open_content
    from send_routes.ui.common.theme import DEFAULT_THEME, apply_theme
    from send_routes.ui.shell.input_watch import install_input_watch
    from send_routes.ui.shell.main_window import MainWindow
    from send_routes.ui.shell.session_guard import CLEARED

    app = QApplication(sys.argv[:1])
    apply_theme(app, DEFAULT_THEME)
    install_input_watch(app)
    window = MainWindow(open_content(), today=dt.date(2026, 11, 22))
    window.show()
    while not window.warm_up.finished:
        _read(app, 100)
    window.open_answers(ANSWERS)
    window.show_plan()
    _read(app, 300)
    ctrl = Qt.KeyboardModifier.ControlModifier
    look = window.look

    def keys(key: Qt.Key, times: int = 1) -> None:
        for _ in range(times):
            target = QApplication.focusWidget() or window
            QTest.keyClick(target, key, ctrl)

    actions: dict[str, Callable[[], None]] = {
        "Ctrl+plus to 125%": lambda: keys(Qt.Key.Key_Plus),
        "Ctrl+plus to 150%": lambda: keys(Qt.Key.Key_Plus),
        "Ctrl+0 to 100%": lambda: keys(Qt.Key.Key_0),
        "high contrast": lambda: window.actions_.themes["high_contrast"].trigger(),
        "standard colours": lambda: window.actions_.themes[DEFAULT_THEME].trigger(),
        "four fast presses to 200%": lambda: keys(Qt.Key.Key_Plus, 4),
        "Ctrl+0 from 200%": lambda: keys(Qt.Key.Key_0),
        "high contrast at 200%": lambda: (
            window.actions_.themes["high_contrast"].trigger(),
            keys(Qt.Key.Key_Plus, 4),
        ),
        CLEAR: lambda: window.guard.clear_and_start(CLEARED),
    }
    timings: dict[str, float] = {}
    for name, _size, _theme in STEPS:
        started = time.perf_counter()
        actions[name]()
        _settle(app, window, lambda: not look.pending() and look.scale == look.requested_scale)
        timings[name] = _ms(started)
        assert window.current_page() is (window.start_page if name == CLEAR else window.plan_page)
        _read(app, 300)
    return timings


def bare_child(inputs: Path) -> dict[str, float]:
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
    from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

    from bare_window import build

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    looks = json.loads((inputs / "looks.json").read_text("utf-8"))
    for font_file in sorted((inputs / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))

    def restyle(size: int, theme: str) -> None:
        look = looks[theme][size]
        palette = QPalette()
        for role, colour in look["palette"].items():
            palette.setColor(QPalette.ColorRole[role], QColor(colour))
        app.setPalette(palette)
        font = QFont()
        font.setFamilies(look["families"])
        font.setPointSizeF(look["point_size"])
        app.setFont(font)
        app.setStyleSheet(look["sheet"])

    restyle(0, "default")
    window = QScrollArea()
    window.setWidgetResizable(True)
    body = QWidget()
    layout = QVBoxLayout(body)
    for node in json.loads((inputs / "plan.json").read_text("utf-8")):
        build(node, layout)
    layout.addStretch(1)
    window.setWidget(body)
    window.resize(960, 700)
    window.show()
    _read(app, 300)
    timings: dict[str, float] = {}
    for name, size, theme in STEPS:
        started = time.perf_counter()
        if name == CLEAR:
            old = window.takeWidget()
            if old is not None:
                old.deleteLater()
        restyle(size, theme)
        _settle(app, window, lambda: True)
        timings[name] = _ms(started)
        _read(app, 300)
    return timings


def run_child(mode: str, inputs: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, str(Path(__file__)), "--child", mode, "--inputs", str(inputs)],
        capture_output=True,
        text=True,
        check=True,
    )
    line = [text for text in done.stdout.splitlines() if text.startswith("{")][-1]
    figures: dict[str, float] = json.loads(line)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", choices=("app", "bare"))
    parser.add_argument("--inputs", type=Path)
    args = parser.parse_args()
    if args.child:
        figures = app_child() if args.child == "app" else bare_child(args.inputs)
        print(json.dumps(figures), flush=True)
        os._exit(0)  # without Python's final collection of Qt objects (a PySide6 crash)
    with tempfile.TemporaryDirectory() as scratch:
        inputs = Path(scratch)
        answers = inputs / "answers.json"
        answers.write_text(json.dumps(ANSWERS), "utf-8")
        subprocess.run(
            [sys.executable, str(HERE / "bare_inputs.py"), str(inputs), str(answers)],
            check=True,
            capture_output=True,
        )
        results: dict[str, list[dict[str, float]]] = {"app": [], "bare": []}
        for _ in range(args.runs):
            for mode in ("bare", "app"):
                results[mode].append(run_child(mode, inputs))
    print(f"text size and colour changes on the plan page (median of {args.runs} runs each)")
    for name, _size, _theme in STEPS:
        ours = statistics.median(run[name] for run in results["app"])
        floor = statistics.median(run[name] for run in results["bare"])
        print(
            f"  {name}: {ours:.0f} ms to the page drawn (bare window {floor:.0f} ms, "
            f"{ratio(ours, floor)}; aim under 200 ms)"
        )


if __name__ == "__main__":
    main()
