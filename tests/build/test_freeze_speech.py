"""The frozen bundle's check: only the speech engines users get, never Qt's mock engine."""

from __future__ import annotations

from pathlib import Path

import freeze

PLUGINS = "_internal/PySide6/Qt/plugins/texttospeech"


def bundle_with(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "send-routes" / PLUGINS
    folder.mkdir(parents=True)
    for name in names:
        (folder / name).write_bytes(b"")
    return tmp_path / "send-routes"


def test_a_linux_bundle_with_speech_dispatcher_only_passes(tmp_path: Path) -> None:
    bundle = bundle_with(tmp_path, "libqtexttospeech_speechd.so")
    assert freeze.speech_engines(bundle) == {"speechd"}
    assert freeze.speech_problems(bundle, "linux") == []


def test_the_mock_engine_in_a_bundle_is_a_fault(tmp_path: Path) -> None:
    bundle = bundle_with(tmp_path, "libqtexttospeech_speechd.so", "libqtexttospeech_mock.so")
    assert freeze.speech_problems(bundle, "linux") == ["speech engine not shipped to users: mock"]


def test_a_linux_bundle_without_speech_dispatcher_is_a_fault(tmp_path: Path) -> None:
    bundle = bundle_with(tmp_path, "libqtexttospeech_flite.so")
    assert freeze.speech_problems(bundle, "linux") == [
        "speech engine not shipped to users: flite",
        "speech engine missing: speechd",
    ]


def test_a_windows_bundle_keeps_sapi_and_winrt_and_not_the_mock(tmp_path: Path) -> None:
    bundle = bundle_with(
        tmp_path, "qtexttospeech_sapi.dll", "qtexttospeech_winrt.dll", "qtexttospeech_mock.dll"
    )
    assert freeze.speech_problems(bundle, "win32") == ["speech engine not shipped to users: mock"]
