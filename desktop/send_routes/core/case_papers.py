"""What the adviser's papers say: the chronology, the appeal checklist, the handover sheet.

Pure data made from the case log, the answers' plan and the content; ``export`` lays it
out as ODT, PDF and CSV. Every sentence comes from the content or from the plan, so the
papers say nothing the plan does not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from send_routes.core.answers import Answers
from send_routes.core.bidi import isolate
from send_routes.core.case_content import AppealForm, CaseFileContent, FormSection
from send_routes.core.case_log import LogEntry, late_arrival
from send_routes.core.conditions import holds
from send_routes.core.deadlines import long_date
from send_routes.core.plan import Plan, PlanDeadline


@dataclass(frozen=True)
class ChronologyRow:
    """One line of the chronology: date, who from, what, what it means."""

    date: str
    sender: str
    what: str
    means: str


def _counts_from(entry: LogEntry, origins: Mapping[str, LogEntry], plan: Plan | None) -> str:
    if plan is None:
        return ""
    counted = [d for d in plan.deadlines if origins.get(d.id) == entry]
    return " ".join(f"{d.label}: {long_date(d.date)}." for d in counted)


def chronology(
    entries: Sequence[LogEntry],
    content: CaseFileContent,
    plan: Plan | None = None,
    origins: Mapping[str, LogEntry] | None = None,
) -> list[ChronologyRow]:
    """The log as a dated table, oldest first, for mediation and the Tribunal (H48)."""
    rows = []
    for entry in entries:
        kind = content.kind(entry.kind)
        label = kind.label if kind else entry.kind
        day = entry.dated or entry.arrived
        what = f"{label}: {isolate(entry.note)}" if entry.note else label  # typed
        if entry.arrived and entry.dated and entry.arrived != entry.dated:
            what += f" (arrived {long_date(entry.arrived)})"
        means = " ".join(
            part
            for part in (
                kind.means if kind else "",
                _counts_from(entry, origins or {}, plan),
                late_arrival(entry, content.late),
            )
            if part
        )
        rows.append(
            ChronologyRow(long_date(day) if day else "No date", isolate(entry.sender), what, means)
        )
    return rows


@dataclass(frozen=True)
class ChecklistItem:
    """An attachment, and the logged letter that shows the family holds it (if any)."""

    text: str
    held: LogEntry | None


@dataclass(frozen=True)
class AppealChecklist:
    form: AppealForm
    items: tuple[ChecklistItem, ...]
    sections: tuple[FormSection, ...]
    #: Why section 5 is needed for this case (empty: it is not).
    section_5_because: tuple[str, ...]
    missing_text: str
    reason_sections: tuple[str, ...]


def appeal_form(answers: Answers, content: CaseFileContent) -> AppealForm | None:
    """The form the case's appeal uses: the first whose condition holds (H44)."""
    return next((form for form in content.forms if holds(form.when, answers)), None)


def reason_sections(answers: Answers) -> tuple[str, ...]:
    """The plan sections the reasons cover: B and F for its content, I for the placement."""
    found = []
    if "plan_content" in answers.issues:
        found += ["B", "F"]
    if "placement" in answers.issues:
        found.append("I")
    return tuple(found)


def _deadline(plan: Plan | None, deadline_id: str) -> PlanDeadline | None:
    if plan is None:
        return None
    return next((d for d in plan.deadlines if d.id == deadline_id), None)


def appeal_checklist(
    answers: Answers, entries: Sequence[LogEntry], content: CaseFileContent, plan: Plan | None
) -> AppealChecklist | None:
    """The form's sections and attachments, each ticked against the log (H44, H46)."""
    form = appeal_form(answers, content)
    if form is None:
        return None
    held: dict[str, LogEntry] = {}
    for entry in entries:
        kind = content.kind(entry.kind)
        if kind and kind.attachment:
            held[kind.attachment] = entry
    items = tuple(ChecklistItem(a.text, held.get(a.id)) for a in form.attachments)
    because = []
    appeal = _deadline(plan, "appeal")
    if appeal is not None and appeal.passed and not appeal.done:
        because.append(f"The last day for the appeal, {long_date(appeal.date)}, has passed.")
    has_certificate = "mediation_certificate" in held or "certificate_date" in answers.dates
    if not has_certificate:
        because.append("There is no mediation certificate in the case log or the answers.")
    return AppealChecklist(
        form=form,
        items=items,
        sections=form.sections,
        section_5_because=tuple(because),
        missing_text=content.missing_text,
        reason_sections=reason_sections(answers) if form.id != "SEND35a" else (),
    )
