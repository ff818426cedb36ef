"""The answers contract (version 3): parse and validate a family's answers.

The vocabulary lives in ``contract.py``. Every version-1 answers file stays valid and means
the same. Which areas have local details is the content's business, not this module's:
``Answers.with_areas`` tells a set of answers which area ids the content covers.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from send_routes.core.contract import ALL_KEYS as ALL_KEYS
from send_routes.core.contract import CHOICES as CHOICES
from send_routes.core.contract import DATE_KEYS as DATE_KEYS
from send_routes.core.contract import DEADLINE_IDS as DEADLINE_IDS
from send_routes.core.contract import DISAGREE_WITH as DISAGREE_WITH
from send_routes.core.contract import INTEGER_KEYS as INTEGER_KEYS
from send_routes.core.contract import ISSUES as ISSUES
from send_routes.core.contract import KNOWN_AREAS as KNOWN_AREAS
from send_routes.core.contract import LISTS as LISTS
from send_routes.core.contract import NOTE_IDS as NOTE_IDS
from send_routes.core.contract import REQUIRED as REQUIRED
from send_routes.core.contract import ROLES as ROLES
from send_routes.core.contract import ROUTE_IDS as ROUTE_IDS
from send_routes.core.contract import SETTINGS as SETTINGS
from send_routes.core.contract import STAGES as STAGES
from send_routes.core.contract import TRIED as TRIED
from send_routes.core.contract import keys_in_words
from send_routes.core.contract import vocabulary as vocabulary
from send_routes.fileio.clip import clip_repr

#: Single-choice keys that are optional (the required ones are role, setting and stage).
OPTIONAL_CHOICES = ("age_band", "school_type", "exclusion_kind", "phase_transfer")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Words the contract says to drop from an area's name ("city" too, for "Leicester City").
AREA_NOISE = re.compile(r"\b(?:city of|council|county|city)\b")


class AnswersError(ValueError):
    """The answers break the contract. The message names the key and the allowed values."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


class DateTooLate(AnswersError):
    """A real date the contract allows, but too late for SEND Routes to count from: the
    limit is the app's, so the message says so rather than calling the answers invalid."""


def area_id(name: str) -> str:
    """An area's name as the contract writes it.

    "Brighton and Hove City Council" becomes ``brighton_and_hove``.
    """
    text = name.casefold().replace("&", " and ")
    text = AREA_NOISE.sub(" ", text)
    text = re.sub(r"[^\w]+", "_", text)
    return text.strip("_")


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
    choices: Mapping[str, str] = field(default_factory=dict)
    numbers: Mapping[str, int] = field(default_factory=dict)
    known_areas: frozenset[str] = frozenset(KNOWN_AREAS)

    def with_areas(self, areas: Collection[str]) -> Answers:
        """The same answers, judging the area against the ids the content covers."""
        return replace(self, known_areas=frozenset(areas))

    @cached_property
    def area_key(self) -> str:
        """The area as the contract writes it, whether or not the content covers it."""
        return area_id(self.local_authority)

    @property
    def area(self) -> str:
        """The area id if it is one the content covers, otherwise ``""``."""
        key = self.area_key
        return key if key in self.known_areas else ""

    @property
    def age_band(self) -> str:
        """The age band given, or ``16_to_25`` for a young person (the contract says so)."""
        given = self.choices.get("age_band", "")
        return "16_to_25" if self.role == "young_person" else given

    def value(self, key: str) -> str | tuple[str, ...] | dt.date | int | None:
        """The answer for ``key`` in the contract's vocabulary, or None when not given."""
        if key in DATE_KEYS:
            return self.dates.get(key)
        if key in INTEGER_KEYS:
            return self.numbers.get(key)
        if key == "age_band":
            return self.age_band or None
        if key in OPTIONAL_CHOICES:
            return self.choices.get(key)
        if key == "local_authority":
            return self.area or ("other" if self.area_key else None)
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
        data.update({key: self.choices[key] for key in OPTIONAL_CHOICES if key in self.choices})
        data.update({k: self.dates[k].isoformat() for k in DATE_KEYS if k in self.dates})
        data.update({key: self.numbers[key] for key in INTEGER_KEYS if key in self.numbers})
        return data


def _allowed(values: tuple[str, ...]) -> str:
    return ", ".join(values)


def _parse_choice(key: str, raw: object) -> str:
    allowed = CHOICES[key]
    if not isinstance(raw, str) or raw not in allowed:
        raise AnswersError(
            key, f"'{key}' must be one of: {_allowed(allowed)} (got {clip_repr(raw)})."
        )
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
            got = clip_repr(item)
            raise AnswersError(
                key, f"'{key}' has an unknown value {got}; allowed values: {_allowed(allowed)}."
            )
        if item not in chosen:
            chosen.append(item)
    return tuple(chosen)


#: Deadlines run up to a few years past a date; later than this, Python's dates overflow.
LAST_COUNTABLE_YEAR = 9000


def parse_date(key: str, raw: object) -> dt.date:
    """A date written exactly ``YYYY-MM-DD`` (not week dates, not ``20260101``)."""
    if isinstance(raw, str) and ISO_DATE.match(raw):
        try:
            day = dt.date.fromisoformat(raw)
        except ValueError:
            pass
        else:
            if day.year > LAST_COUNTABLE_YEAR:
                raise DateTooLate(
                    key,
                    f"SEND Routes cannot count deadlines from '{key}' {raw}: it is too far in "
                    f"the future (after the year {LAST_COUNTABLE_YEAR}). Check the date on the "
                    "letter.",
                )
            return day
    raise AnswersError(
        key, f"'{key}' must be a real date written YYYY-MM-DD (got {clip_repr(raw)})."
    )


def parse_integer(key: str, raw: object) -> int:
    """A whole number in the key's range; true/false, 3.0 and "3" are refused."""
    low, high = INTEGER_KEYS[key]
    if isinstance(raw, int) and not isinstance(raw, bool) and low <= raw <= high:
        return raw
    raise AnswersError(
        key, f"'{key}' must be a whole number from {low} to {high} (got {clip_repr(raw)})."
    )


def _parse_area(raw: object) -> str:
    if not isinstance(raw, str):
        raise AnswersError(
            "local_authority",
            "'local_authority' must be text: the name of the local authority, such as "
            f"{_allowed(KNOWN_AREAS)} or kent (got {clip_repr(raw)}).",
        )
    return raw.strip()


def _parse_optional_choices(raw: Mapping[str, Any], role: str) -> dict[str, str]:
    chosen = {key: _parse_choice(key, raw[key]) for key in OPTIONAL_CHOICES if key in raw}
    if role == "young_person" and chosen.get("age_band") == "under_16":
        raise AnswersError(
            "age_band",
            "'age_band' cannot be under_16 when 'role' is young_person: a young person is "
            "16 to 25. Use age_band 16_to_25, or role parent_carer or adviser.",
        )
    return chosen


def parse_answers(raw: object) -> Answers:
    """Validate ``raw`` (a decoded JSON object) against the contract.

    Raises AnswersError for the first problem found; nothing is built from half-valid answers.
    """
    if not isinstance(raw, Mapping):
        raise AnswersError("answers", "The answers must be a JSON object with keys such as 'role'.")
    unknown = sorted(str(key) for key in raw if key not in ALL_KEYS)
    if unknown:
        raise AnswersError(
            unknown[0], f"Unknown key {clip_repr(unknown[0], 40)}; allowed keys: {keys_in_words()}."
        )
    for key in REQUIRED:
        if key not in raw:
            raise AnswersError(key, f"'{key}' is required. {_hint_for(key)}")
    role = _parse_choice("role", raw["role"])
    return Answers(
        role=role,
        setting=_parse_choice("setting", raw["setting"]),
        stage=_parse_choice("stage", raw["stage"]),
        disagree_with=_parse_list("disagree_with", raw["disagree_with"]),
        issues=_parse_list("issues", raw["issues"]),
        tried=_parse_list("tried", raw.get("tried", [])),
        local_authority=_parse_area(raw.get("local_authority", "")),
        dates={key: parse_date(key, raw[key]) for key in DATE_KEYS if key in raw},
        choices=_parse_optional_choices(raw, role),
        numbers={key: parse_integer(key, raw[key]) for key in INTEGER_KEYS if key in raw},
    )


def _hint_for(key: str) -> str:
    if key in CHOICES:
        return f"Allowed values: {_allowed(CHOICES[key])}."
    if key in LISTS:
        return f"Give a list of: {_allowed(LISTS[key][0])}."
    return ""


def _kept(parse: Any, key: str, value: object) -> Any:
    try:
        return parse(key, value)
    except AnswersError:
        return None


def partial_answers(raw: Mapping[str, Any]) -> Answers:
    """Answers collected so far, keeping only valid entries, for deciding what to ask next.

    Unlike ``parse_answers`` this never raises: a wizard half way through has gaps. The
    wizard asks this of the same answers for every question and option it weighs (about
    thirty times a page), so the result is kept for the last few sets of answers.
    """
    try:
        text = json.dumps(raw, sort_keys=True)
    except (TypeError, ValueError):  # not the contract's JSON: read it as it is
        return _partial(raw)
    return _partial_from_json(text)


@functools.lru_cache(maxsize=32)
def _partial_from_json(text: str) -> Answers:
    return _partial(json.loads(text))


def _partial(raw: Mapping[str, Any]) -> Answers:

    def chosen(key: str) -> tuple[str, ...]:
        values = raw.get(key)
        allowed = LISTS[key][0]
        if not isinstance(values, list | tuple):
            return ()
        return tuple(value for value in values if value in allowed)

    choices = {key: _kept(_parse_choice, key, raw.get(key)) for key in CHOICES}
    dates = {key: _kept(parse_date, key, raw.get(key)) for key in DATE_KEYS}
    numbers = {key: _kept(parse_integer, key, raw.get(key)) for key in INTEGER_KEYS}
    area = raw.get("local_authority")
    return Answers(
        role=choices.pop("role") or "",
        setting=choices.pop("setting") or "",
        stage=choices.pop("stage") or "",
        disagree_with=chosen("disagree_with"),
        issues=chosen("issues"),
        tried=chosen("tried"),
        local_authority=area.strip() if isinstance(area, str) else "",
        dates={key: day for key, day in dates.items() if day is not None},
        choices={key: value for key, value in choices.items() if value is not None},
        numbers={key: number for key, number in numbers.items() if number is not None},
    )
