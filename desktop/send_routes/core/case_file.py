"""What an adviser keeps for a case besides the answers: the log and the reasons for appeal.

Saved inside the encrypted case record (``user_store``); this module only turns them into
plain JSON and back, tolerating anything an older or damaged record holds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from send_routes.core.case_log import LogEntry, entries_from

#: The layout of a saved case's content: 2 added ``log`` and ``reasons`` (``user_store``
#: never saves over a case of a higher format).
CASE_FORMAT = 2
REASON_LIMIT = 20_000
EVIDENCE_FIELDS = ("report", "page", "says", "plan_says")


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence: the report, the page, what it says, what the plan says."""

    report: str = ""
    page: str = ""
    says: str = ""
    plan_says: str = ""

    def to_dict(self) -> dict[str, str]:
        return {
            "report": self.report,
            "page": self.page,
            "says": self.says,
            "plan_says": self.plan_says,
        }

    @property
    def is_empty(self) -> bool:
        return not (self.report or self.page or self.says or self.plan_says)


def _evidence(raw: object) -> Evidence | None:
    if not isinstance(raw, Mapping):
        return None
    values = [str(raw.get(name, ""))[:REASON_LIMIT] for name in EVIDENCE_FIELDS]
    found = Evidence(*values)
    return None if found.is_empty else found


@dataclass(frozen=True)
class SectionReasons:
    """The reasons for appealing one section of the plan (B, F or I)."""

    text: str = ""
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "evidence": [item.to_dict() for item in self.evidence]}

    @property
    def is_empty(self) -> bool:
        return not self.text.strip() and not self.evidence


@dataclass(frozen=True)
class Reasons:
    """The reasons for appeal: the opening sentence, then each section appealed."""

    opening: str = ""
    sections: Mapping[str, SectionReasons] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kept = {key: value for key, value in self.sections.items() if not value.is_empty}
        return {"opening": self.opening, "sections": {k: v.to_dict() for k, v in kept.items()}}

    def section(self, section_id: str) -> SectionReasons:
        return self.sections.get(section_id, SectionReasons())

    def with_section(self, section_id: str, reasons: SectionReasons) -> Reasons:
        return Reasons(self.opening, {**self.sections, section_id: reasons})

    @property
    def is_empty(self) -> bool:
        return not self.opening.strip() and all(s.is_empty for s in self.sections.values())


def reasons_from(raw: object) -> Reasons:
    if not isinstance(raw, Mapping):
        return Reasons()
    sections: dict[str, SectionReasons] = {}
    for key, value in (raw.get("sections") or {}).items():
        if not isinstance(value, Mapping):
            continue
        evidence = value.get("evidence")
        listed: list[object] = evidence if isinstance(evidence, list) else []
        found = tuple(item for item in map(_evidence, listed) if item is not None)
        sections[str(key)] = SectionReasons(str(value.get("text", ""))[:REASON_LIMIT], found)
    return Reasons(str(raw.get("opening", ""))[:REASON_LIMIT], sections)


@dataclass(frozen=True)
class CaseFile:
    """The log and the reasons, as one value the session holds and a saved case keeps."""

    log: tuple[LogEntry, ...] = ()
    reasons: Reasons = field(default_factory=Reasons)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": CASE_FORMAT,
            "log": [entry.to_dict() for entry in self.log],
            "reasons": self.reasons.to_dict(),
        }

    @property
    def is_empty(self) -> bool:
        return not self.log and self.reasons.is_empty


def case_file_from(case: Mapping[str, Any]) -> CaseFile:
    """The log and reasons of a saved case's content (empty for a case saved before them)."""
    return CaseFile(entries_from(case.get("log")), reasons_from(case.get("reasons")))


def kinds_in(entries: Sequence[LogEntry]) -> set[str]:
    return {entry.kind for entry in entries}
