"""The caseload panel: columns fit their longest texts, sized once, not at every filter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from send_routes.content_store.content import ContentStore
from send_routes.core.caseload import make_caseload
from send_routes.core.deadlines import long_date
from send_routes.ui.adviser.adviser_caseload import CaseloadPanel, days_text
from send_routes.ui.common.theme import DEFAULT_THEME, apply_theme

TODAY = dt.date(2026, 11, 22)
LONG_TITLE = "Wednesday group, Year 9"


def _panel(qtbot: QtBot, content: ContentStore, title: str = LONG_TITLE) -> CaseloadPanel:
    answers = {
        "role": "parent_carer",
        "setting": "school",
        "stage": "draft_plan",
        "disagree_with": ["local_authority"],
        "issues": ["plan_content"],
    }
    cases = [
        (
            f"c{n}",
            title if n == 3 else f"Case {n}",
            {"answers": {**answers, "draft_plan_date": day}},
        )
        for n, day in enumerate(["2026-09-30", "2026-11-20", "2026-11-11", "2026-06-01"])
    ]
    panel = CaseloadPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    panel.show_caseload(make_caseload(cases, content.guidance, TODAY))
    return panel


def _fits(panel: CaseloadPanel) -> None:
    metrics = panel.table.fontMetrics()
    header = panel.table.horizontalHeader()
    model = panel.model
    for number in range(model.rowCount()):
        row = model.row_at(number)
        assert row is not None
        for column, text in enumerate((long_date(row.date), days_text(row), row.reference)):
            assert header.sectionSize(column) > metrics.horizontalAdvance(text), text


def test_the_columns_fit_every_date_days_and_title(qtbot: QtBot, content: ContentStore) -> None:
    panel = _panel(qtbot, content)
    assert panel.model.rowCount() == 4
    _fits(panel)


def test_a_filter_keeps_the_columns_and_text_at_200_percent_widens_them(
    qtbot: QtBot, qapp: QApplication, content: ContentStore
) -> None:
    panel = _panel(qtbot, content)
    header = panel.table.horizontalHeader()
    widths = [header.sectionSize(column) for column in range(3)]
    panel.filter.setCurrentIndex(1)
    assert [header.sectionSize(column) for column in range(3)] == widths
    apply_theme(qapp, DEFAULT_THEME, 2.0)  # the window's Ctrl+plus (reset after each test)
    qtbot.waitUntil(lambda: all(header.sectionSize(c) > widths[c] for c in range(3)))
    panel.filter.setCurrentIndex(0)
    _fits(panel)


def test_a_very_long_title_is_cut_short_and_shown_whole_as_its_tooltip(
    qtbot: QtBot, content: ContentStore
) -> None:
    title = "A very long case title that an adviser typed, " * 3
    panel = _panel(qtbot, content, title)
    metrics = panel.table.fontMetrics()
    assert panel.table.horizontalHeader().sectionSize(2) < metrics.horizontalAdvance(title)
    row = next(n for n in range(4) if (r := panel.model.row_at(n)) and r.reference == title)
    cell = panel.model.index(row, 2)
    assert panel.model.data(cell, Qt.ItemDataRole.ToolTipRole) == title
    assert panel.model.data(cell, Qt.ItemDataRole.AccessibleTextRole) == title
