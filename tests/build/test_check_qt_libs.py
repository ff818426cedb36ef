"""`make run` names the Debian packages for missing Qt window libraries before Qt fails."""

from __future__ import annotations

import pytest

import check_qt_libs

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibglib-2.0.so.0 => /lib/x86_64-linux-gnu/libglib-2.0.so.0 (0x00007f)
"""


def test_only_the_libraries_ldd_cannot_find_are_missing_each_once() -> None:
    assert check_qt_libs.missing_libraries(LDD_OUTPUT) == [
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxkbcommon-x11.so.0",
    ]


def test_library_names_become_debian_package_names() -> None:
    assert check_qt_libs.package_of("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert check_qt_libs.package_of("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert check_qt_libs.package_of("libX11-xcb.so.1") == "libx11-xcb1"
    assert check_qt_libs.package_of("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert check_qt_libs.package_of("libglib-2.0.so.0") == "libglib2.0-0"
    assert check_qt_libs.package_of("libGL.so.1") == "libgl1"


def test_one_install_line_covers_every_missing_library() -> None:
    missing = check_qt_libs.missing_libraries(LDD_OUTPUT)
    assert check_qt_libs.install_line(missing) == (
        "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0"
    )


def test_nothing_is_checked_when_qt_draws_offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert check_qt_libs.main() == 0
