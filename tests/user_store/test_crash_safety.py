"""A save interrupted by SIGKILL never damages the database or loses a reported save."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

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
        assert store.load(case_id)["seq"] >= seq
    store.close()


def test_killing_the_app_mid_save_loses_nothing_already_saved(tmp_path: Path) -> None:
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    db_path = tmp_path / "cases.sqlite"
    latest: dict[str, int] = {}
    deleting: set[str] = set()
    saves = 0
    for kill in range(KILLS):
        for line in run_and_kill(db_path, rng.uniform(0.0, 0.25), kill * 1_000_000):
            if line[0] == "saved":
                latest[line[1]] = int(line[2])
                saves += 1
            elif line[0] == "deleting":
                deleting.add(line[1])
        try:
            check(db_path, latest, deleting)
        except AssertionError as error:
            raise AssertionError(f"after kill {kill + 1} (seed {seed}): {error}") from error
    assert saves > KILLS, "the saver should have saved between kills"
    print(f"{KILLS} kills, {saves} reported saves, {len(deleting)} deletes, seed {seed}")


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
    db_path = tmp_path / "cases.sqlite"
    latest: dict[str, int] = {}
    deleting: set[str] = set()
    saves = 0
    server = ForkServer(db_path)
    try:
        for kill in range(FAST_KILLS):
            for line in server.run_and_kill(rng.uniform(0.0, 0.04), kill * 1_000_000):
                if line[0] == "saved":
                    latest[line[1]] = int(line[2])
                    saves += 1
                elif line[0] == "deleting":
                    deleting.add(line[1])
            try:
                check(db_path, latest, deleting)
            except AssertionError as error:
                raise AssertionError(f"after kill {kill + 1} (seed {seed}): {error}") from error
    finally:
        server.close()
    # Under load a save (with fsync) takes tens of milliseconds, so most kills land inside one.
    assert saves >= FAST_KILLS // 10, "the saver should have saved between kills"
    print(f"{FAST_KILLS} kills, {saves} reported saves, {len(deleting)} deletes, seed {seed}")
