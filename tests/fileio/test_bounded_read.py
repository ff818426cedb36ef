"""Untrusted JSON is read with a size cap, a depth limit, short numbers and real text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from send_routes.fileio.bounded_read import InputError, parse_json, read_limited


def test_ordinary_answers_parse_as_json() -> None:
    assert parse_json(b'\xef\xbb\xbf{"a": [1, 2.5, "\\u00e9", null]}') == {"a": [1, 2.5, "é", None]}


def test_a_read_stops_at_the_cap_even_on_an_endless_file() -> None:
    started = time.perf_counter()
    with pytest.raises(InputError, match="larger than 1 KB"):
        read_limited("/dev/zero", 1024)
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"[" * 1000 + b"]" * 1000, "nested more than 32"),
        (b'{"a": "[[[[", "b": ' + b"[" * 33 + b"]" * 33 + b"}", "nested more than 32"),
        (b"9" * 5000, "more than 20 digits"),
        (b"1e999", "too large"),
        (b"NaN", "not a number"),
        (b'"\\ud800"', "lone surrogate"),
        (b'{"\\udfff": 1}', "lone surrogate"),
        (b'{"a": 1', "not valid JSON"),
        (b"\xff", "not UTF-8"),
    ],
)
def test_hostile_json_is_refused_naming_the_problem(data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        parse_json(data)


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    assert parse_json(b'["' + b"[" * 100 + b'\\"{"]') == ["[" * 100 + '"{']


def test_a_folder_is_not_readable_as_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_limited(str(tmp_path), 1024)
