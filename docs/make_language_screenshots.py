"""Screenshots of the window in Urdu, Arabic and Polish: the start page after choosing the
language, a question, Check your answers and the plan, and Urdu at 200% text (issue 23).

Run under a virtual screen, as `make screenshots` does:

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python docs/make_language_screenshots.py

``--catalogues DIR`` adds the catalogues in DIR (``<code>.yaml``) to a copy of db/content
first, to look at catalogues still being written on another branch.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

from make_screenshots import ANSWERS, SHOTS, settle, shoot
from PySide6.QtWidgets import QApplication

from send_routes import paths
from send_routes.content_build.build import build_database
from send_routes.content_store.content import ContentStore
from send_routes.ui.common.theme import DEFAULT_THEME, apply_theme
from send_routes.ui.shell.main_window import MainWindow

CODES = ("ur", "ar", "pl")


def content_with(catalogues: Path | None, folder: Path) -> ContentStore:
    """The content database, built with ``catalogues`` added when given."""
    source = paths.content_dir()
    if catalogues is not None:
        copy = folder / "content"
        shutil.copytree(source, copy)
        for catalogue in sorted(catalogues.glob("*.yaml")):
            shutil.copy(catalogue, copy / "translations" / catalogue.name)
        source = copy
    out = folder / "content.sqlite"
    build_database(source, paths.schema_file(), out)
    return ContentStore.open(out)


def shoot_language(content: ContentStore, code: str) -> None:
    choice = next((c for c in content.languages() if c.code == code), None)
    if choice is None:
        print(f"no catalogue for {code}: skipped")
        return
    window = MainWindow(content, today=dt.date(2026, 11, 22))
    window.resize(1100, 820)
    window.show()
    settle(400)
    window.language.choose(choice)
    shoot(window, f"lang-{code}-1-start", window.show_start)
    shoot(window, f"lang-{code}-2-question", window.start_wizard)
    window.start_wizard(dict(ANSWERS))
    shoot(window, f"lang-{code}-3-check-your-answers", window.show_check)
    shoot(window, f"lang-{code}-4-plan", window.show_plan)
    if code == "ur":
        window.set_text_scale(2.0)
        shoot(window, f"lang-{code}-5-text-200-percent-question", window.start_wizard)
        shoot(window, f"lang-{code}-6-text-200-percent-plan", window.show_plan)
        window.set_text_scale(1.0)
    window.language.clear_personal_data()
    window.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--catalogues", type=Path, default=None)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app, DEFAULT_THEME)
    SHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        content = content_with(args.catalogues, Path(folder))
        for code in CODES:
            shoot_language(content, code)
        content.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
