"""The caseload made at unlock, and its filters, against a bare scan of the same cases.

Makes N saved cases' contents in memory (varied answers and dates, as decrypted at unlock),
then times, alternating each with its baseline in the same run:

- the view: every case's next must-meet deadline, counted by the real rules and sorted
  (``make_caseload``), against a bare scan that reads one date from each case, adds 14 days
  and sorts;
- a filter ("this week", "this month", everything): a slice of the sorted rows, against a
  bare list comprehension over the same rows;
- the same in the window (offscreen): the adviser's caseload panel shown with the caseload,
  and a filter chosen until the table has drawn, against a bare QTableView whose model is
  reset to the same rows.

    python benchmarks/caseload.py [--sizes 200 5000] [--repeat 5] [--days 120]

``--days``: each case's date is one of this many days before today. Cases sharing a date
share its count, so a longer spread (``--days 730``) counts more dates, as a caseload
gathered over years would.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ratio, summary
from send_routes.content_build.locate import open_content
from send_routes.core.caseload import MONTH, WEEK, Caseload, make_caseload

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2026, 11, 22)
SHAPES: list[dict[str, Any]] = [
    {"stage": "draft_plan", "issues": ["plan_content"], "key": "draft_plan_date"},
    {"stage": "assessment_requested", "issues": ["refused_assessment"], "key": "decision_date"},
    {"stage": "plan", "issues": ["plan_content", "placement"], "key": "decision_date"},
    {"stage": "review", "issues": ["refused_amend"], "key": "amendments_date"},
    {"stage": "plan", "issues": ["setting_provision"], "key": "review_meeting_date"},
]


def case_content(rng: random.Random, days: int = 120) -> dict[str, Any]:
    shape = rng.choice(SHAPES)
    day = TODAY - dt.timedelta(days=rng.randint(0, days))
    answers = {
        "role": "parent_carer",
        "setting": "school",
        "stage": shape["stage"],
        "disagree_with": ["local_authority"],
        "issues": shape["issues"],
        shape["key"]: day.isoformat(),
    }
    if rng.random() < 0.2:
        answers["tried"] = ["mediation"]
    return {"answers": answers, "notes": "notes " * 20, "log": [], "reasons": {}}


def bare_scan(cases: list[tuple[str, str, dict[str, Any]]]) -> list[tuple[dt.date, str]]:
    rows = []
    for case_id, _title, content in cases:
        for key, value in content["answers"].items():
            if key.endswith("_date"):
                rows.append((dt.date.fromisoformat(value) + dt.timedelta(days=14), case_id))
                break
    rows.sort()
    return rows


def timed(action: Any) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def measure(size: int, repeat: int, guidance: Any, days: int = 120) -> None:
    rng = random.Random(size)
    cases = [(f"{n:032x}", f"Case {n}", case_content(rng, days)) for n in range(size)]
    view: list[float] = []
    view_floor: list[float] = []
    for _ in range(repeat):  # alternated, so both see the same machine state
        view.append(timed(lambda: make_caseload(cases, guidance, TODAY)))
        view_floor.append(timed(lambda: bare_scan(cases)))
    caseload = make_caseload(cases, guidance, TODAY)
    end = {WEEK: TODAY + dt.timedelta(days=WEEK), MONTH: TODAY + dt.timedelta(days=MONTH)}
    filters: list[float] = []
    filter_floor: list[float] = []
    for _ in range(repeat * 20):
        for days in (WEEK, MONTH, None):
            filters.append(timed(lambda: list(caseload.within(days))))  # noqa: B023
            limit = end.get(days) if days else None
            filter_floor.append(
                timed(lambda: [r for r in caseload.rows if limit is None or r.date <= limit])  # noqa: B023
            )
    (view_median, view_p99), (floor_median, _) = summary(view), summary(view_floor)
    (filter_median, filter_p99), (ffloor_median, _) = summary(filters), summary(filter_floor)
    print(
        f"{size} cases ({len(caseload.rows)} with a deadline): view median {view_median:.1f} ms, "
        f"p99 {view_p99:.1f} ms ({ratio(view_median, floor_median)} the bare scan's "
        f"{floor_median:.2f} ms); filter median {filter_median:.3f} ms, p99 {filter_p99:.3f} ms "
        f"({ratio(filter_median, ffloor_median)} the bare filter's {ffloor_median:.3f} ms)"
    )
    print(measure_panel(caseload, repeat))


def measure_panel(caseload: Caseload, repeat: int) -> str:
    """The caseload panel shown, and each filter chosen, until drawn; and a bare table."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex
    from PySide6.QtWidgets import QApplication, QTableView

    from send_routes.ui.adviser.adviser_caseload import CaseloadPanel

    app = QApplication.instance() or QApplication([])

    class Bare(QAbstractTableModel):
        rows: Any = ()

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 4

        def data(self, index: Any, role: int = 0) -> object:
            return str(self.rows[index.row()][index.column()]) if role == 0 else None

    panel = CaseloadPanel()
    panel.resize(900, 600)
    panel.show()
    bare_model, bare = Bare(), QTableView()
    bare.setModel(bare_model)
    bare.resize(900, 600)
    bare.show()
    app.processEvents()

    def drawn(action: Any) -> float:
        return timed(lambda: (action(), panel.repaint(), bare.repaint(), app.processEvents()))

    def bare_rows(rows: Any) -> None:
        bare_model.beginResetModel()
        bare_model.rows = rows
        bare_model.endResetModel()

    shown, shown_floor, chosen, chosen_floor = [], [], [], []
    for _ in range(repeat):
        shown.append(drawn(lambda: panel.show_caseload(caseload)))
        shown_floor.append(drawn(lambda: bare_rows(caseload.rows)))
        for index, days in ((1, WEEK), (2, MONTH), (0, None)):
            chosen.append(drawn(lambda: panel.filter.setCurrentIndex(index)))  # noqa: B023
            chosen_floor.append(drawn(lambda: bare_rows(caseload.within(days))))  # noqa: B023
    panel.close()
    bare.close()
    (shown_median, shown_p99), (floor_median, _) = summary(shown), summary(shown_floor)
    (chosen_median, chosen_p99), (cfloor_median, _) = summary(chosen), summary(chosen_floor)
    return (
        f"  in the window: shown median {shown_median:.1f} ms, p99 {shown_p99:.1f} ms "
        f"({ratio(shown_median, floor_median)} a bare table's {floor_median:.1f} ms); "
        f"a filter chosen median {chosen_median:.1f} ms, p99 {chosen_p99:.1f} ms "
        f"({ratio(chosen_median, cfloor_median)} a bare table's {cfloor_median:.1f} ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 5000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--days", type=int, default=120, help="the spread of the cases' dates")
    args = parser.parse_args()
    content = open_content()
    guidance = content.guidance
    for size in args.sizes:
        measure(size, args.repeat, guidance, args.days)


if __name__ == "__main__":
    main()
