"""The layers stay apart: lower rooms never import higher ones or Qt, and nothing opens a network.

From the bottom: fileio (atomic writes), core (rules, deadlines, the plan), content_store
(reading the built content), content_build (checking and building it), user_store (the
user's own data), then export and ui.

Inside ui/, the rooms stand in floors: common/ (the session, widgets, dialog helpers) at the
bottom, then the page rooms, then shell/ (the window, its navigation and watches) on top. A
room imports only from its own room or a lower floor, so no arrow runs back up.
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
#: Each ui/ room's floor: a room may import from its own room or any lower floor.
UI_FLOORS = {
    "common": 0,
    "wizard": 1,
    "plan": 1,
    "directory": 1,
    "glossary": 1,
    "adviser": 2,  # shows a contact's details the directory draws
    "shell": 3,
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


def ui_room_imports(path: Path) -> set[str]:
    """The ui/ rooms that ``path`` imports from (including imports made for type checking)."""
    rooms: set[str] = set()
    for name in imports(path):
        parts = name.split(".")
        if parts[:2] == ["send_routes", "ui"] and len(parts) > 2:
            rooms.add(parts[2])
    return rooms


def test_every_ui_module_lives_in_a_known_room() -> None:
    loose = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "ui").rglob("*.py")
        if path.parent.name not in UI_FLOORS and path.name != "__init__.py"
    ]
    rooms = {path.name for path in (PACKAGE / "ui").iterdir() if path.is_dir()}
    assert loose == []
    assert rooms - {"__pycache__"} == set(UI_FLOORS)


def test_no_ui_room_imports_a_room_on_its_own_floor_or_above() -> None:
    bad = [
        f"{path.relative_to(PACKAGE)} imports ui.{room}"
        for path in (PACKAGE / "ui").rglob("*.py")
        if path.parent.name in UI_FLOORS
        for room in ui_room_imports(path)
        if room != path.parent.name and UI_FLOORS.get(room, 99) >= UI_FLOORS[path.parent.name]
    ]
    assert bad == []
