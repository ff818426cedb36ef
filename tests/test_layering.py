"""The layers stay apart: lower rooms never import higher ones or Qt, and nothing opens a network.

From the bottom: fileio (atomic writes), core (rules, deadlines, the plan), content_store
(reading the built content), content_build (checking and building it), user_store (the
user's own data), then export and ui.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "send_routes"
QT = ("PySide6", "shiboken6")
HIGHER = ("send_routes.ui", "send_routes.export", "send_routes.app", "send_routes.cli")
FORBIDDEN = {
    "fileio": (*QT, *HIGHER, "send_routes.core", "send_routes.content_", "send_routes.user_"),
    "core": (*QT, *HIGHER, "send_routes.content_", "send_routes.user_store", "sqlite_utils"),
    "content_store": (*QT, *HIGHER, "send_routes.content_build", "send_routes.user_store"),
    "content_build": (*QT, *HIGHER, "send_routes.user_store"),
    "user_store": (*QT, *HIGHER, "send_routes.content_build"),
}
# urllib.parse only splits text; everything here that could open a connection is banned.
NETWORK = (
    "socket",
    "ssl",
    "http",
    "requests",
    "urllib.request",
    "urllib3",
    "ftplib",
    "smtplib",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
)


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_pure_layer_imports_nothing_forbidden(layer: str) -> None:
    bad = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in (PACKAGE / layer).rglob("*.py")
        for name in imports(path)
        if name.startswith(FORBIDDEN[layer])
    ]
    assert bad == []


def test_no_module_imports_network_code() -> None:
    bad = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in PACKAGE.rglob("*.py")
        for name in imports(path)
        if name in NETWORK or name.split(".")[0] in NETWORK or name.startswith(NETWORK)
    ]
    assert bad == []


def test_importing_the_engine_and_store_loads_no_qt() -> None:
    code = (
        "import sys, send_routes.core.planner, send_routes.content_store.content, "
        "send_routes.content_build.build, send_routes.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
