"""List the window's own words, for the catalogues' coverage: every literal the code passes
to ``tr()`` or ``marked()`` (ui/common/words.py), found by walking the source's syntax tree.

The list is written to content_build/window_strings.py and committed, rather than walked at
check time, because a frozen app carries no source to walk; tests/content_build checks that
the committed list is what a walk finds today. Rewrite it after changing the window's words:

    .venv/bin/python -m send_routes.content_build.list_window_strings --write
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "ui"
OUTPUT = Path(__file__).resolve().parent / "window_strings.py"
#: What a family meets first comes first in the list, so translators start there.
FOLDER_ORDER = ("shell", "wizard", "plan", "common", "glossary", "directory", "adviser")
#: The helpers whose first argument is a window string (Qt's own ``tr`` included).
MARKERS = frozenset({"tr", "marked"})

HEADER = '''# ruff: noqa: E501
"""The window's own words (generated: do not edit; see list_window_strings.py).

Every literal passed to ``tr()`` or ``marked()`` under ui/, in the order first found, so
``check-content --translations`` counts the window and ``--missing-translations`` lists it.
"""

WINDOW_STRINGS: tuple[str, ...] = (
'''


def _called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def strings_in(source: str) -> Iterator[str]:
    """The literal first arguments of ``tr``/``marked`` calls in ``source``, in order."""
    calls = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call)]
    calls.sort(key=lambda n: (n.lineno, n.col_offset))
    for call in calls:
        if _called(call) in MARKERS and call.args:
            first = call.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield first.value


def window_strings(root: Path = UI) -> tuple[str, ...]:
    """Every window string under ``root``, once each: the family's pages first."""
    found: dict[str, None] = {}
    for path in sorted(root.rglob("*.py"), key=_family_first):
        for text in strings_in(path.read_text(encoding="utf-8")):
            found.setdefault(text, None)
    return tuple(found)


def _family_first(path: Path) -> tuple[int, str]:
    folder = path.parent.name
    rank = FOLDER_ORDER.index(folder) if folder in FOLDER_ORDER else len(FOLDER_ORDER)
    return rank, path.name


def module_text(strings: tuple[str, ...]) -> str:
    """The generated module's text (ruff-formatted already: one string a line)."""
    lines = [HEADER]
    for text in strings:
        lines.append(f"    {_quoted(text)},\n")
    lines.append(")\n")
    return "".join(lines)


def _quoted(text: str) -> str:
    """As ruff writes it: double quotes, unless the text has some and no single ones."""
    escaped = text.replace("\\", "\\\\").replace("\n", "\\n")
    if '"' in text and "'" not in text:
        return f"'{escaped}'"
    return '"' + escaped.replace('"', '\\"') + '"'


def main(argv: list[str]) -> int:
    text = module_text(window_strings())
    if "--write" in argv:
        OUTPUT.write_text(text, encoding="utf-8")
        return 0
    current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
    if current != text:
        print(f"{OUTPUT} is out of date: run with --write", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
