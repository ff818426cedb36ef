"""Delete each statement of ``Session.clear`` in turn; each deletion must fail a test.

Run from the checkout: ``.venv/bin/python build/clearing_mutations.py``. Prints one line a
statement and exits non-zero if a deletion leaves the clearing tests green.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SESSION = ROOT / "desktop" / "send_routes" / "ui" / "common" / "session.py"
TESTS = [
    "tests/ui/shell/test_privacy.py",
    "tests/ui/common/test_session.py",
    "-k",
    "every_way_of_clearing or clear_forgets_every_field",
    "-x",
    "-q",
]


def clear_statements(source: str) -> list[ast.stmt]:
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "clear":
            return [s for s in node.body if not isinstance(s, ast.Expr)]  # not the docstring
    raise SystemExit("Session.clear not found")


def main() -> int:
    original = SESSION.read_text(encoding="utf-8")
    lines = original.splitlines(keepends=True)
    survived = []
    try:
        for statement in clear_statements(original):
            first, last = statement.lineno - 1, statement.end_lineno or statement.lineno
            indent = lines[first][: len(lines[first]) - len(lines[first].lstrip())]
            mutated = [*lines[:first], f"{indent}pass\n", *lines[last:]]
            SESSION.write_text("".join(mutated), encoding="utf-8")
            done = subprocess.run(
                [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *TESTS],
                cwd=ROOT,
                capture_output=True,
                check=False,
            )
            text = ast.get_source_segment(original, statement) or "?"
            verdict = "caught" if done.returncode != 0 else "SURVIVED"
            print(f"{verdict}: deleted {text.splitlines()[0]}")
            if done.returncode == 0:
                survived.append(text)
    finally:
        SESSION.write_text(original, encoding="utf-8")
    return 1 if survived else 0


if __name__ == "__main__":
    raise SystemExit(main())
