"""The answers contract (version 1): parse and validate a family's answers.

The vocabulary here is the contract in ``shared/spec/answers.md``; it is code, not
content, because every other part of the product (window, command line, saved cases,
scenario files) depends on it staying exactly as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ROLES = ("parent_carer", "young_person", "adviser")
SETTINGS = ("early_years", "school", "college", "none", "not_sure")
STAGES = (
    "sen_support",
    "assessment_requested",
    "assessment",
    "draft_plan",
    "plan",
    "review",
    "not_sure",
)
DISAGREE_WITH = ("setting", "local_authority", "health", "social_care")
ISSUES = (
    "setting_provision",
    "setting_duties",
    "exclusion",
    "refused_assessment",
    "refused_plan",
    "plan_content",
    "placement",
    "health_care",
    "social_care",
    "refused_amend",
    "cease_plan",
    "la_duties",
    "not_sure",
)
TRIED = (
    "talked_to_setting",
    "talked_to_la",
    "sendiass",
    "disagreement_resolution",
    "mediation",
    "complaint",
    "appeal",
)
KNOWN_AREAS = ("worcestershire", "leicester", "shropshire", "dudley")
DATE_KEYS = ("decision_date", "certificate_date", "request_date", "review_meeting_date")

ROUTE_IDS = (
    "talk_to_setting",
    "talk_to_la",
    "sendiass",
    "informal_resolution",
    "disagreement_resolution",
    "mediation",
    "tribunal_appeal",
    "complaint_setting",
    "complaint_la",
    "ombudsman",
    "exclusion_review",
    "health_complaint",
)
DEADLINE_IDS = ("appeal", "assessment_decision", "final_plan", "review_decision")
NOTE_IDS = (
    "dr_voluntary",
    "dr_free",
    "dr_no_effect_on_appeal",
    "routes_can_combine",
    "mediation_before_appeal",
    "mediation_not_needed_placement_only",
    "la_must_attend_mediation",
)

#: Allowed values of each single-choice key.
CHOICES: dict[str, tuple[str, ...]] = {
    "role": ROLES,
    "setting": SETTINGS,
    "stage": STAGES,
}
#: Allowed values of each list key, and whether the list may be empty.
LISTS: dict[str, tuple[tuple[str, ...], bool]] = {
    "disagree_with": (DISAGREE_WITH, False),
    "issues": (ISSUES, False),
    "tried": (TRIED, True),
}
REQUIRED = ("role", "setting", "stage", "disagree_with", "issues")
ALL_KEYS = (*CHOICES, *LISTS, "local_authority", *DATE_KEYS)


class AnswersError(ValueError):
    """The answers break the contract. The message names the key and the allowed values."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class Answers:
    """A family's validated answers, in the contract's vocabulary."""

    role: str
    setting: str
    stage: str
    disagree_with: tuple[str, ...]
    issues: tuple[str, ...]
    tried: tuple[str, ...] = ()
    local_authority: str = ""
    dates: Mapping[str, dt.date] = field(default_factory=dict)

    @property
    def area(self) -> str:
        """The area id if it is one the content covers, otherwise ``""``."""
        area = self.local_authority.strip().casefold()
        return area if area in KNOWN_AREAS else ""

    def value(self, key: str) -> str | tuple[str, ...] | dt.date | None:
        """The answer for ``key`` in the contract's vocabulary, or None when not given."""
        if key in DATE_KEYS:
            return self.dates.get(key)
        if key == "local_authority":
            return self.area or ("other" if self.local_authority.strip() else None)
        result: str | tuple[str, ...] = getattr(self, key)
        return result

    def to_dict(self) -> dict[str, Any]:
        """The answers as the contract's JSON object (optional keys only when given)."""
        data: dict[str, Any] = {
            "role": self.role,
            "setting": self.setting,
            "stage": self.stage,
            "disagree_with": list(self.disagree_with),
            "issues": list(self.issues),
        }
        if self.tried:
            data["tried"] = list(self.tried)
        if self.local_authority:
            data["local_authority"] = self.local_authority
        for key in DATE_KEYS:
            if key in self.dates:
                data[key] = self.dates[key].isoformat()
        return data


def _allowed(values: tuple[str, ...]) -> str:
    return ", ".join(values)


def _parse_choice(key: str, raw: object) -> str:
    allowed = CHOICES[key]
    if not isinstance(raw, str) or raw not in allowed:
        raise AnswersError(key, f"'{key}' must be one of: {_allowed(allowed)} (got {raw!r}).")
    return raw


def _parse_list(key: str, raw: object) -> tuple[str, ...]:
    allowed, may_be_empty = LISTS[key]
    if not isinstance(raw, list):
        raise AnswersError(
            key, f"'{key}' must be a list of: {_allowed(allowed)} (got {type(raw).__name__})."
        )
    if not raw and not may_be_empty:
        raise AnswersError(key, f"'{key}' needs at least one of: {_allowed(allowed)}.")
    chosen: list[str] = []
    for item in raw:
        if not isinstance(item, str) or item not in allowed:
            raise AnswersError(
                key, f"'{key}' has an unknown value {item!r}; allowed values: {_allowed(allowed)}."
            )
        if item not in chosen:
            chosen.append(item)
    return tuple(chosen)


def _parse_date(key: str, raw: object) -> dt.date:
    if isinstance(raw, str) and len(raw) == 10:
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            pass
    raise AnswersError(key, f"'{key}' must be a real date written YYYY-MM-DD (got {raw!r}).")


def _parse_area(raw: object) -> str:
    if not isinstance(raw, str):
        raise AnswersError(
            "local_authority",
            "'local_authority' must be text: one of "
            f"{_allowed(KNOWN_AREAS)}, or the name of another area (got {raw!r}).",
        )
    return raw.strip()


def parse_answers(raw: object) -> Answers:
    """Validate ``raw`` (a decoded JSON object) against the contract.

    Raises AnswersError for the first problem found; nothing is built from half-valid answers.
    """
    if not isinstance(raw, Mapping):
        raise AnswersError("answers", "The answers must be a JSON object with keys such as 'role'.")
    unknown = sorted(str(key) for key in raw if key not in ALL_KEYS)
    if unknown:
        raise AnswersError(
            unknown[0], f"Unknown key '{unknown[0]}'; allowed keys: {_allowed(ALL_KEYS)}."
        )
    for key in REQUIRED:
        if key not in raw:
            raise AnswersError(key, f"'{key}' is required. {_hint_for(key)}")
    dates = {key: _parse_date(key, raw[key]) for key in DATE_KEYS if key in raw}
    return Answers(
        role=_parse_choice("role", raw["role"]),
        setting=_parse_choice("setting", raw["setting"]),
        stage=_parse_choice("stage", raw["stage"]),
        disagree_with=_parse_list("disagree_with", raw["disagree_with"]),
        issues=_parse_list("issues", raw["issues"]),
        tried=_parse_list("tried", raw.get("tried", [])),
        local_authority=_parse_area(raw.get("local_authority", "")),
        dates=dates,
    )


def _hint_for(key: str) -> str:
    if key in CHOICES:
        return f"Allowed values: {_allowed(CHOICES[key])}."
    if key in LISTS:
        return f"Give a list of: {_allowed(LISTS[key][0])}."
    return ""


def vocabulary() -> dict[str, tuple[str, ...]]:
    """Every key the contract knows, with its allowed values (empty for free text and dates)."""
    vocab: dict[str, tuple[str, ...]] = dict(CHOICES)
    vocab.update({key: values for key, (values, _) in LISTS.items()})
    vocab["local_authority"] = (*KNOWN_AREAS, "other")
    vocab.update({key: () for key in DATE_KEYS})
    return vocab


def partial_answers(raw: Mapping[str, Any]) -> Answers:
    """Answers collected so far, keeping only valid entries, for deciding what to ask next.

    Unlike ``parse_answers`` this never raises: a wizard half way through has gaps.
    """

    def choice(key: str) -> str:
        value = raw.get(key)
        return value if isinstance(value, str) and value in CHOICES[key] else ""

    def chosen(key: str) -> tuple[str, ...]:
        values = raw.get(key)
        allowed = LISTS[key][0]
        if not isinstance(values, list | tuple):
            return ()
        return tuple(value for value in values if value in allowed)

    dates = {}
    for key in DATE_KEYS:
        try:
            dates[key] = _parse_date(key, raw.get(key))
        except AnswersError:
            continue
    area = raw.get("local_authority")
    return Answers(
        role=choice("role"),
        setting=choice("setting"),
        stage=choice("stage"),
        disagree_with=chosen("disagree_with"),
        issues=chosen("issues"),
        tried=chosen("tried"),
        local_authority=area.strip() if isinstance(area, str) else "",
        dates=dates,
    )
