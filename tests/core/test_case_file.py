"""The log and the reasons travel with a saved case as plain JSON, and back."""

from __future__ import annotations

import datetime as dt

from send_routes.core.case_file import (
    CaseFile,
    Evidence,
    Reasons,
    SectionReasons,
    case_file_from,
)
from send_routes.core.case_log import new_entry


def test_the_log_and_reasons_survive_a_round_trip() -> None:
    reasons = Reasons("the plan leaves out speech therapy").with_section(
        "F",
        SectionReasons(
            "Therapy is missing", (Evidence("SALT report, May 2026", "4", "weekly", "none"),)
        ),
    )
    case_file = CaseFile((new_entry("decision_letter", dt.date(2026, 10, 1)),), reasons)
    assert case_file_from(case_file.to_dict()) == case_file


def test_a_case_saved_before_the_case_file_reads_as_empty() -> None:
    assert case_file_from({"answers": {}, "notes": "x"}).is_empty
    assert case_file_from({"log": "junk", "reasons": ["junk"]}).is_empty


def test_empty_sections_and_empty_evidence_are_not_kept() -> None:
    reasons = (
        Reasons()
        .with_section("B", SectionReasons("", ()))
        .with_section("I", SectionReasons("", (Evidence(),)))
    )
    saved = reasons.to_dict()
    assert "B" not in saved["sections"]
    assert case_file_from({"reasons": saved}).reasons.section("I").evidence == ()
