"""Read the running window through the AT-SPI accessibility bus, as a screen reader does.

Run with the system Python that has Debian's python3-pyatspi, inside a D-Bus session and
an X display: ``atspi_reader.py PYTHON CONTENT_DB``. It starts ``atspi_app.py`` with the
project's PYTHON, and on each page lists every focusable control that is showing with its
role and name, and everything a screen reader would say there: each showing object's name,
description and text, in the bus's order. Prints one JSON object, {page: {"controls":
[[role, name], ...], "heard": [...], "order": the page's own reading order}}, or
{"error": why}.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pyatspi  # type: ignore[import-not-found]

HERE = Path(__file__).resolve().parent


def find_app(pid: int, timeout: float = 30.0) -> object:
    """The window's application on the bus, found by its process id."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.get_process_id() == pid:
                return app
        time.sleep(0.3)
    raise RuntimeError("the window never appeared on the accessibility bus")


def text_of(node: object) -> str:
    """The text an object holds (a text box's contents), or "" when it has none."""
    try:
        text = node.queryText()  # type: ignore[attr-defined]
    except NotImplementedError:
        return ""
    return str(text.getText(0, text.characterCount) or "")


def said(node: object) -> str:
    """What a screen reader says of one object: its name, then its text and description
    where they add something."""
    parts: list[str] = []
    for part in (node.name, text_of(node), node.description):  # type: ignore[attr-defined]
        if part and part not in parts:
            parts.append(part)
    return " ".join(parts)


def read(node: object, view: dict[str, list[object]], depth: int = 0) -> None:
    """Add the showing objects under ``node`` to ``view``: focusable controls with their
    role and name, and what is said of every object."""
    states = node.getState()  # type: ignore[attr-defined]
    showing = states.contains(pyatspi.STATE_SHOWING)
    if not showing and depth > 1:
        return
    if showing:
        if states.contains(pyatspi.STATE_FOCUSABLE):
            view["controls"].append([node.getRoleName(), node.name or ""])  # type: ignore[attr-defined]
        heard = said(node)
        if heard:
            view["heard"].append(heard)
    for index in range(node.childCount):  # type: ignore[attr-defined]
        child = node.getChildAtIndex(index)  # type: ignore[attr-defined]
        if child is not None:
            read(child, view, depth + 1)


def main() -> None:
    python, content = sys.argv[1], sys.argv[2]
    pyatspi.Registry.getDesktop(0)  # starts the accessibility bus before the window
    app_process = subprocess.Popen(
        [python, str(HERE / "atspi_app.py"), content],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert app_process.stdin is not None and app_process.stdout is not None
    result: dict[str, object] = {}
    try:
        app = None
        for line in app_process.stdout:
            if not line.startswith("PAGE "):
                continue
            page = json.loads(line.removeprefix("PAGE "))
            app = app or find_app(app_process.pid)
            view: dict[str, list[object]] = {"controls": [], "heard": []}
            read(app, view)
            result[page["name"]] = {**view, "order": page["order"]}
            app_process.stdin.write("next\n")
            app_process.stdin.flush()
    except RuntimeError as error:
        result = {"error": str(error)}
    finally:
        app_process.kill()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
