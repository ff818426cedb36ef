"""Before ``make run``: are the system libraries Qt's X11 (xcb) window plugin needs present?

Without them Qt prints a long message about the "xcb" platform plugin and stops. This
checks them first with ldd and, when some are missing, prints the one ``apt-get install``
line (Debian and Ubuntu package names) that fixes it, then exits 1. On other systems, or
when Qt is told to draw elsewhere (``QT_QPA_PLATFORM``), it checks nothing.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

#: Debian packages of the libraries the xcb plugin links to, where the name is not just
#: the library's name and version (libxcb-icccm.so.4 -> libxcb-icccm4) in lower case.
PACKAGE_OF = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgcc_s.so.1": "libgcc-s1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
}

_SONAME = re.compile(r"^lib(?P<name>.+)\.so\.(?P<version>\d+)$")
_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


def package_of(library: str) -> str:
    """The Debian package that ships ``library`` (a soname such as libxcb-cursor.so.0)."""
    if library in PACKAGE_OF:
        return PACKAGE_OF[library]
    match = _SONAME.match(library)
    if match is None:
        return library
    name, version = match.group("name").lower(), match.group("version")
    # Debian puts a hyphen between a name that ends in a digit and its version.
    return f"lib{name}{'-' if name[-1].isdigit() else ''}{version}"


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ldd reports as ``not found``, each once, in order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def install_line(libraries: list[str]) -> str:
    packages = sorted({package_of(library) for library in libraries})
    return "sudo apt-get install " + " ".join(packages)


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_on_this_computer() -> list[str]:
    """The libraries Qt's X11 plugin links to that this computer lacks (none off Linux)."""
    plugin = xcb_plugin()
    if not sys.platform.startswith("linux") or plugin is None or shutil.which("ldd") is None:
        return []
    qt_lib = plugin.parents[2] / "lib"
    env = dict(os.environ, LD_LIBRARY_PATH=str(qt_lib))
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=env).stdout
    return missing_libraries(output)


def main() -> int:
    if sys.argv[1:] == ["--packages"]:  # for CI: the Debian packages to install, one line
        print(" ".join(sorted({package_of(library) for library in missing_on_this_computer()})))
        return 0
    if os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return 0
    missing = missing_on_this_computer()
    if not missing:
        return 0
    print(
        f"The window needs system libraries that are missing: {', '.join(missing)}.\n"
        f"Install them with:\n\n    {install_line(missing)}\n",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
