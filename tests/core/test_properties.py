"""Properties over generated answers: valid ones always plan, invalid ones always refuse."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import (
    ALL_KEYS,
    DATE_KEYS,
    DISAGREE_WITH,
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
from send_routes.core.planner import make_plan

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
        "local_authority": st.one_of(st.sampled_from(KNOWN_AREAS), st.text(max_size=40)),
        **{key: dates.map(dt.date.isoformat) for key in DATE_KEYS},
    },
)
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
    area = parse_answers(raw).area
    assert all(contact.local_authority in ("", area) for contact in plan.contacts)
    plan.to_dict()


@SETTINGS_FAST
@given(
    raw=valid_answers,
    key=st.sampled_from(ALL_KEYS),
    junk=st.one_of(
        st.integers(),
        st.none(),
        st.text(max_size=20).filter(lambda t: t not in ISSUES + TRIED),
        st.lists(st.integers(), min_size=1),
    ),
)
def test_a_corrupted_answer_is_refused_with_the_contract_error(
    raw: dict[str, Any], key: str, junk: object
) -> None:
    if key == "local_authority" and isinstance(junk, str):
        return  # any text names an area
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
        assert error.key in str(error) or error.key == "answers"
