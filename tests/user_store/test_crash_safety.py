"""A save interrupted by SIGKILL never damages the database or loses a reported save."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from send_routes.core.case_file import case_file_from
from send_routes.user_store.cases import CaseStore

SAVER = Path(__file__).with_name("case_saver.py")
PASSPHRASE = "crash test words"
KILLS = 30

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def run_and_kill(db_path: Path, delay: float, first_seq: int) -> list[list[str]]:
    """Start the saver, let it save for ``delay`` seconds, SIGKILL it; its complete lines."""
    process = subprocess.Popen(
        [sys.executable, str(SAVER), str(db_path), PASSPHRASE, str(first_seq)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first == b"ready\n", first + process.stderr.read()  # type: ignore[union-attr]
    time.sleep(delay)
    os.kill(process.pid, signal.SIGKILL)
    rest, errors = process.communicate()
    assert process.returncode == -signal.SIGKILL, errors.decode()
    complete = rest.decode().split("\n")[:-1]  # a line cut short by the kill is not counted
    return [line.split() for line in complete]


def check(db_path: Path, latest: dict[str, int], deleting: set[str]) -> None:
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    store = CaseStore.open(db_path)
    assert store.recovery is None
    store.unlock(PASSPHRASE)
    assert store.problems() == []  # no case damaged, rolled back or lost by a kill
    stored = {case.id for case in store.list_cases()}
    for case_id, seq in latest.items():
        if case_id in deleting:
            continue
        assert case_id in stored, f"case {case_id} (save {seq}) was reported but is gone"
        content = store.load(case_id)
        assert content["seq"] >= seq
        # The case file is saved with the rest of the case, never torn from it by a kill.
        saved = case_file_from(content)
        assert len(saved.log) == content["seq"] % 7 + 1
        assert {entry.note for entry in saved.log} == {f"seq {content['seq']}"}
        assert saved.reasons.opening == f"reasons for save {content['seq']}"
        section = saved.reasons.section("F")
        assert section.text == f"section F for save {content['seq']}"
        assert [item.report for item in section.evidence] == [f"report {content['seq']}"]
    store.close()


@dataclass
class Reported:
    """What the killed savers reported: each case's latest save, the deletes they began."""

    db_path: Path
    seed: int
    latest: dict[str, int] = field(default_factory=dict)
    deleting: set[str] = field(default_factory=set)
    saves: int = 0

    def add(self, lines: list[list[str]]) -> None:
        for line in lines:
            if line[0] == "saved":
                self.latest[line[1]] = int(line[2])
                self.saves += 1
            elif line[0] == "deleting":
                self.deleting.add(line[1])

    def check_after(self, kill: int) -> None:
        """Nothing reported is lost after this kill; a failure names the kill and the seed."""
        try:
            check(self.db_path, self.latest, self.deleting)
        except AssertionError as error:
            raise AssertionError(f"after kill {kill + 1} (seed {self.seed}): {error}") from error

    def summary(self, kills: int) -> str:
        deletes = len(self.deleting)
        return f"{kills} kills, {self.saves} reported saves, {deletes} deletes, seed {self.seed}"


def test_killing_the_app_mid_save_loses_nothing_already_saved(tmp_path: Path) -> None:
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    reported = Reported(tmp_path / "cases.sqlite", seed)
    for kill in range(KILLS):
        reported.add(run_and_kill(reported.db_path, rng.uniform(0.0, 0.25), kill * 1_000_000))
        reported.check_after(kill)
    assert reported.saves > KILLS, "the saver should have saved between kills"
    print(reported.summary(KILLS))


FAST_KILLS = 200


class ForkServer:
    """``case_saver.py --serve``: forks savers with everything imported, so 200 kills are quick."""

    def __init__(self, db_path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(SAVER), "--serve", str(db_path), PASSPHRASE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def line(self) -> list[str]:
        assert self.process.stdout is not None
        text = self.process.stdout.readline().decode()
        assert text.endswith("\n"), self.process.stderr.read()  # type: ignore[union-attr]
        return text.split()

    def run_and_kill(self, delay: float, first_seq: int) -> list[list[str]]:
        assert self.process.stdin is not None
        self.process.stdin.write(f"go {first_seq} 20\n".encode())
        self.process.stdin.flush()
        child = self.line()
        assert child[0] == "child", child
        assert self.line() == ["ready"]
        time.sleep(delay)
        os.kill(int(child[1]), signal.SIGKILL)
        lines = []
        while (line := self.line()) != ["ended"]:
            lines.append(line)
        return lines

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def test_two_hundred_kills_during_small_fast_saves_lose_nothing(tmp_path: Path) -> None:
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    reported = Reported(tmp_path / "cases.sqlite", seed)
    server = ForkServer(reported.db_path)
    try:
        for kill in range(FAST_KILLS):
            reported.add(server.run_and_kill(rng.uniform(0.0, 0.04), kill * 1_000_000))
            reported.check_after(kill)
    finally:
        server.close()
    # Under load a save (with fsync) takes tens of milliseconds, so most kills land inside one.
    assert reported.saves >= FAST_KILLS // 10, "the saver should have saved between kills"
    print(reported.summary(FAST_KILLS))
