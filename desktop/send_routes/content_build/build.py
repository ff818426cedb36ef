"""Build the content database from ``db/content/`` with sqlite-utils, deterministically.

The same sources always give the same content version and the same rows: nothing here
depends on the time, the machine or the order files happen to be listed in.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from send_routes.content_build.check import (
    OPTIONAL_ROUTE_SECTIONS,
    ROUTE_SECTIONS,
    Problem,
    check_content,
)
from send_routes.content_build.content_files import ContentFiles, read_content
from send_routes.content_build.councils import council_area
from send_routes.content_build.translation_rows import languages
from send_routes.content_build.versioning import content_version
from send_routes.content_store.schema import SCHEMA_VERSION
from send_routes.core.contact_fields import KINDS


class BuildError(Exception):
    """The content has problems; ``problems`` names each with its file and line."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the content")
        self.problems = problems


@dataclass(frozen=True)
class BuildResult:
    path: Path
    content_version: str
    counts: dict[str, int]


def _json(value: Any) -> str:
    return json.dumps(value if value is not None else {}, ensure_ascii=False, sort_keys=True)


def build_database(root: Path, schema: Path, out: Path) -> BuildResult:
    """Check the content in ``root`` and write the database to ``out`` atomically."""
    files = read_content(root)
    problems = check_content(files)
    if problems:
        raise BuildError(problems)
    version = content_version(root, schema)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".content-", suffix=".sqlite", dir=out.parent)
    os.close(handle)
    try:
        counts = _write(Path(temporary), files, schema.read_text(encoding="utf-8"), version)
        os.replace(temporary, out)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return BuildResult(out, version, counts)


def _write(path: Path, files: ContentFiles, schema: str, version: str) -> dict[str, int]:
    db = sqlite_utils.Database(path, recreate=True)
    db.conn.executescript(schema)
    tables: dict[str, list[dict[str, Any]]] = {
        "metadata": [
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            {"key": "content_version", "value": version},
            {"key": "release", "value": str(files.data["release.yaml"]["release"])},
            {"key": "reviewed_on", "value": str(files.data["release.yaml"]["reviewed_on"])},
        ],
        "sources": list(_sources(files.data["sources.yaml"])),
        "areas": list(_areas(files.data["local_authorities.yaml"], files.data["councils.yaml"])),
        "routes": list(_routes(files)),
        "route_statements": list(_route_statements(files)),
        "notes": list(_notes(files.data["notes.yaml"])),
        "deadline_rules": list(_deadlines(files.data["deadlines.yaml"])),
        "questions": list(_questions(files.data["questions.yaml"])),
        "question_options": list(_options(files.data["questions.yaml"])),
        "glossary": list(_glossary(files.data["glossary.yaml"])),
        "glossary_aliases": list(_aliases(files.data["glossary.yaml"])),
        "contacts": list(_contacts(files)),
        "engine_texts": list(_engine_texts(files)),
        "letters": list(_letters(files.data["letters.yaml"])),
        "languages": list(languages(files)),
    }
    with db.conn:
        for table, rows in tables.items():
            db[table].insert_all(rows)  # type: ignore[union-attr]
        _fill_search(db.conn, tables)
    db.conn.execute("PRAGMA journal_mode = DELETE")
    db.vacuum()
    db.conn.close()
    return {table: len(rows) for table, rows in tables.items()}


def _sources(data: dict[str, Any]) -> Iterable[dict[str, Any]]:
    for group, kind in (("seeds", "seed"), ("facts", "fact"), ("references", "reference")):
        for item in data.get(group) or []:
            yield {"id": item["id"], "kind": kind, "title": item["title"], "file": item.get("file")}


def _areas(data: dict[str, Any], councils: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """Every council by name (the four with their own statements keep them), then the
    fallback for somewhere else."""
    rich = {area["id"]: dict(area) for area in data.get("areas") or []}
    listed = [
        # An area with statements of its own says how to find help in its own words.
        {**council_area(council, councils["how_to_find"]), "find_local": [], **rich[council["id"]]}
        if council["id"] in rich
        else council_area(council, councils["how_to_find"])
        for council in councils.get("councils") or []
    ]
    areas = [*sorted(listed, key=lambda area: str(area["name"])), dict(data["fallback"])]
    for position, area in enumerate(areas):
        yield {
            "id": area["id"],
            "position": position,
            "name": area["name"],
            "council": area.get("council", ""),
            "sendiass": area.get("sendiass", ""),
            "is_fallback": int(position == len(areas) - 1),
            "data": _json(area),
        }


def _routes(files: ContentFiles) -> Iterable[dict[str, Any]]:
    texts = {route["id"]: route for route in files.routes.values()}
    for position, rule in enumerate(files.data["rules.yaml"]["routes"]):
        text = texts[rule["id"]]
        yield {
            "id": rule["id"],
            "position": position,
            "title": text["title"],
            "short": text["short"],
            "rank": rule["rank"],
            "applies_when": _json(rule.get("applies_when")),
            "rank_rules": _json(rule.get("rank_rules") or []),
            "why": _json(rule.get("why") or []),
            "extra_steps": _json(rule.get("extra_steps") or []),
        }


def _route_statements(files: ContentFiles) -> Iterable[dict[str, Any]]:
    for route in files.routes.values():
        for section in (*ROUTE_SECTIONS, *OPTIONAL_ROUTE_SECTIONS):
            for position, statement in enumerate(route.get(section) or []):
                yield {
                    "route_id": route["id"],
                    "section": section,
                    "position": position,
                    "text": statement["text"],
                    "sources": _json(statement["sources"]),
                }


def _notes(notes: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for position, note in enumerate(notes):
        yield {
            "id": note["id"],
            "position": position,
            "title": note["title"],
            "text": note["text"],
            "sources": _json(note["sources"]),
            "condition": _json(note.get("when")),
            "with_routes": _json(note.get("with_routes") or []),
        }


def _deadlines(data: dict[str, Any]) -> Iterable[dict[str, Any]]:
    for position, rule in enumerate(data["deadlines"]):
        yield {
            "id": rule["id"],
            "position": position,
            "label": rule["label"],
            "rule": rule["rule"],
            "sources": _json(rule["sources"]),
            "condition": _json(rule.get("when")),
            "counts": _json(rule["counts"]),
            "sen_holidays": int(bool(rule.get("sen_holidays"))),
            "working_day": int(bool(rule.get("working_day"))),
            "uncertain_text": rule.get("uncertain_text", ""),
            "passed_warning": rule.get("passed_warning", ""),
            "passed_text": rule.get("passed_text", ""),
            "always_uncertain": int(bool(rule.get("always_uncertain"))),
            "done_when": _json(rule.get("done_when")),
            "maybe_later_when": _json(rule.get("maybe_later_when")),
            "maybe_later_text": rule.get("maybe_later_text", ""),
            "action": rule.get("action", ""),
            "not_working_day_text": rule.get("not_working_day_text", ""),
            "variants": _json(rule.get("variants") or []),
        }


def _questions(questions: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for position, question in enumerate(questions):
        yield {
            "key": question["key"],
            "position": position,
            "kind": question["kind"],
            "required": int(bool(question.get("required"))),
            "text": question["text"],
            "hint": question["hint"],
            "letter": question.get("letter", ""),
            "skip_when": _json(question.get("skip_when")),
            "young_person": _json(question.get("young_person") or {}),
            "variants": _json(question.get("variants") or []),
        }


def _options(questions: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for question in questions:
        for position, option in enumerate(question.get("options") or []):
            yield {
                "question_key": question["key"],
                "position": position,
                "value": option["value"],
                "label": option["label"],
                "help": option["help"],
                "young_person": _json(option.get("young_person") or {}),
                "show_if": _json(option.get("show_if") or {}),
                "variants": _json(option.get("variants") or []),
            }


def _glossary(entries: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for entry in sorted(entries, key=lambda entry: str(entry["term"]).casefold()):
        yield {
            "term": entry["term"],
            "definition": entry["definition"],
            "sources": _json(entry["sources"]),
        }


def _aliases(entries: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for entry in entries:
        for alias in (entry["term"], *(entry.get("aliases") or [])):
            yield {"alias": str(alias), "term": entry["term"]}


def _contacts(files: ContentFiles) -> Iterable[dict[str, Any]]:
    for position, row in enumerate(files.contacts, start=1):
        values: dict[str, str | None] = dict(row.values)
        values["local_authority"] = values.get("local_authority") or None
        yield {"position": position, **values}


def _letters(data: dict[str, Any]) -> Iterable[dict[str, Any]]:
    for position, letter in enumerate(data["letters"]):
        yield {
            "id": letter["id"],
            "position": position,
            "title": letter["title"],
            "recipient": letter["to"],
            "subject": letter["subject"],
            "paragraphs": _json(letter["paragraphs"]),
            "attach": _json(letter["attach"]),
            "send_to": _json(letter["send_to"]),
            "sources": _json(letter["sources"]),
            "condition": _json(letter.get("when")),
            "greeting": data.get("greeting", ""),
            "closing": data.get("closing", ""),
        }


def _engine_texts(files: ContentFiles) -> Iterable[dict[str, Any]]:
    rules, deadlines = files.data["rules.yaml"], files.data["deadlines.yaml"]
    fallback = files.data["local_authorities.yaml"]["fallback"]
    values = {
        "case_file": files.data["case_file.yaml"] or {},
        "phrases": rules.get("phrases") or {},
        "tried_routes": rules.get("tried_routes") or {},
        "tried_why": rules.get("tried_why"),
        "warnings": deadlines.get("warnings") or {},
        "from_labels": deadlines.get("from_labels") or {},
        "urgency": deadlines.get("urgency") or {},
        "time_first": rules.get("time_first") or {},
        "fallback": dict(fallback),
        "easy_read": files.easy_read,
    }
    for key, value in values.items():
        yield {"key": key, "value": _json(value)}


def _fill_search(conn: sqlite3.Connection, tables: dict[str, list[dict[str, Any]]]) -> None:
    area_names = {area["id"]: area["name"] for area in tables["areas"]}
    conn.executemany(
        "INSERT INTO contacts_fts (rowid, name, kind_label, area, helps_with, note, area_id, kind)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                row["position"],
                f"{row['organisation']} {row['service']}",
                KINDS.get(row["kind"], row["kind"]),
                area_names.get(row["local_authority"] or "", "national England"),
                row["helps_with"],
                row["note"],
                row["local_authority"] or "",
                row["kind"],
            )
            for row in tables["contacts"]
        ],
    )
    statements: dict[str, list[str]] = {}
    for statement in tables["route_statements"]:
        statements.setdefault(statement["route_id"], []).append(statement["text"])
    conn.executemany(
        "INSERT INTO routes_fts (route_id, title, body) VALUES (?, ?, ?)",
        [(r["id"], r["title"], " ".join(statements.get(r["id"], []))) for r in tables["routes"]],
    )
    aliases: dict[str, list[str]] = {}
    for alias in tables["glossary_aliases"]:
        aliases.setdefault(alias["term"], []).append(alias["alias"])
    conn.executemany(
        "INSERT INTO glossary_fts (rowid, term, aliases, definition) VALUES (?, ?, ?, ?)",
        [
            (index, g["term"], " ".join(aliases.get(g["term"], [])), g["definition"])
            for index, g in enumerate(tables["glossary"], start=1)
        ],
    )
