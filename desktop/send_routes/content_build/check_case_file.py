"""The content check's case-file part: letter kinds, wording rules, appeal forms, reasons.

A letter kind's ``answer`` must name a date key; one the answers contract does not know yet
is allowed (a newer contract is being written at the same time), because the app only fills
keys it knows and simply logs the letter otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from send_routes.content_build.check_common import Problem, duplicates
from send_routes.content_build.check_deadlines import condition_problems
from send_routes.content_build.content_files import ContentFiles
from send_routes.content_build.yaml_lines import line_of

FILE = "case_file.yaml"


def check_case_file(files: ContentFiles, source_ids: set[str]) -> Iterator[Problem]:
    path = files.path(FILE)
    data = files.data.get(FILE) or {}
    if not isinstance(data, dict):
        yield Problem(path, 1, "case_file.yaml must be a mapping")
        return

    def sourced(item: Any, what: str, sources: Any = None) -> Iterator[Problem]:
        listed = item.get("sources") if sources is None else sources
        if not listed:
            yield Problem(path, line_of(item, 1), f"{what} has no sources")
        for source in listed or []:
            if source not in source_ids:
                yield Problem(path, line_of(item, 1), f"unknown source id '{source}' in {what}")

    kinds = data.get("letter_kinds") or []
    if not kinds:
        yield Problem(path, 1, "case_file.yaml needs 'letter_kinds'")
    yield from duplicates([(str(k.get("id")), line_of(k, 1)) for k in kinds], path, "letter kind")
    forms = (data.get("appeal_forms") or {}).get("forms") or []
    attachments = {str(a.get("id")) for form in forms for a in form.get("attachments") or []}
    for kind in kinds:
        line = line_of(kind, 1)
        for field in ("id", "label", "means"):
            if not kind.get(field):
                yield Problem(path, line, f"letter kind '{kind.get('id')}' needs '{field}'")
        yield from sourced(kind, f"letter kind '{kind.get('id')}'")
        answer = str(kind.get("answer", ""))
        if answer and not answer.endswith("_date"):
            yield Problem(path, line, f"letter kind answer '{answer}' is not a date key")
        attachment = kind.get("attachment")
        if attachment and attachment not in attachments:
            yield Problem(path, line, f"letter kind attachment '{attachment}' is on no form")
    late = data.get("late_arrival") or {}
    if not isinstance(late.get("days"), int) or late["days"] < 1 or not late.get("text"):
        yield Problem(path, line_of(late, 1), "late_arrival needs whole-number 'days' and 'text'")
    yield from _check_wording(path, data.get("wording") or {}, sourced)
    for form in forms:
        yield from sourced(form, f"appeal form '{form.get('id')}'")
        yield from condition_problems(path, line_of(form, 1), form.get("when"))
        if not form.get("attachments") or not form.get("attachments_section"):
            yield Problem(path, line_of(form, 1), "an appeal form needs its attachments")
    if not forms:
        yield Problem(path, 1, "case_file.yaml needs 'appeal_forms' with 'forms'")
    for section in (data.get("reasons") or {}).get("sections") or []:
        yield from sourced(section, f"reasons section '{section.get('id')}'")


def _check_wording(path: Any, wording: dict[str, Any], sourced: Any) -> Iterator[Problem]:
    rules = wording.get("rules") or []
    if not rules:
        yield Problem(path, line_of(wording, 1), "the wording check needs 'rules'")
    yield from duplicates([(str(r.get("id")), line_of(r, 1)) for r in rules], path, "wording rule")
    for rule in rules:
        if not rule.get("phrases") or not rule.get("question"):
            yield Problem(path, line_of(rule, 1), "a wording rule needs 'phrases' and 'question'")
        yield from sourced(rule, f"wording rule '{rule.get('id')}'")
    for key in ("who", "how_often", "how_long"):
        detail = wording.get(key)
        if not isinstance(detail, dict) or not detail.get("words") or not detail.get("question"):
            yield Problem(path, line_of(wording, 1), f"the wording check needs '{key}'")
            continue
        yield from sourced(detail, f"wording '{key}'")
