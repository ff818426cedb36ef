"""An adviser's session with the case file, run in a subprocess by the zero-footprint tests.

``python adviser_session_driver.py clear|kill PLAN_FILE``: set a passphrase, log a letter,
type reasons for appeal with evidence, open PLAN_FILE (a .docx) in the wording check and
paste more, see the plan with the letter it counts from, make the papers in memory, and save
the case (encrypted). Then log a second letter and type more reasons that are never saved,
and either Finish and clear and quit (``clear``) or die by SIGKILL (``kill``), as a
power cut or a killed process would end it. Every typed detail holds ``NAME`` or
``UNSAVED``; the test looks for them in every file the session could have written.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from send_routes.content_build.locate import open_content
from send_routes.ui.adviser.adviser_case_log import CaseLogPanel
from send_routes.ui.adviser.adviser_papers import paper_bytes
from send_routes.ui.shell.main_window import MainWindow
from send_routes.user_store.crypto import KdfParams

NAME = "Zebedee Quillfeather"
UNSAVED = "Ottoline Braithwaite-Vasquez"
PASSPHRASE = "outreach centre words"
TITLE = f"Case of {NAME}"
ANSWERS = {
    "role": "parent_carer",
    "setting": "school",
    "stage": "plan",
    "disagree_with": ["local_authority"],
    "issues": ["plan_content"],
    "local_authority": "kent",
}


def _log(panel: CaseLogPanel, kind: str, dated: str, arrived: str, sender: str) -> None:
    panel.kind.setCurrentIndex(panel.kind.findData(kind))
    panel.dated.setText(dated)
    panel.arrived.setText(arrived)
    panel.from_box.setText(sender)
    panel.note.setText(f"About {sender}")
    panel.add.click()


def main(mode: str, plan_file: Path) -> int:
    app = QApplication(sys.argv)
    content = open_content()
    window = MainWindow(content, today=dt.date(2026, 11, 2))
    window.show()
    window.start_wizard(dict(ANSWERS))
    window.open_adviser_area()
    page = window.side.adviser_page
    assert page is not None
    page.session.kdf = KdfParams(n=2**10, r=8, p=1)
    page.set_up.first.setText(PASSPHRASE)
    page.set_up.second.setText(PASSPHRASE)
    page.set_up.set_button.click()
    assert page.is_unlocked(), page.message.text()
    case_file = page.case_file
    _log(case_file.log, "decision_letter", "13/10/2026", "19/10/2026", NAME)
    assert window.session.answers["decision_date"] == "2026-10-13"
    case_file.reasons.opening.setPlainText(f"{NAME} needs speech therapy every week")
    box = case_file.reasons.boxes["F"]
    box.text.setPlainText(f"Section F leaves out {NAME}'s therapy")
    for field_id, widget in box.fields.items():
        widget.setText(f"{field_id} about {NAME}")
    box.add.click()
    assert NAME in window.session.case_file.reasons.section("F").evidence[0].report
    page.ask_open_path = lambda _title, _filters: plan_file  # type: ignore[method-assign]
    case_file.wording.open.click()
    assert case_file.wording.results.count() > 0, case_file.wording.summary.text()
    case_file.wording.text.appendPlainText(f"{NAME} will have access to a therapist.")
    case_file.wording.check.click()
    window.show_check()
    window.show_plan()
    shown = window.plan_page.view
    assert shown is not None and any(d.from_letter for d in shown.dates), "no letter named"
    plan = window.session.plan
    kinds = {"chronology": ("pdf", "odt", "csv"), "working": ("odt", "docx")}
    for which in ("chronology", "checklist", "reasons", "handover", "working"):
        made = paper_bytes(which, window.session, content, plan, "Case 1", [NAME])
        assert not isinstance(made, str), (which, made)
        _name, _filters, render = made
        for kind in kinds.get(which, ("pdf", "odt")):
            assert render(kind), (which, kind)  # made in memory only: never saved here
    page.cases.title_box.setText(TITLE)
    page.cases.save_new.click()
    assert "Saved" in page.message.text(), page.message.text()
    # Work after the save, never saved: it must not reach the disk in any form.
    _log(case_file.log, "mediation_certificate", "20/10/2026", "22/10/2026", UNSAVED)
    case_file.reasons.opening.setPlainText(f"{UNSAVED} was never saved")
    app.processEvents()
    print("session done", flush=True)
    if mode == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    window.guard.clear_and_start("Cleared.")
    assert window.session.case_file.is_empty, "Finish and clear left the case file"
    page.lock()
    app.processEvents()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
