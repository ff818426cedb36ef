"""The content check: every statement sourced, every id in the contract, every term defined.

Run by ``send-routes build-db`` (which refuses to build on any problem) and by the tests.
Each problem names the file and line it was found on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from send_routes.content_build.check_case_file import check_case_file
from send_routes.content_build.check_common import Problem as Problem
from send_routes.content_build.check_common import duplicates, walk, yaml_trees
from send_routes.content_build.check_contact_sources import check_worked_out_websites
from send_routes.content_build.check_deadlines import (
    area_ids,
    check_deadlines,
    check_time_first,
    condition_problems,
    contract_ids,
    deadline_state_problems,
    vocabulary,
)
from send_routes.content_build.check_easy_read import check_easy_read
from send_routes.content_build.check_glossary import check_glossary_use
from send_routes.content_build.check_questions import check_questions
from send_routes.content_build.check_translations import check_translations
from send_routes.content_build.content_files import CONTACTS_FILE, ContentFiles
from send_routes.content_build.councils import check_councils, check_release, council_ids
from send_routes.content_build.yaml_lines import LineDict, line_of
from send_routes.core.answers import (
    NOTE_IDS,
    ROUTE_IDS,
    area_id,
)
from send_routes.core.contact_fields import CONTACT_COLUMNS, row_problems, split_list
from send_routes.core.letters import LETTER_IDS, unknown_placeholders

ROUTE_SECTIONS = (
    "what_it_is",
    "when_it_fits",
    "cost",
    "who_runs",
    "steps",
    "prepare",
    "after",
    "combines",
)
#: Sections a route may have: ``find_first`` says how to find the route's contacts, in place
#: of its first step, when the plan has no way to reach them (core/contact_choice.py).
OPTIONAL_ROUTE_SECTIONS = ("find_first",)


def check_content(files: ContentFiles) -> list[Problem]:
    """Every problem in the content; an empty list means it can be built."""
    source_ids = _source_ids(files.data["sources.yaml"])
    checks: Iterable[Iterator[Problem]] = (
        _check_statements(files, source_ids),
        _check_routes(files),
        _check_rules(files),
        _check_notes(files),
        check_deadlines(files),
        check_questions(files),
        _check_areas(files),
        _check_contacts(files, source_ids),
        check_worked_out_websites(files, _sources_by_id(files.data["sources.yaml"])),
        _check_letters(files, source_ids),
        check_case_file(files, source_ids),
        check_glossary_use(files),
        check_councils(files, source_ids),
        check_release(files),
        check_easy_read(files, source_ids),
        check_translations(files),
    )
    return [problem for check in checks for problem in check]


def _source_ids(data: Any) -> set[str]:
    groups = ("seeds", "facts", "references")
    return {item["id"] for group in groups for item in (data or {}).get(group) or []}


def _sources_by_id(data: Any) -> dict[str, Any]:
    groups = ("seeds", "facts", "references")
    return {item["id"]: item for group in groups for item in (data or {}).get(group) or []}


def _check_statements(files: ContentFiles, source_ids: set[str]) -> Iterator[Problem]:
    """Statements (mappings with "text" outside the questions) need known sources."""
    for path, tree in yaml_trees(files):
        if path.name == "questions.yaml":
            continue
        for _, value, line in walk(tree):
            if not isinstance(value, dict):
                continue
            if isinstance(value, LineDict) and value.duplicate_keys:
                yield Problem(path, line_of(value, line), f"duplicate key {value.duplicate_keys}")
            sourced = "text" in value or "definition" in value or "rule" in value
            if not sourced:
                continue
            sources = value.get("sources")
            if not sources:
                yield Problem(path, line_of(value, line), "statement has no sources")
                continue
            for source in sources:
                if source not in source_ids:
                    yield Problem(path, line_of(value, line), f"unknown source id '{source}'")


def _check_routes(files: ContentFiles) -> Iterator[Problem]:
    found = []
    for path, route in files.routes.items():
        if not isinstance(route, dict):
            yield Problem(path, 1, "a route file must be a mapping")
            continue
        route_id = str(route.get("id", ""))
        found.append((route_id, line_of(route, 1)))
        if path.stem != route_id:
            yield Problem(path, 1, f"file name must match the route id '{route_id}'")
        for field in ("title", "short"):
            if not route.get(field):
                yield Problem(path, line_of(route, 1), f"route needs a '{field}'")
        for section in ROUTE_SECTIONS:
            if not isinstance(route.get(section), list) or not route[section]:
                yield Problem(path, line_of(route, 1), f"route needs statements in '{section}'")
    yield from contract_ids(found, ROUTE_IDS, files.root / "routes", "route id", every=True)


def _check_rules(files: ContentFiles) -> Iterator[Problem]:
    path = files.path("rules.yaml")
    data = files.data["rules.yaml"] or {}
    rules = data.get("routes") or []
    found = [(str(rule.get("id")), line_of(rule)) for rule in rules]
    yield from contract_ids(found, ROUTE_IDS, path, "route id", every=True)
    vocab = vocabulary(files)
    for rule in rules:
        if not isinstance(rule.get("rank"), int):
            yield Problem(path, line_of(rule), "a route rule needs a whole-number 'rank'")
        yield from condition_problems(path, line_of(rule), rule.get("applies_when"), vocab)
        for part in (
            *(rule.get("rank_rules") or []),
            *(rule.get("why") or []),
            *(rule.get("extra_steps") or []),
        ):
            yield from condition_problems(path, line_of(part), part.get("when"), vocab)
            yield from deadline_state_problems(path, line_of(part), part.get("when_deadline"))
    yield from check_time_first(path, data.get("time_first"), vocab)
    for value, routes in (data.get("tried_routes") or {}).items():
        if value not in vocab["tried"]:
            yield Problem(path, line_of(data), f"tried value '{value}' is not in the contract")
        for route in routes:
            if route not in ROUTE_IDS:
                yield Problem(path, line_of(data), f"route id '{route}' is not in the contract")


def _check_notes(files: ContentFiles) -> Iterator[Problem]:
    path = files.path("notes.yaml")
    notes = files.data["notes.yaml"] or []
    yield from contract_ids(
        [(str(n.get("id")), line_of(n)) for n in notes], NOTE_IDS, path, "note id", every=True
    )
    vocab = vocabulary(files)
    for note in notes:
        yield from condition_problems(path, line_of(note), note.get("when"), vocab)
        for group in note.get("with_routes") or []:
            for route in group:
                if route not in ROUTE_IDS:
                    yield Problem(path, line_of(note), f"route id '{route}' is not in the contract")


def _check_areas(files: ContentFiles) -> Iterator[Problem]:
    path = files.path("local_authorities.yaml")
    data = files.data["local_authorities.yaml"] or {}
    found = [(str(area.get("id")), line_of(area)) for area in data.get("areas") or []]
    yield from duplicates(found, path, "area id")
    for area, line in found:
        if area != area_id(area) or area == "other":
            yield Problem(path, line, f"area id '{area}' must be written as {area_id(area)!r}")
    fallback = data.get("fallback") or {}
    if fallback.get("id") != "other" or not fallback.get("find_local"):
        yield Problem(path, line_of(fallback, 1), "the fallback needs id 'other' and 'find_local'")


def _check_contacts(files: ContentFiles, source_ids: set[str]) -> Iterator[Problem]:
    path = files.path(CONTACTS_FILE)
    if tuple(files.contact_header) != CONTACT_COLUMNS:
        yield Problem(path, 1, f"the header must be: {','.join(CONTACT_COLUMNS)}")
    yield from duplicates(
        [(row.values.get("id", ""), row.line) for row in files.contacts], path, "contact id"
    )
    areas = set(area_ids(files)) | council_ids(files)
    for row in files.contacts:
        for message in row_problems(row.values, areas, set(ROUTE_IDS)):
            yield Problem(path, row.line, message)
        for source in split_list(row.values.get("source", "")):
            if source not in source_ids:
                yield Problem(path, row.line, f"unknown source id '{source}'")


def _check_letters(files: ContentFiles, source_ids: set[str]) -> Iterator[Problem]:
    path = files.path("letters.yaml")
    data = files.data["letters.yaml"] or {}
    letters = data.get("letters") or []
    found = [(str(letter.get("id")), line_of(letter)) for letter in letters]
    yield from contract_ids(found, LETTER_IDS, path, "letter id", every=True)
    for letter in letters:
        line = line_of(letter)
        for field in ("title", "to", "subject", "paragraphs", "attach", "send_to", "sources"):
            if not letter.get(field):
                yield Problem(path, line, f"letter '{letter.get('id')}' needs '{field}'")
        for source in letter.get("sources") or []:
            if source not in source_ids:
                yield Problem(path, line, f"unknown source id '{source}'")
        yield from condition_problems(path, line, letter.get("when"))
        for text in (letter.get("subject", ""), *(letter.get("paragraphs") or [])):
            for name in unknown_placeholders(str(text)):
                yield Problem(path, line, f"unknown placeholder '{{{name}}}' in a letter")
