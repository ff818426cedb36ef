"""Find a contact in the real window at 1,000, 10,000 and 100,000 contacts.

For each size the content database is built through the real build (the bundled contacts
plus generated ones, as benchmarks/search.py makes them). Then, in the real main window:
the time to open Find a contact (first use: the page is made, searched and laid out) and
each keystroke of some typed words, as the person sees them (processEvents included). The
baseline is a bare page in the same process: a QLineEdit and a QTableView over a
QStandardItemModel, filled from a bare FTS5 ``MATCH … LIMIT 50`` at each keystroke.

    python benchmarks/directory.py [--sizes 1000 10000 100000] [--keep DIR] [--opens 5]
        [--rounds 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import ratio, summary  # noqa: E402
from search import build_with  # noqa: E402

WORDS = ("sendiass dudley", "mediation", "tribunal", "ombudsman", "kids leicester", "ashford")


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _bare_page(conn: sqlite3.Connection) -> tuple[object, object]:
    """A search box and a table filled from a bare MATCH: the floor for this page."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    page = QWidget()
    box, table, model = QLineEdit(page), QTableView(page), QStandardItemModel(page)
    table.setModel(model)
    layout = QVBoxLayout(page)
    layout.addWidget(box)
    layout.addWidget(table)

    def search(text: str) -> None:
        words = " ".join(f'"{word}"*' for word in text.split())
        sql = "SELECT name, kind_label, area FROM contacts_fts"
        rows = conn.execute(
            sql + (" WHERE contacts_fts MATCH ? LIMIT 50" if words else " LIMIT 50"),
            (words,) if words else (),
        ).fetchall()
        model.clear()
        for row in rows:
            model.appendRow([QStandardItem(str(value)) for value in row])

    box.textChanged.connect(search)
    search("")
    page.resize(960, 600)
    page.show()
    return page, box


def _typed(box: object, app: object, rounds: int) -> list[float]:
    """Each key pressed as a person presses it (a key event), until the page is drawn."""
    from PySide6.QtTest import QTest

    timings = []
    for _ in range(rounds):
        for word in WORDS:
            box.clear()  # type: ignore[attr-defined]
            app.processEvents()  # type: ignore[attr-defined]
            for letter in word:
                started = time.perf_counter()
                QTest.keyClicks(box, letter)  # type: ignore[call-overload]
                app.processEvents()  # type: ignore[attr-defined]
                timings.append(_ms(started))
    return timings


def _open(window: object, app: object, read_start_page: bool) -> float:
    """Milliseconds from asking for Find a contact to its page drawn.

    With ``read_start_page``, the window first sits on the start page, as a person reading
    it would, until it has made its other pages (at most 10 s).
    """
    from PySide6.QtCore import QEventLoop, QTimer

    window.show()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    made = False
    if read_start_page:
        for _ in range(50):  # until the window has made its pages, at most 10 s
            loop = QEventLoop()
            QTimer.singleShot(200, loop.quit)
            loop.exec()
            if made:
                break
            made = window.warm_up.finished  # type: ignore[attr-defined]
    started = time.perf_counter()
    window.open_directory()  # type: ignore[attr-defined]
    window.repaint()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    return _ms(started)


def _open_in_new_window(store: object, app: object, read_start_page: bool) -> float:
    from shiboken6 import delete

    from send_routes.ui.shell.main_window import MainWindow

    window = MainWindow(store, today=dt.date(2026, 11, 22))  # type: ignore[arg-type]
    elapsed = _open(window, app, read_start_page)
    window.close()
    # Gone, as in the app: a closed window left alive keeps its application-wide event
    # filters, and every later event (and so every later figure) would pay for them.
    delete(window)
    return elapsed


def measure(path: Path, opens: int, rounds: int) -> None:
    from PySide6.QtWidgets import QApplication

    from send_routes.content_store.content import ContentStore
    from send_routes.ui.directory import directory_page  # noqa: F401  # loaded as an installed app's is
    from send_routes.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = ContentStore.open(path)
    count = store.conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    started = time.perf_counter()
    bare, bare_box = _bare_page(store.conn)
    bare.repaint()  # type: ignore[attr-defined]
    app.processEvents()
    bare_open = _ms(started)
    cold = statistics.median(_open_in_new_window(store, app, False) for _ in range(opens))
    warm = statistics.median(_open_in_new_window(store, app, True) for _ in range(opens))
    window = MainWindow(store, today=dt.date(2026, 11, 22))
    _open(window, app, read_start_page=True)
    page = window.side.directory_page
    assert page is not None
    ours: list[float] = []
    floor: list[float] = []
    for _ in range(rounds):  # alternated, each page alone on screen as the app's would be
        bare.hide()  # type: ignore[attr-defined]
        window.show()
        ours += _typed(page.search_box, app, 1)
        window.hide()
        bare.show()  # type: ignore[attr-defined]
        floor += _typed(bare_box, app, 1)
    (median, p99), (bare_median, bare_p99) = summary(ours), summary(floor)
    print(
        f"{count:>7} contacts: open Find a contact (median of {opens}) {warm:.0f} ms"
        f" (bare page {bare_open:.0f} ms, {ratio(warm, bare_open)}; aim under 200 ms);"
        f" made on the spot, before the"
        f" start page was read: {cold:.0f} ms ({ratio(cold, bare_open)}) | keystroke median "
        f"{median:.1f} ms, p99 {p99:.1f} ms (bare median {bare_median:.1f}, p99 "
        f"{bare_p99:.1f}; p99 ratio {ratio(p99, bare_p99)}; aim p99 under 16 ms)"
    )
    window.close()
    bare.close()  # type: ignore[attr-defined]


def _quit_now() -> None:
    """End without Python's final garbage collection of Qt objects (a PySide6 crash)."""
    sys.stdout.flush()
    os._exit(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--keep", type=Path, help="build the databases here and reuse them")
    parser.add_argument("--opens", type=int, default=5, help="windows opened per size")
    parser.add_argument("--rounds", type=int, default=5, help="times each word is typed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        for size in args.sizes:
            built = folder / f"content-{size}.sqlite"
            if not built.exists():
                (folder / str(size)).mkdir(parents=True, exist_ok=True)
                build_with(size, folder / str(size)).replace(built)
            print(f"{size:>7} generated: database {built.stat().st_size / 1e6:.1f} MB")
            measure(built, args.opens, args.rounds)
    _quit_now()


if __name__ == "__main__":
    main()
