"""A pipe, socket, device or folder chosen as a contacts list or a case file is refused at
once in one short line: nothing waits for a writer that never comes, nothing reads a
device without end (issue 18: "accept regular files only, everywhere a file is read")."""

from __future__ import annotations

import os
import signal
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from send_routes.user_store.cases import CaseFileError, CaseStore
from send_routes.user_store.contacts_csv import CsvError, preview_import
from send_routes.user_store.local_contacts import LocalContacts

KINDS = ("fifo", "socket", "device", "folder")


@pytest.fixture
def odd(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    servers: list[socket.socket] = []

    def make(kind: str) -> Path:
        path = tmp_path / f"{kind}.file"
        if kind == "fifo":
            os.mkfifo(path)
        elif kind == "socket":
            server = socket.socket(socket.AF_UNIX)
            server.bind(str(path))
            servers.append(server)
        elif kind == "device":
            return Path("/dev/zero")
        else:
            path.mkdir()
        return path

    yield make
    for server in servers:
        server.close()


def refused_at_once(call: Callable[[], Any], error: type[Exception]) -> str:
    """The message ``call`` raises; an alarm ends a call that waits (on a FIFO) at 5 s."""

    def waited(signum: int, frame: object) -> None:
        raise AssertionError("waited on the file instead of refusing it")

    previous = signal.signal(signal.SIGALRM, waited)
    signal.setitimer(signal.ITIMER_REAL, 5)
    try:
        with pytest.raises(error) as refused:
            call()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    message = str(refused.value)
    assert "\n" not in message and len(message) <= 400, message
    assert "Errno" not in message and "Traceback" not in message, message
    return message


@pytest.mark.parametrize("kind", KINDS)
def test_a_contacts_list_that_is_not_an_ordinary_file_is_refused_at_once(
    local: LocalContacts, odd: Callable[[str], Path], kind: str
) -> None:
    path = odd(kind)
    message = refused_at_once(lambda: preview_import(path, local), CsvError)
    assert message.startswith("Cannot read") and "not an ordinary file" in message, message
    assert local.all() == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_case_file_that_is_not_an_ordinary_file_is_refused_at_once(
    cases: CaseStore, odd: Callable[[str], Path], kind: str
) -> None:
    path = odd(kind)
    message = refused_at_once(lambda: cases.import_case(path, "any passphrase"), CaseFileError)
    assert "not an ordinary file" in message, message
    assert cases.list_cases() == []
