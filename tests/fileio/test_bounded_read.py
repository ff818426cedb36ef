"""Untrusted JSON is read with a size cap, a depth limit, short numbers and real text."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from send_routes.fileio import regular_file
from send_routes.fileio.bounded_read import InputError, parse_json, read_limited


def test_ordinary_answers_parse_as_json() -> None:
    assert parse_json(b'\xef\xbb\xbf{"a": [1, 2.5, "\\u00e9", null]}') == {"a": [1, 2.5, "é", None]}


def test_a_device_is_refused_at_once_rather_than_read_without_end() -> None:
    started = time.perf_counter()
    with pytest.raises(InputError, match="it is a device, not an ordinary file"):
        read_limited("/dev/zero", 1024)
    assert time.perf_counter() - started < 1


def test_a_read_stops_at_the_cap(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 1025)
    with pytest.raises(InputError, match="larger than 1 KB"):
        read_limited(str(big), 1024)
    assert read_limited(str(big), 2048) == b" " * 1025


def test_a_fifo_with_no_writer_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "answers.json"
    os.mkfifo(fifo)
    started = time.perf_counter()
    with pytest.raises(InputError, match="it is a pipe"):
        read_limited(str(fifo), 1024)
    assert time.perf_counter() - started < 1


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(path))
        with pytest.raises(InputError, match="it is a socket"):
            read_limited(str(path), 1024)


def test_a_path_swapped_for_a_fifo_after_it_was_looked_at_is_still_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fifo = tmp_path / "answers.json"
    os.mkfifo(fifo)
    real_stat = os.stat

    def looks_ordinary(path: str) -> os.stat_result:
        return real_stat(__file__ if path == str(fifo) else path)

    monkeypatch.setattr(regular_file.os, "stat", looks_ordinary)
    with pytest.raises(InputError, match="it is a pipe"):
        read_limited(str(fifo), 1024)


def test_a_huge_path_is_cut_in_the_message(tmp_path: Path) -> None:
    with pytest.raises(InputError) as refused:
        read_limited(str(tmp_path / ("x" * 5000)), 1024)
    assert len(str(refused.value)) < 300


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
