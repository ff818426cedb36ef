"""A file dialog runs with the Windows registry set aside, so no folder a family used stays there.

The real registry is checked under Wine by `make windows-check` (user.reg after a save
through the dialog); here a stand-in advapi32 records the calls Windows would see.
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from send_routes.ui.common import file_dialog_places, file_dialogs, registry_guard
from send_routes.ui.common.registry_guard import (
    HKEY_CURRENT_USER,
    REG_OPTION_VOLATILE,
    SCRATCH_KEY,
    RegistryGuardError,
    registry_set_aside,
)


class FakeAdvapi32:
    """Records registry calls; ``fail`` names a call that returns an error."""

    def __init__(self, fail: str = "") -> None:
        self.calls: list[str] = []
        self.fail = fail
        self.overridden = False

    def _result(self, name: str) -> int:
        self.calls.append(name)
        return 5 if name == self.fail else 0

    def RegCreateKeyExW(self, root: Any, name: str, _r: int, _c: Any, options: int, *_: Any) -> int:
        assert ctypes.cast(root, ctypes.c_void_p).value == HKEY_CURRENT_USER % 2**64
        assert name == SCRATCH_KEY and options == REG_OPTION_VOLATILE
        return self._result("create volatile")

    def RegOverridePredefKey(self, _root: Any, new: Any) -> int:
        status = self._result("override" if new is not None else "restore")
        if status == 0:
            self.overridden = new is not None
        return status

    def RegDeleteTreeW(self, *_: Any) -> int:
        return self._result("empty")

    def RegCloseKey(self, *_: Any) -> int:
        return self._result("close")

    def RegDeleteKeyW(self, _root: Any, name: str) -> int:
        assert name == SCRATCH_KEY and not self.overridden
        return self._result("delete")


@pytest.fixture
def advapi32(monkeypatch: pytest.MonkeyPatch) -> FakeAdvapi32:
    fake = FakeAdvapi32()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "WinDLL", lambda name: fake, raising=False)
    return fake


def test_inside_the_guard_the_current_user_key_is_a_volatile_one(advapi32: FakeAdvapi32) -> None:
    with registry_set_aside():
        assert advapi32.overridden
        assert advapi32.calls == ["create volatile", "override"]
    assert not advapi32.overridden
    assert advapi32.calls[2:] == ["restore", "empty", "close", "delete"]


def test_the_registry_comes_back_even_when_the_dialog_fails(advapi32: FakeAdvapi32) -> None:
    with pytest.raises(ZeroDivisionError), registry_set_aside():
        1 / 0  # noqa: B018
    assert not advapi32.overridden and advapi32.calls[-1] == "delete"


@pytest.mark.parametrize("failing", ["create volatile", "override"])
def test_no_dialog_opens_when_the_registry_cannot_be_set_aside(
    advapi32: FakeAdvapi32, failing: str
) -> None:
    advapi32.fail = failing
    opened = []
    with pytest.raises(RegistryGuardError), registry_set_aside():
        opened.append(True)
    assert opened == [] and not advapi32.overridden


def test_save_and_open_dialogs_run_while_the_registry_is_set_aside(
    qtbot: QtBot, advapi32: FakeAdvapi32, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[bool] = []

    def dialog(*_args: Any) -> tuple[str, str]:
        seen.append(advapi32.overridden)
        return str(tmp_path / "plan.pdf"), ""

    monkeypatch.setattr(file_dialog_places, "removable_drives", lambda: [])  # no kernel32 here
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    assert file_dialogs.ask_save_path(parent, "Save", "plan.pdf", "") == tmp_path / "plan.pdf"
    assert file_dialogs.ask_open_path(parent, "Open", "") == tmp_path / "plan.pdf"
    assert seen == [True, True] and not advapi32.overridden
    file_dialogs.forget_last_folder()


def test_elsewhere_the_guard_touches_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes, "WinDLL", None, raising=False)  # would fail if used
    with registry_guard.registry_set_aside():
        pass
