"""Properties over generated answers: valid ones always plan, invalid ones always refuse."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import (
    ALL_KEYS,
    CHOICES,
    DATE_KEYS,
    DISAGREE_WITH,
    INTEGER_KEYS,
    ISSUES,
    KNOWN_AREAS,
    ROLES,
    ROUTE_IDS,
    SETTINGS,
    STAGES,
    TRIED,
    AnswersError,
    parse_answers,
)
from send_routes.core.contract import DEADLINE_IDS, MUST_MEET
from send_routes.core.planner import make_plan
from send_routes.fileio.clip import clip_repr

dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2060, 12, 31))
valid_answers = st.fixed_dictionaries(
    {
        "role": st.sampled_from(ROLES),
        "setting": st.sampled_from(SETTINGS),
        "stage": st.sampled_from(STAGES),
        "disagree_with": st.lists(st.sampled_from(DISAGREE_WITH), min_size=1, unique=True),
        "issues": st.lists(st.sampled_from(ISSUES), min_size=1, unique=True),
    },
    optional={
        "tried": st.lists(st.sampled_from(TRIED), unique=True),
        "local_authority": st.one_of(
            st.sampled_from((*KNOWN_AREAS, "Kent County Council", "city of bristol")),
            st.text(max_size=40),
        ),
        **{key: dates.map(dt.date.isoformat) for key in DATE_KEYS},
        "age_band": st.sampled_from(CHOICES["age_band"]),
        "school_type": st.sampled_from(CHOICES["school_type"]),
        "exclusion_kind": st.sampled_from(CHOICES["exclusion_kind"]),
        "phase_transfer": st.sampled_from(CHOICES["phase_transfer"]),
        **{key: st.integers(low, high) for key, (low, high) in INTEGER_KEYS.items()},
    },
).filter(lambda raw: not (raw["role"] == "young_person" and raw.get("age_band") == "under_16"))
#: Every text some key accepts: junk must not be one of them.
ALLOWED_TEXT = {value for values in CHOICES.values() for value in values} | {*ISSUES, *TRIED}
SETTINGS_FAST = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS_FAST
@given(raw=valid_answers, today=dates)
def test_any_valid_answers_give_a_plan_with_at_least_one_route(
    content: ContentStore, raw: dict[str, Any], today: dt.date
) -> None:
    plan = make_plan(content.guidance, parse_answers(raw), today)
    assert plan.routes
    assert all(route.id in ROUTE_IDS for route in plan.routes)
    assert len({route.id for route in plan.routes}) == len(plan.routes)
    area = plan.answers.area
    assert all(contact.local_authority in ("", area) for contact in plan.contacts)
    data = plan.to_dict()
    assert data["schema"] == 2 and data["today"] == today.isoformat()
    for deadline in data["deadlines"]:
        assert deadline["id"] in DEADLINE_IDS
        assert deadline["days_left"] == (dt.date.fromisoformat(deadline["date"]) - today).days
        assert deadline["passed"] == (deadline["days_left"] < 0)
    urgent = data["urgent"]
    if urgent is not None:
        assert urgent["deadline"] in MUST_MEET and urgent["days_left"] <= 28 and urgent["text"]
        assert any(d["id"] == urgent["deadline"] for d in data["deadlines"])


@SETTINGS_FAST
@given(
    raw=valid_answers,
    key=st.sampled_from(ALL_KEYS),
    junk=st.one_of(
        st.integers(),
        st.none(),
        st.booleans(),
        st.floats(allow_nan=False),
        st.sampled_from(["2026-W47-4", "20260101", "2026-02-30", "Kent"]),
        st.text(max_size=20).filter(lambda t: t not in ALLOWED_TEXT),
        st.lists(st.integers(), min_size=1),
    ),
)
def test_a_corrupted_answer_is_refused_with_the_contract_error(
    raw: dict[str, Any], key: str, junk: object
) -> None:
    if key == "local_authority" and isinstance(junk, str):
        return  # any text names an area
    if key in INTEGER_KEYS and isinstance(junk, int) and not isinstance(junk, bool):
        low, high = INTEGER_KEYS[key]
        if low <= junk <= high:
            return  # a whole number in range is a valid answer
    broken = {**raw, key: junk}
    try:
        parse_answers(broken)
    except AnswersError as error:
        assert error.key == key
        assert key in str(error)
    else:
        raise AssertionError(f"{key}={junk!r} was accepted")


@SETTINGS_FAST
@given(
    raw=st.dictionaries(
        st.text(max_size=15), st.one_of(st.text(), st.integers(), st.none(), st.lists(st.text()))
    )
)
def test_any_json_object_is_either_valid_or_refused_without_a_crash(raw: dict[str, Any]) -> None:
    try:
        parse_answers(raw)
    except AnswersError as error:
        # A key is named as typed, or escaped and cut when it holds control characters.
        named = error.key in str(error) or clip_repr(error.key, 40) in str(error)
        assert named or error.key == "answers"
