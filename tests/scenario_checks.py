"""Check a plan (as the contract's JSON) against a scenario's expectations."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


def load_scenarios() -> list[dict[str, Any]]:
    """The shared scenarios (copied from shared/spec) and the project's own."""
    scenarios: list[dict[str, Any]] = []
    for name in ("scenarios_shared.json", "scenarios_own.json"):
        scenarios.extend(json.loads((DATA / name).read_text(encoding="utf-8")))
    return scenarios


#: Expectations on the ``--format text`` plan (contract version 3).
TEXT_KEYS = ("text_includes", "text_excludes")


def wants_text(expect: dict[str, Any]) -> bool:
    """True when ``expect`` checks the text plan, so the caller must make one."""
    return any(key in expect for key in TEXT_KEYS)


def plan_failures(
    plan: dict[str, Any], expect: dict[str, Any], text: str | None = None
) -> list[str]:
    """Every way ``plan`` (and its text, ``text``) misses ``expect`` (empty when it meets it)."""
    ids = [route["id"] for route in plan["routes"]]
    notes = [note["id"] for note in plan["notes"]]
    dates = {deadline["id"]: deadline["date"] for deadline in plan["deadlines"]}
    contacts = plan["contacts"]
    failures = []
    if "first_route" in expect and (not ids or ids[0] not in expect["first_route"]):
        failures.append(f"first route {ids[:1]} not in {expect['first_route']}")
    failures += [f"missing route {r}" for r in expect.get("routes_include", []) if r not in ids]
    failures += [f"unexpected route {r}" for r in expect.get("routes_exclude", []) if r in ids]
    for first, second in expect.get("routes_before", []):
        if first not in ids or second not in ids or ids.index(first) > ids.index(second):
            failures.append(f"{first} should come before {second} in {ids}")
    failures += [f"missing note {n}" for n in expect.get("notes_include", []) if n not in notes]
    failures += [f"unexpected note {n}" for n in expect.get("notes_exclude", []) if n in notes]
    for key, date in expect.get("deadlines", {}).items():
        if dates.get(key) != date:
            failures.append(f"deadline {key} is {dates.get(key)}, expected {date}")
    names = [contact["name"] for contact in contacts]
    wanted = expect.get("contacts_any_name")
    if wanted and not any(w in name for w in wanted for name in names):
        failures.append(f"no contact named like {wanted} in {names}")
    phones = {contact["phone"] for contact in contacts}
    failures += [
        f"missing phone {p}" for p in expect.get("contacts_all_phones", []) if p not in phones
    ]
    if "contacts_areas_only" in expect:
        areas = {contact["local_authority"] for contact in contacts}
        if not areas <= set(expect["contacts_areas_only"]):
            failures.append(f"contact areas {areas} beyond {expect['contacts_areas_only']}")
    if expect.get("warnings") is True and not plan["warnings"]:
        failures.append("expected at least one warning")
    return failures + _v2_failures(plan, expect) + _v3_failures(plan, expect, text)


def _v2_failures(plan: dict[str, Any], expect: dict[str, Any]) -> list[str]:
    """The expectations version 2 of the contract adds."""
    failures = []
    if "urgent_deadline" in expect:
        urgent = plan["urgent"]["deadline"] if plan["urgent"] else None
        if urgent != expect["urgent_deadline"]:
            failures.append(f"urgent is {urgent}, expected {expect['urgent_deadline']}")
    for word in expect.get("no_warning_mentions", []):
        failures += [
            f"warning mentions {word!r}: {warning}"
            for warning in plan["warnings"]
            if word.casefold() in warning.casefold()
        ]
    return failures


def _flat(text: str) -> str:
    """Text compared ignoring case and line breaks (the text plan wraps at 78 columns)."""
    return re.sub(r"\s+", " ", text).casefold()


def _v3_failures(plan: dict[str, Any], expect: dict[str, Any], text: str | None) -> list[str]:
    """The expectations version 3 of the contract adds."""
    deadlines = {deadline["id"]: deadline for deadline in plan["deadlines"]}
    failures = [
        f"unexpected deadline {d}" for d in expect.get("deadlines_absent", []) if d in deadlines
    ]
    for wanted in expect.get("deadlines_uncertain", []):
        if wanted not in deadlines:
            failures.append(f"no deadline {wanted} to be uncertain")
        elif deadlines[wanted]["uncertain"] is not True:
            failures.append(f"deadline {wanted} is not marked uncertain")
    if not wants_text(expect):
        return failures
    if text is None:
        return [*failures, "the scenario checks the text plan, but none was given"]
    flat = _flat(text)
    failures += [
        f"the text plan lacks {w!r}"
        for w in expect.get("text_includes", [])
        if _flat(w) not in flat
    ]
    failures += [
        f"the text plan has {w!r}" for w in expect.get("text_excludes", []) if _flat(w) in flat
    ]
    return failures
