"""No import circle among the ui/ modules, counting imports made only for type checking."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop" / "send_routes" / "ui"
PREFIX = "send_routes.ui."


def ui_imports(path: Path) -> set[str]:
    """The ui/ modules that ``path`` imports, anywhere in it (functions and TYPE_CHECKING too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith(PREFIX) and node.module.count(".") == 2:
                room = node.module.removeprefix(PREFIX)
                found |= {f"{room}.{alias.name}" for alias in node.names}
            elif node.module.startswith(PREFIX):
                found.add(node.module.removeprefix(PREFIX))
        elif isinstance(node, ast.Import):
            names = (alias.name for alias in node.names)
            found |= {n.removeprefix(PREFIX) for n in names if n.startswith(PREFIX)}
    return found


def module_name(path: Path) -> str:
    """``plan.plan_page`` for ui/plan/plan_page.py: the room and the module."""
    return ".".join(path.relative_to(UI).with_suffix("").parts)


def import_graph() -> dict[str, set[str]]:
    modules = {module_name(path): path for path in UI.rglob("*.py") if path.stem != "__init__"}
    return {name: ui_imports(path) & modules.keys() for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle as a path that returns to where it started, or None."""
    state: dict[str, str] = {}

    def visit(name: str, path: list[str]) -> list[str] | None:
        state[name] = "open"
        for other in sorted(graph[name]):
            if state.get(other) == "open":
                return [*path[path.index(other) :], other] if other in path else [name, other]
            if other not in state and (cycle := visit(other, [*path, other])):
                return cycle
        state[name] = "done"
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start, [start])):
            return cycle
    return None


def test_the_cycle_finder_finds_a_circle_and_passes_a_tree() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_no_ui_module_imports_itself_back_through_others() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import circle in ui/: " + " -> ".join(cycle or [])


def test_no_ui_module_names_the_main_window_but_the_app_and_the_window_itself() -> None:
    graph = import_graph()
    users = {name for name, imports in graph.items() if "shell.main_window" in imports}
    assert "shell.main_window" in graph
    assert users <= {"shell.main_window"}
