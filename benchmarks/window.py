"""Window speed: start-up and peak memory against a bare PySide6 window, page moves, keystrokes.

Start-up is timed from starting the process to the first window shown, for the app and for
a bare PySide6 window started the same way, alternately in the same run.

    python benchmarks/window.py [--runs 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import ratio, summary  # noqa: E402


def start_once(mode: str) -> tuple[float, int]:
    """Seconds from starting the process to its first window shown, and peak memory (KB)."""
    # Byte-code is cached as an installed app's would be (the warm-up run writes it), even
    # where the environment says not to write it.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(HERE / "window_child.py"), mode],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.wait(timeout=60)
    if not line.startswith("shown"):
        raise RuntimeError(f"{mode} window did not report being shown")
    return elapsed, int(line.split()[1])


def start_up(runs: int) -> None:
    results: dict[str, list[tuple[float, int]]] = {"bare": [], "app": []}
    start_once("app")  # warm the disk cache and, from a checkout, the content database
    for _ in range(runs):
        for mode in ("bare", "app"):
            results[mode].append(start_once(mode))
    bare_time = statistics.median(t for t, _ in results["bare"])
    app_time = statistics.median(t for t, _ in results["app"])
    bare_rss = max(m for _, m in results["bare"])
    app_rss = max(m for _, m in results["app"])
    print(
        f"start to first window (median of {runs}): app {app_time * 1000:.0f} ms, bare "
        f"PySide6 window {bare_time * 1000:.0f} ms, ratio {ratio(app_time, bare_time)} "
        f"(aim within 1.3x)"
    )
    print(
        f"peak memory: app {app_rss / 1024:.0f} MB, bare {bare_rss / 1024:.0f} MB, "
        f"ratio {ratio(app_rss, bare_rss)}"
    )


def read_page(app: object) -> None:
    """Let a fifth of a second pass, as a person reading the page would, before timing again."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(200, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def interactions() -> None:
    from PySide6.QtWidgets import QApplication

    from send_routes.content_build.locate import open_content
    from send_routes.ui.common.theme import DEFAULT_THEME, apply_theme
    from send_routes.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app, DEFAULT_THEME)  # type: ignore[arg-type]
    window = MainWindow(open_content(), today=dt.date(2026, 11, 22))
    window.show()
    answers = {
        "role": "parent_carer",
        "setting": "school",
        "stage": "assessment",
        "disagree_with": ["local_authority"],
        "issues": ["la_duties"],
        "local_authority": "dudley",
        "request_date": "2026-09-01",
    }
    moves: list[float] = []
    to_plan: list[float] = []
    for _ in range(20):
        window.start_wizard(dict(answers))
        window.wizard.show_question(window.wizard.flow.to_ask()[0].key)  # from question 1
        read_page(app)
        while window.current_page() is not window.plan_page:
            on_check = window.current_page() is window.check_page
            started = time.perf_counter()
            window.go_next()
            app.processEvents()
            (to_plan if on_check else moves).append((time.perf_counter() - started) * 1000)
            read_page(app)
    print(f"the first Continue to the plan in the session: {to_plan[0]:.1f} ms (aim under 100 ms)")
    window.open_directory()
    page = window.side.directory_page
    assert page is not None
    keystrokes: list[float] = []
    for word in ("sendiass dudley", "mediation", "tribunal", "ombudsman", "kids leicester") * 5:
        page.search_box.clear()
        for end in range(1, len(word) + 1):
            started = time.perf_counter()
            page.search_box.setText(word[:end])
            app.processEvents()
            keystrokes.append((time.perf_counter() - started) * 1000)
    for name, values in (
        ("move to the next wizard page", moves),
        ("Continue from Check your answers to the plan", to_plan),
        ("keystroke in search", keystrokes),
    ):
        median, p99 = summary(values)
        print(
            f"{name}: median {median:.1f} ms, p99 {p99:.1f} ms over {len(values)} "
            f"(aim p99 under 16 ms)"
        )
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    start_up(args.runs)
    interactions()


if __name__ == "__main__":
    main()
