"""A whole shared-computer session, run in a subprocess by the zero-footprint test."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtWidgets import QApplication

from send_routes.content_build.locate import open_content
from send_routes.core.case_file import CaseFile, Evidence, Reasons, SectionReasons
from send_routes.core.case_log import new_entry
from send_routes.ui.shell.main_window import MainWindow

NAME = "Zebedee Quillfeather"
ANSWERS = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "assessment_requested",
    "disagree_with": ["local_authority"],
    "issues": ["refused_assessment"],
    "local_authority": NAME,
    "decision_date": "2026-10-13",
    "request_date": "2026-07-19",
}


def main() -> int:
    app = QApplication(sys.argv)
    window = MainWindow(open_content(), today=dt.date(2026, 11, 2))
    window.show()
    window.start_wizard(dict(ANSWERS))
    for page_key in ("local_authority", "decision_date"):
        window.wizard.show_question(page_key)
    window.show_check()
    window.show_plan()
    assert window.current_page() is window.plan_page, window.wizard.flow.raw
    child = getattr(getattr(window.plan_page, "options", None), "child_name", None)
    if child is not None:
        child.setText(NAME)
    # The adviser's case file held in the session: a logged letter and reasons for appeal.
    letter = new_entry("decision_letter", dt.date(2026, 10, 13), dt.date(2026, 10, 19), NAME)
    reasons = Reasons(f"{NAME} needs speech therapy").with_section(
        "F", SectionReasons(f"Evidence about {NAME}", (Evidence(f"Report on {NAME}", "4"),))
    )
    window.session.set_case_file(CaseFile((letter,), reasons))
    window.open_directory()
    window.side.directory_page.search_box.setText(NAME)  # type: ignore[union-attr]
    window.guard.clear_and_start("Cleared.")
    assert window.session.case_file.is_empty, "Finish and clear left the case file"
    app.processEvents()
    window.close()
    print("session done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
