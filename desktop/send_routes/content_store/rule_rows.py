"""Rows of the content database as the engine's rules and texts.

Pure functions, one row in and one rule out, so ``content.py`` is only about reading.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from send_routes.core.guidance import (
    CountRule,
    DeadlineRule,
    DeadlineWording,
    Fragment,
    NoteRule,
    RankRule,
    RouteRule,
    Statement,
    TimeFirst,
    Urgency,
)
from send_routes.core.letters import LetterTemplate
from send_routes.core.questions import Option, wordings_from


def load(value: str) -> Any:
    return json.loads(value)


def fragments(value: str) -> tuple[Fragment, ...]:
    return tuple(
        Fragment(
            item["text"],
            item.get("when") or {},
            tuple(item.get("sources") or []),
            bool(item.get("first")),
            item.get("when_deadline") or {},
        )
        for item in load(value)
    )


def deadline_wording(item: dict[str, Any]) -> DeadlineWording:
    return DeadlineWording(
        when=item.get("when") or {},
        label=item.get("label", ""),
        rule=item.get("rule", ""),
        action=item.get("action", ""),
        uncertain_text=item.get("uncertain_text", ""),
        passed_text=item.get("passed_text", ""),
        passed_warning=item.get("passed_warning", ""),
        not_working_day_text=item.get("not_working_day_text", ""),
        sources=tuple(item.get("sources") or ()),
    )


def count_rule(count: dict[str, Any]) -> CountRule:
    on = count.get("month_day")
    return CountRule(
        count["from"],
        count.get("months", 0),
        count.get("weeks", 0),
        count.get("days", 0),
        (int(on[0]), int(on[1])) if on else None,
        count.get("when") or {},
        int(count.get("school_days", 0)),
    )


def urgency(data: dict[str, Any]) -> Urgency:
    return Urgency(
        threshold_days=int(data.get("threshold_days", 28)),
        soon=data.get("soon", ""),
        today=data.get("today", ""),
        passed=data.get("passed", ""),
        maybe_later=data.get("maybe_later", ""),
    )


def time_first(data: dict[str, Any] | list[dict[str, Any]]) -> tuple[TimeFirst, ...]:
    """The time-first rules: one mapping, or a list of them."""
    return tuple(_time_first(item) for item in (data if isinstance(data, list) else [data]))


def _time_first(data: dict[str, Any]) -> TimeFirst:
    return TimeFirst(
        deadlines=tuple(data.get("deadlines") or ()),
        unless=data.get("unless") or {},
        first=tuple((item["route"], item.get("when") or {}) for item in data.get("first") or []),
    )


def route_rule(row: sqlite3.Row) -> RouteRule:
    return RouteRule(
        id=row["id"],
        rank=row["rank"],
        applies_when=load(row["applies_when"]),
        rank_rules=tuple(RankRule(r["when"], r["rank"]) for r in load(row["rank_rules"])),
        why=fragments(row["why"]),
        extra_steps=fragments(row["extra_steps"]),
    )


def note_rule(row: sqlite3.Row) -> NoteRule:
    return NoteRule(
        id=row["id"],
        title=row["title"],
        text=row["text"],
        sources=tuple(load(row["sources"])),
        when=load(row["condition"]),
        with_routes=tuple(tuple(group) for group in load(row["with_routes"])),
    )


def deadline_rule(row: sqlite3.Row) -> DeadlineRule:
    return DeadlineRule(
        id=row["id"],
        label=row["label"],
        rule=row["rule"],
        sources=tuple(load(row["sources"])),
        counts=tuple(count_rule(c) for c in load(row["counts"])),
        when=load(row["condition"]),
        sen_holidays=bool(row["sen_holidays"]),
        working_day=bool(row["working_day"]),
        uncertain_text=row["uncertain_text"],
        passed_warning=row["passed_warning"],
        passed_text=row["passed_text"],
        always_uncertain=bool(row["always_uncertain"]),
        done_when=load(row["done_when"]),
        maybe_later_when=load(row["maybe_later_when"]),
        maybe_later_text=row["maybe_later_text"],
        action=row["action"],
        not_working_day_text=row["not_working_day_text"],
        variants=tuple(deadline_wording(item) for item in load(row["variants"])),
    )


def option(row: sqlite3.Row) -> Option:
    return Option(
        row["value"],
        row["label"],
        row["help"],
        young_person=load(row["young_person"]),
        show_if=load(row["show_if"]),
        variants=wordings_from(load(row["variants"])),
    )


def letter(row: sqlite3.Row) -> LetterTemplate:
    return LetterTemplate(
        id=row["id"],
        title=row["title"],
        to=row["recipient"],
        subject=row["subject"],
        paragraphs=tuple(load(row["paragraphs"])),
        attach=tuple(load(row["attach"])),
        send_to=tuple(
            Statement(item["text"], tuple(item["sources"])) for item in load(row["send_to"])
        ),
        sources=tuple(load(row["sources"])),
        when=load(row["condition"]),
        greeting=row["greeting"],
        closing=row["closing"],
    )
