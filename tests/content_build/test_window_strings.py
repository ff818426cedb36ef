"""The window's own words are listed for the catalogues: the committed list is what a walk
of the code finds today, every text the code gives a widget goes through ``tr()``, and the
coverage report and the missing entries count them."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

from send_routes import paths
from send_routes.content_build import list_window_strings
from send_routes.content_build.check_translations import coverage, missing_entries
from send_routes.content_build.content_files import read_content
from send_routes.content_build.window_strings import WINDOW_STRINGS
from send_routes.core.translation import string_key

#: Qt calls and the app's helpers whose arguments a person sees or hears.
TEXT_SINKS = frozenset(
    {"QPushButton", "QLabel", "QCheckBox", "QRadioButton", "QGroupBox", "QAction"}
    | {"text_label", "selectable_label", "button", "setText", "setAccessibleName"}
    | {"setAccessibleDescription", "setToolTip", "setStatusTip", "setWindowTitle"}
    | {"setPlaceholderText", "setTitle", "addRow", "addButton", "addMenu", "showMessage"}
    | {"setHorizontalHeaderLabels", "setInformativeText", "say", "ask", "ask_text"}
    | {"FieldError", "TermLabel", "QListWidgetItem", "show_saved"}
)


def untranslated_texts(path: Path) -> list[str]:
    """Literal words (or f-strings) handed straight to a widget, without ``tr()``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name not in TEXT_SINKS:
            continue
        for argument in node.args:
            words = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
            text = str(getattr(argument, "value", ""))
            wordy = text[:1].isupper() or " " in text
            if words and wordy and any(c.isalpha() for c in text):
                found.append(f"{path.name}:{node.lineno}: {argument.value!r}")
            if isinstance(argument, ast.JoinedStr):
                found.append(f"{path.name}:{node.lineno}: an f-string")
    return found


def test_the_committed_list_is_what_the_code_says_today() -> None:
    assert list_window_strings.main([]) == 0, "run list_window_strings --write"
    assert "Continue" in WINDOW_STRINGS
    assert "&Print your plan…" in WINDOW_STRINGS  # from the menus, marked at import time


def test_every_word_given_to_a_widget_goes_through_the_translator() -> None:
    found = [t for p in sorted(list_window_strings.UI.rglob("*.py")) for t in untranslated_texts(p)]
    assert found == []


def test_the_family_pages_words_come_before_the_advisers() -> None:
    assert WINDOW_STRINGS.index("Continue") < WINDOW_STRINGS.index("Lock saved cases")


def test_coverage_and_the_missing_entries_count_the_window(tmp_path: Path) -> None:
    files = read_content(paths.content_dir())
    polish = next(language for language in coverage(files) if language.code == "pl")
    assert polish.window[1] == len(WINDOW_STRINGS)
    assert "window words" in polish.line()
    # A language with no catalogue yet: Romanian before its catalogue was written.
    content = tmp_path / "content"
    shutil.copytree(paths.content_dir(), content)
    (content / "translations" / "ro.yaml").unlink()
    missing = missing_entries(read_content(content), "ro")
    assert f'  {string_key("Check your answers")}:\n    english: "Check your answers"' in missing
