"""Hundreds of hostile inputs through the command line: each is refused in one plain line.

Every input here is bad (answers, dates, numbers, CSV and YAML content, case files given
as answers, targets that are not files). Each must end with exit status 2 (bad input) or 1
(a fault of the machine, such as a full disk), one line on standard error that names the
problem (never "something went wrong"), no traceback, and no file left behind. They run
in-process through ``cli.main`` for speed; a few need a real process (closed stdin).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sample_answers import PLAN_CONTENT
from send_routes import paths
from send_routes.cli import main

VALID = PLAN_CONTENT
VALID_TEXT = json.dumps(VALID)


def _nested(depth: int, opener: str, closer: str) -> bytes:
    return (opener * depth + "1" + closer * depth).encode()


def _answers_bodies() -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of answers files that must be refused."""
    for depth in (33, 100, 1_000, 5_000, 200_000):
        yield f"list-{depth}-deep", _nested(depth, "[", "]")
        yield f"object-{depth}-deep", _nested(depth, '{"a":', "}")
        yield (
            f"deep-inside-answers-{depth}",
            VALID_TEXT[:-1].encode() + b',"x":' + _nested(depth, "[", "]") + b"}",
        )
    for digits in (21, 100, 4_301, 5_000, 100_000):
        number = "9" * digits
        yield f"int-{digits}-digits", number.encode()
        yield f"int-{digits}-in-list", f"[{number}]".encode()
        yield f"int-{digits}-as-date", VALID_TEXT.replace('"2026-10-01"', number).encode()
        yield f"negative-int-{digits}", f'{{"role": -{number}}}'.encode()
    for number in ("1e999", "-1e999", "NaN", "Infinity", "-Infinity", "1" + "0" * 400 + ".5"):
        yield f"number-{number[:12]}", f'{{"role": {number}}}'.encode()
    for escape in ("\\ud800", "\\udfff", "\\udc80x", "a\\ud83d", "\\ud83d\\u0041"):
        yield f"surrogate-value-{escape}", VALID_TEXT.replace("school", escape).encode()
        yield f"surrogate-key-{escape}", f'{{"{escape}": 1}}'.encode()
    for odd in (b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x80"):
        yield f"bad-utf8-{odd.hex()}", VALID_TEXT.encode().replace(b"school", b"sch" + odd)
    for text in ("", " ", "{", "[", '{"a"', "nul", "tru", '"', '{"a":1,}', "'x'", "\ufeff"):
        yield f"broken-json-{text!r}", text.encode()
    yield "two-boms", "\ufeff\ufeff{}".encode()
    yield "nul-bytes", b"\0" * 100
    yield "binary", bytes(range(256))
    for shape in ([], 1, "x", None, True, [VALID], {"role": 5}, {"issues": "x"}):
        yield f"shape-{json.dumps(shape)[:20]}", json.dumps(shape).encode()
    for date in ("9999-12-31", "9999-12-20", "9999-11-30", "2026-02-30", "2026-13-01", "x", ""):
        yield f"date-{date}", json.dumps({**VALID, "decision_date": date}).encode()
    yield "too-big", b" " * (1024 * 1024 + 1)
    yield from _case_files()
    yield "big-string", json.dumps({**VALID, "school_name": "x" * (1024 * 1024)}).encode()


def _case_files() -> Iterator[tuple[str, bytes]]:
    """Saved-case files (exported, raw or damaged) given where answers are expected."""
    envelope = {
        "format": "send-routes-case",
        "version": 1,
        "kdf": {"name": "scrypt", "n": 2**24, "r": 8, "p": 1, "salt": "AAAA"},
        "nonce": "AAAA",
        "ciphertext": "AAAA",
        "sha256": "00",
    }
    text = json.dumps(envelope)
    yield "case-file", text.encode()
    yield "case-file-truncated", text[: len(text) // 2].encode()
    yield "case-file-kdf-nested", json.dumps({**envelope, "kdf": [[[["x"]]]]}).encode()
    raw = {"format": "send-routes-raw-case", "id": "ab" * 16, "version": 10**30}
    yield "raw-case-export", json.dumps(raw).encode()
    yield "case-file-binary", b"SQLite format 3\0" + bytes(200)


ANSWERS = list(_answers_bodies())
COMMANDS = {
    "plan": ["plan", "--format", "json"],
    "letter": ["letter", "request_dr"],
    "calendar": ["calendar"],
}


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def refused(
    argv: list[str], capsys: pytest.CaptureFixture[str], codes: tuple[int, ...] = (2,)
) -> str:
    """Run ``argv``; assert a plain refusal and return the message."""
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse's own refusal of an argument
        code = int(exit_.code or 0)
    err = capsys.readouterr().err
    assert code in codes, (code, err[-300:])
    assert "Traceback" not in err and "something went wrong" not in err, err[-500:]
    lines = [line for line in err.splitlines() if line.strip()]
    if lines and lines[0].startswith("usage:"):  # argparse: usage, then one error line
        lines = lines[-1:]
    assert len(lines) == 1, err[-500:]
    assert len(lines[0]) < 400, lines[0][:400]
    return lines[0]


def nothing_left(*folders: Path) -> None:
    for folder in folders:
        assert sorted(path.name for path in folder.iterdir()) == [], folder


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize(("name", "body"), ANSWERS, ids=[name for name, _ in ANSWERS])
def test_hostile_answers_are_refused_in_one_line(
    tmp_path: Path,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    name: str,
    body: bytes,
) -> None:
    answers = tmp_path / "answers.json"
    answers.write_bytes(body)
    target = out_dir / ("x.ics" if command == "calendar" else "x.txt")
    refused([*COMMANDS[command], "--answers", str(answers), "--out", str(target)], capsys)
    nothing_left(out_dir)


def _dates() -> Iterator[list[str]]:
    for today in ("10000-01-01", "2026-02-30", "0000-01-01", "-2026-01-01", "2026-1-1", "1e4"):
        yield ["--today", today]
    for limit in ("9223372036854775808", "0", "-1", "1e3", "1001", "x", "9" * 5000, " "):
        yield ["--limit", limit]


@pytest.mark.parametrize("extra", list(_dates()), ids=lambda extra: " ".join(extra)[:40])
def test_hostile_dates_and_numbers_are_refused_in_one_line(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    if extra[0] == "--limit":
        refused(["contacts", "search", "kids", *extra], capsys)
        return
    answers = tmp_path / "answers.json"
    answers.write_text(VALID_TEXT)
    refused(["plan", "--answers", str(answers), "--out", str(out_dir / "p.txt"), *extra], capsys)
    nothing_left(out_dir)


@pytest.mark.parametrize(
    "argv",
    [
        ["contacts", "search", "\udcff"],
        ["plan", "--answers", "\udcffanswers.json"],
        ["letter", "request_dr", "--answers", "a.json", "--name", "Sam\udc80"],
        ["plan", "--answers", "a.json", "--name", "\ud800"],
    ],
)
def test_arguments_that_are_not_text_are_refused(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert "not valid text" in refused(argv, capsys)


def _target(tmp_path: Path, kind: str) -> Path:
    """A path of ``kind`` that ``--out`` must not write over (its name ends in .txt)."""
    target = tmp_path / f"{kind}.txt"
    if kind == "folder":
        target.mkdir()
    elif kind == "link":
        target.symlink_to(tmp_path / "elsewhere.txt")
    elif kind == "device":
        try:
            os.mknod(target, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null
        except OSError:
            pytest.skip("cannot make a device node here (needs root)")
    else:
        target = tmp_path / "gone" / "x.txt"
    return target


@pytest.mark.parametrize("kind", ["folder", "link", "device", "missing-folder"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_out_that_is_not_a_regular_file_is_never_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, kind: str
) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(VALID_TEXT)
    target = _target(tmp_path, kind)
    before = {path.name: path.lstat() for path in tmp_path.iterdir()}
    argv = [*COMMANDS[command], "--answers", str(answers), "--out", str(target)]
    assert str(target) in refused(argv, capsys, codes=(1, 2))
    after = {path.name: path.lstat() for path in tmp_path.iterdir()}
    assert after.keys() == before.keys()
    assert all(after[name].st_mode == before[name].st_mode for name in after)
    assert all(after[name].st_ino == before[name].st_ino for name in after)
    assert not (tmp_path / "elsewhere.txt").exists()


def test_a_full_disk_is_a_fault_of_the_machine_in_one_line(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(VALID_TEXT)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    for command in sorted(COMMANDS):
        target = out_dir / ("x.ics" if command == "calendar" else "x.txt")
        argv = [*COMMANDS[command], "--answers", str(answers), "--out", str(target)]
        assert "No space left" in refused(argv, capsys, codes=(1,))
        nothing_left(out_dir)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pristine") / "content"
    shutil.copytree(paths.content_dir(), folder)
    return folder


def _alias_bomb(levels: int, width: int) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def _yaml_bodies() -> Iterator[tuple[str, bytes]]:
    for levels, width in ((9, 9), (6, 10), (20, 2), (30, 3), (3, 60)):
        yield f"alias-bomb-{levels}x{width}", _alias_bomb(levels, width).encode()
    for depth in (31, 100, 1_000, 10_000):
        yield f"flow-{depth}-deep", ("a: " + "[" * depth + "]" * depth).encode()
        yield f"block-{depth}-deep", "".join(f"{' ' * n}k:\n" for n in range(depth)).encode()
    broken = ("a: 'open", "a: [1, 2", "{", "\tkey: 1", "a: b: c", "- a\nb: c", "a: *nowhere")
    for index, text in enumerate(broken):
        yield f"broken-{index}", text.encode()
    yield "python-tag", b"a: !!python/object/apply:os.system ['true']"
    yield "not-utf8", "id: café".encode("cp1252")
    yield "nul", b"id: a\0b"
    yield "binary", bytes(range(256))
    yield "too-big", b"# " + b"x" * (4 * 1024 * 1024)


def _csv_bodies() -> Iterator[tuple[str, bytes]]:
    header = (paths.content_dir() / "contacts.csv").read_bytes().split(b"\n")[0]
    yield "csv-nul", header + b"\nabc,\0def\n"
    yield "csv-mixed", header + "\nCafé,x\n".encode() + b"\xa35,y\n"
    yield "csv-undefined-byte", header + b"\n\x81\x8d\n"
    yield "csv-too-big", header + b"\n" + b"x" * (8 * 1024 * 1024)


CONTENT = [*_yaml_bodies(), *_csv_bodies()]


@pytest.mark.parametrize("command", ["check-content", "build-db"])
@pytest.mark.parametrize(("name", "body"), CONTENT, ids=[name for name, _ in CONTENT])
def test_hostile_content_files_are_refused_in_one_line(
    tmp_path: Path,
    out_dir: Path,
    pristine: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    name: str,
    body: bytes,
) -> None:
    content = tmp_path / "content"
    shutil.copytree(pristine, content)
    target = content / ("contacts.csv" if name.startswith("csv") else "sources.yaml")
    target.write_bytes(body)
    argv = [command, "--content", str(content)]
    if command == "build-db":
        argv += ["--out", str(out_dir / "content.sqlite")]
    message = refused(argv, capsys)
    assert str(target) in message
    nothing_left(out_dir)


def test_build_db_into_a_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "not a file" in refused(["build-db", "--out", str(tmp_path)], capsys)
    assert list(tmp_path.iterdir()) == []


def _run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "send_routes", *args], capture_output=True, timeout=60, **kwargs
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [("closed", "standard input is closed"), ("/dev/zero", "larger than")],
)
def test_closed_or_endless_standard_input_is_refused(source: str, expected: str) -> None:
    if source == "closed":
        result = _run(
            ["plan", "--answers", "-"],
            stdin=None,
            close_fds=True,
            pass_fds=(),
            preexec_fn=lambda: os.close(0),
        )
    else:
        with open(source, "rb") as endless:
            result = _run(["plan", "--answers", "-"], stdin=endless)
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert expected in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_dev_zero_as_the_answers_file_is_refused_quickly(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert "it is a device" in refused(["plan", "--answers", "/dev/zero"], capsys)


def test_there_are_at_least_200_hostile_inputs() -> None:
    count = len(ANSWERS) * len(COMMANDS) + len(list(_dates())) + 2 * len(CONTENT) + 12
    assert count >= 200, count


def test_a_full_disk_while_building_the_database_is_one_line_and_leaves_nothing(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    import sqlite3

    from send_routes.content_build import build

    def full(*args: Any) -> Any:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(build, "_write", full)
    message = refused(["build-db", "--out", str(out_dir / "content.sqlite")], capsys, codes=(1,))
    assert "disk is full" in message
    nothing_left(out_dir)


# Shapes that are not answers files, huge values, odd data folders and odd --out values.
# Each must be refused within a second (a FIFO used to hang for ever), in one line of at
# most 400 characters, with exit status 2 and nothing written.

ANSWERS_COMMANDS = {**COMMANDS, "open": ["open"]}


class TookTooLong(Exception):
    """Raised by the alarm when a command waits on its input."""


def refused_quickly(
    argv: list[str], capsys: pytest.CaptureFixture[str], codes: tuple[int, ...] = (2,)
) -> str:
    """``refused``, within a second; an alarm ends a command that waits (a FIFO) at 5 s."""

    def waited(signum: int, frame: object) -> None:
        raise TookTooLong(" ".join(argv)[:200])

    previous = signal.signal(signal.SIGALRM, waited)
    signal.setitimer(signal.ITIMER_REAL, 5)
    started = time.perf_counter()
    try:
        message = refused(argv, capsys, codes)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert time.perf_counter() - started < 1, argv[:3]
    return message


def _answers_argv(command: str, answers: str, out_dir: Path) -> list[str]:
    if command == "open":
        return ["open", answers]
    target = out_dir / ("x.ics" if command == "calendar" else "x.txt")
    return [*COMMANDS[command], "--answers", answers, "--out", str(target)]


def _not_a_file(tmp_path: Path, kind: str) -> tuple[str, object]:
    """A path of ``kind`` given as the answers file, and what keeps it open (a socket)."""
    path = tmp_path / "answers.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        listening = socket.socket(socket.AF_UNIX)
        listening.bind(str(path))
        listening.listen()
        return str(path), listening
    elif kind == "folder":
        path.mkdir()
    elif kind == "link-to-fifo":
        os.mkfifo(tmp_path / "fifo")
        path.symlink_to(tmp_path / "fifo")
    else:
        return kind, None  # a device: /dev/zero, /dev/null, /dev/tty
    return str(path), None


NOT_FILES = ["fifo", "socket", "folder", "link-to-fifo", "/dev/zero", "/dev/null", "/dev/tty"]


@pytest.mark.parametrize("kind", NOT_FILES)
@pytest.mark.parametrize("command", sorted(ANSWERS_COMMANDS))
def test_an_answers_file_that_is_not_a_file_is_refused_at_once(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str], command: str, kind: str
) -> None:
    if kind == "/dev/tty" and not os.path.exists(kind):
        pytest.skip("no /dev/tty here")
    answers, keep = _not_a_file(tmp_path, kind)
    try:
        message = refused_quickly(_answers_argv(command, answers, out_dir), capsys)
    finally:
        if isinstance(keep, socket.socket):
            keep.close()
    assert "not an ordinary file" in message or "Is a directory" in message, message
    nothing_left(out_dir)


HUGE = "x" * 200_000


def _huge_answers() -> Iterator[tuple[str, dict[str, Any]]]:
    for key in ("role", "setting", "stage", "age_band", "school_type", "exclusion_kind"):
        yield f"huge-{key}", {**VALID, key: HUGE}
    for key in ("issues", "disagree_with", "tried"):
        yield f"huge-item-in-{key}", {**VALID, key: [HUGE]}
    yield "huge-unknown-key", {**VALID, HUGE: 1}
    yield "huge-date", {**VALID, "decision_date": HUGE}
    yield "huge-number-text", {**VALID, "suspension_days": HUGE}
    yield "huge-area-list", {**VALID, "local_authority": [HUGE] * 5}
    yield "many-bad-items", {**VALID, "issues": ["y" * 50] * 4000}


HUGE_ANSWERS = list(_huge_answers())


@pytest.mark.parametrize("command", sorted(ANSWERS_COMMANDS))
@pytest.mark.parametrize(("name", "answers"), HUGE_ANSWERS, ids=[n for n, _ in HUGE_ANSWERS])
def test_a_huge_bad_value_is_cut_in_the_message(
    tmp_path: Path,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    name: str,
    answers: dict[str, Any],
) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers))
    refused_quickly(_answers_argv(command, str(path), out_dir), capsys)
    nothing_left(out_dir)


def _huge_arguments(folder: Path) -> Iterator[list[str]]:
    answers = str(folder / "answers.json")
    plan = ["plan", "--answers", answers]
    yield [*plan, "--format", HUGE]
    yield [*plan, "--paper", HUGE, "--format", "pdf", "--out", str(folder / "x.pdf")]
    yield [*plan, "--today", HUGE]
    yield [*plan, HUGE]
    yield [*plan, *(["--bogus"] * 5000)]
    yield ["plan", "--answers", str(folder / HUGE[:10_000])]
    yield ["plan", "--answers", "/" + "/".join(["y" * 200] * 100)]
    yield ["letter", HUGE, "--answers", answers]
    yield ["calendar", "--answers", answers, "--out", str(folder / "x.ics"), "--today", HUGE]
    yield ["contacts", "search", "kids", "--kind", HUGE]
    yield ["contacts", "search", "kids", "--limit", HUGE]
    yield ["contacts", "search", "kids", "--format", HUGE]
    yield [HUGE]
    yield ["build-db", "--content", str(folder / HUGE[:5000]), "--out", str(folder / "c.sqlite")]
    yield ["check-content", "--content", str(folder / HUGE[:5000])]


@pytest.mark.parametrize("index", range(len(list(_huge_arguments(Path("/"))))))
def test_a_huge_argument_is_cut_in_the_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], index: int
) -> None:
    (tmp_path / "answers.json").write_text(VALID_TEXT)
    argv = list(_huge_arguments(tmp_path))[index]
    refused_quickly(argv, capsys, codes=(1, 2))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["answers.json"]


ODD_FOLDERS = {
    "unknown-user": "~nosuchuser/x",
    "unknown-user-alone": "~nosuchuser",
    "300-character-name": "/tmp/" + "d" * 300 + "/x",
    "5000-character-path": "/tmp/" + "/".join(["d" * 200] * 25),
}


@pytest.mark.parametrize("how", ["option", "variable"])
@pytest.mark.parametrize("name", sorted(ODD_FOLDERS))
def test_an_odd_data_folder_is_refused_in_one_clear_line(
    tmp_path: Path,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    how: str,
    name: str,
) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(VALID_TEXT)
    folder = ODD_FOLDERS[name]
    argv = ["plan", "--answers", str(answers), "--out", str(out_dir / "p.txt")]
    if how == "option":
        argv = ["--data-dir", folder, *argv]
    else:
        monkeypatch.setenv(paths.DATA_DIR_VARIABLE, folder)
    try:
        message = refused_quickly(argv, capsys)
    finally:
        paths.set_data_dir_override(None)
    assert "data folder" in message
    assert ("no such user" in message) == name.startswith("unknown-user")
    nothing_left(out_dir)


@pytest.mark.parametrize(
    "argv",
    [
        ["plan", "--format", "pdf", "--out", "-"],
        ["plan", "--format", "odt", "--out", "-"],
        ["build-db", "--out", "-"],
    ],
    ids=lambda argv: " ".join(argv),
)
def test_out_dash_for_a_document_is_refused_and_writes_no_file_named_dash(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(VALID_TEXT)
    monkeypatch.chdir(tmp_path)
    if argv[0] == "plan":
        argv = [*argv, "--answers", str(answers)]
    refused_quickly(argv, capsys)
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize(
    ("argv", "starts"),
    [
        (["plan", "--format", "json"], "{"),
        (["plan", "--format", "text"], "YOUR PLAN"),
        (["calendar"], "BEGIN:VCALENDAR"),
        (["letter", "explain_decision"], "Request"),
    ],
)
def test_out_dash_for_text_writes_to_standard_output(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    starts: str,
) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(VALID_TEXT)
    monkeypatch.chdir(tmp_path)
    assert main([*argv, "--answers", str(answers), "--out", "-"]) == 0
    assert capsys.readouterr().out.startswith(starts)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["answers.json"]


def test_a_date_too_late_to_count_from_is_not_called_invalid(
    tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({**VALID, "decision_date": "9999-12-31"}))
    for command in sorted(ANSWERS_COMMANDS):
        message = refused_quickly(_answers_argv(command, str(answers), out_dir), capsys)
        assert "invalid" not in message and "cannot count deadlines" in message, message
        assert "9999-12-31" in message
    nothing_left(out_dir)
