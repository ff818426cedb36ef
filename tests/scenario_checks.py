"""Check a plan (as the contract's JSON) against a scenario's expectations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


def load_scenarios() -> list[dict[str, Any]]:
    """The shared scenarios (copied from shared/spec) and the project's own."""
    scenarios: list[dict[str, Any]] = []
    for name in ("scenarios_shared.json", "scenarios_own.json"):
        scenarios.extend(json.loads((DATA / name).read_text(encoding="utf-8")))
    return scenarios


def plan_failures(plan: dict[str, Any], expect: dict[str, Any]) -> list[str]:
    """Every way ``plan`` misses ``expect`` (an empty list when it meets it)."""
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
    return failures + _v2_failures(plan, expect)


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
