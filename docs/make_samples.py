"""Write one sample plan per print style to docs/samples/ (linked from the README).

The family asked for an EHC needs assessment in Worcestershire and was refused on
1 October 2026; on 22 November the appeal and mediation adviser dates are 9 days away, so
page 1 opens with the urgent date.

.venv/bin/python docs/make_samples.py
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from send_routes.content_build.locate import open_content
from send_routes.core.answers import parse_answers
from send_routes.core.planner import make_plan
from send_routes.export.documents import save_plan_view
from send_routes.export.plan_context import DocumentOptions, plan_view

SAMPLES = Path(__file__).resolve().parent / "samples"
ANSWERS = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "assessment_requested",
    "disagree_with": ["local_authority"],
    "issues": ["refused_assessment"],
    "local_authority": "worcestershire",
    "decision_date": "2026-10-01",
}
STYLES = {
    "plan-a4.pdf": DocumentOptions(child_name="Sam"),
    "plan-large-print.pdf": DocumentOptions(child_name="Sam", large_print=True),
    "plan-black-and-white.pdf": DocumentOptions(child_name="Sam", black_and_white=True),
    "plan-letter-paper.pdf": DocumentOptions(child_name="Sam", paper="letter"),
    "plan-full-guide.pdf": DocumentOptions(child_name="Sam", full_guide=True),
}


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(["samples"])
    content = open_content()
    plan = make_plan(content.guidance, parse_answers(ANSWERS), dt.date(2026, 11, 22))
    view = plan_view(plan, content)
    SAMPLES.mkdir(parents=True, exist_ok=True)
    for name, options in STYLES.items():
        save_plan_view(view, options, SAMPLES / name, "pdf")
        print(f"wrote {SAMPLES / name}")
    from send_routes.export.easy_read import save_easy_read

    save_easy_read(plan, content, DocumentOptions(), SAMPLES / "plan-easy-read.pdf", "pdf")
    print(f"wrote {SAMPLES / 'plan-easy-read.pdf'}")
    del app


if __name__ == "__main__":
    main()
