"""``send-routes --self-test``: prove an installed or frozen copy works, with no screen needed.

Checks, in order: the content database opens (integrity and schema version), its
resources are present, the England and Wales bank holidays, a misspelt search (with
rapidfuzz's compiled scorers), read aloud (Qt's speech module loads; a frozen copy has no
mock engine), every language's catalogue reads (and Qt's own Arabic and Polish dialog words
load), three scenarios give the expected routes and dates, a plan renders to PDF,
the wording check reads a .docx and a PDF and writes a .docx, and the main window opens and
closes. Prints one line per check; exits 0, or 1 naming what failed. Nothing is written
except into a temporary folder, which is removed.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from send_routes import __version__

if TYPE_CHECKING:
    from send_routes.content_store.content import ContentStore

EXIT_OK, EXIT_FAILED = 0, 1


class CheckFailed(Exception):
    """A self-test check found a problem; the message says what."""


@dataclass(frozen=True)
class Scenario:
    name: str
    answers: dict[str, Any]
    today: dt.date
    routes: tuple[str, ...]
    first_route: str | None = None
    deadlines: dict[str, str] = field(default_factory=dict)


#: Three scenarios from tests/data, with what the content must give for them.
SCENARIOS = (
    Scenario(
        "school SEN support",
        {
            "role": "parent_carer",
            "setting": "school",
            "stage": "sen_support",
            "disagree_with": ["setting"],
            "issues": ["setting_provision"],
            "local_authority": "leicester",
        },
        dt.date(2026, 11, 22),
        routes=("talk_to_setting", "sendiass", "disagreement_resolution"),
        first_route="talk_to_setting",
    ),
    Scenario(
        "refused EHC needs assessment",
        {
            "role": "parent_carer",
            "setting": "school",
            "stage": "assessment_requested",
            "disagree_with": ["local_authority"],
            "issues": ["refused_assessment"],
            "local_authority": "worcestershire",
            "decision_date": "2026-10-01",
        },
        dt.date(2026, 11, 22),
        routes=("mediation", "tribunal_appeal", "sendiass"),
        deadlines={"appeal": "2026-12-01"},
    ),
    Scenario(
        "appeal deadline over Christmas",
        {
            "role": "parent_carer",
            "setting": "school",
            "stage": "plan",
            "disagree_with": ["local_authority"],
            "issues": ["plan_content"],
            "decision_date": "2026-10-01",
            "certificate_date": "2026-11-29",
            "tried": ["mediation"],
        },
        dt.date(2026, 11, 30),
        routes=("tribunal_appeal",),
        deadlines={"appeal": "2027-01-04"},
    ),
)


def _say(text: str) -> None:
    # A windowed Windows executable may have no standard output at all.
    if sys.stdout is not None:
        print(text, flush=True)


def check_content() -> ContentStore:
    from send_routes import paths
    from send_routes.content_build.locate import open_content
    from send_routes.content_store.content import ContentError

    try:
        content = open_content()  # runs PRAGMA integrity_check and checks the schema version
    except ContentError as error:
        raise CheckFailed(str(error)) from error
    if paths.is_frozen() and paths.content_db_override() is None:
        inside = paths.content_db().resolve().is_relative_to(paths.bundle_root().resolve())
        if not inside:
            raise CheckFailed(f"the content database {paths.content_db()} is outside the bundle")
    if not content.content_version:
        raise CheckFailed("the content database has no content version")
    _say(f"     content version {content.content_version}, {len(content.contacts)} contacts")
    if content.notice:  # the bundled content is in use, and the check passes
        _say(f"     {content.notice}")
    return content


def check_resources() -> None:
    from send_routes import paths

    root = paths.resources_dir()
    wanted = (
        "templates/plan.html",
        "templates/letter.html",
        "templates/easy_read.html",
        "pictures/LICENSE.txt",
        "themes/base.qss",
    )
    missing = [name for name in wanted if not (root / name).is_file()]
    fonts = list((root / "fonts").rglob("*.[ot]tf"))
    if missing or not fonts:
        raise CheckFailed(f"missing in {root}: {', '.join(missing) or 'fonts'}")
    # The Easy Read pictures are SVG files: Qt's SVG image plugin must be in the bundle.
    from send_routes.export.easy_read import picture_image

    try:
        picture_image("phone")
    except FileNotFoundError as error:
        raise CheckFailed(str(error)) from error


def check_bank_holidays() -> None:
    from send_routes.core.deadlines import is_working_day

    # Christmas, and the English August bank holiday (Scotland's is earlier in August).
    holidays = (dt.date(2026, 12, 25), dt.date(2026, 8, 31))
    if any(is_working_day(day) for day in holidays) or not is_working_day(dt.date(2026, 8, 3)):
        raise CheckFailed("England and Wales bank holidays are not recognised")


def check_scenarios(content: ContentStore) -> None:
    from send_routes.core.answers import parse_answers
    from send_routes.core.planner import make_plan

    for scenario in SCENARIOS:
        plan = make_plan(content.guidance, parse_answers(scenario.answers), scenario.today)
        ids = [route.id for route in plan.routes]
        dates = {deadline.id: deadline.date.isoformat() for deadline in plan.deadlines}
        problems = [f"no route {r}" for r in scenario.routes if r not in ids]
        if scenario.first_route and ids[:1] != [scenario.first_route]:
            problems.append(f"first route {ids[:1]}, expected {scenario.first_route}")
        problems += [
            f"{key} deadline {dates.get(key)}, expected {date}"
            for key, date in scenario.deadlines.items()
            if dates.get(key) != date
        ]
        if problems:
            raise CheckFailed(f"scenario '{scenario.name}': {'; '.join(problems)}")


def check_pdf(content: ContentStore, folder: Path) -> None:
    from send_routes.core.answers import parse_answers
    from send_routes.core.planner import make_plan
    from send_routes.export.documents import save_plan
    from send_routes.export.plan_context import DocumentOptions
    from send_routes.qt_offscreen import document_application

    scenario = SCENARIOS[1]
    plan = make_plan(content.guidance, parse_answers(scenario.answers), scenario.today)
    out = folder / "plan.pdf"
    with document_application():
        save_plan(plan, content, DocumentOptions(), out, "pdf")
    data = out.read_bytes()
    if not data.startswith(b"%PDF") or len(data) < 2000:
        raise CheckFailed(f"the PDF is not a PDF ({len(data)} bytes)")


def check_wording(folder: Path) -> None:
    """``check-wording`` on a bundled .docx and PDF, and the .docx writer (pypdf and the
    readers load only when a file is opened: see ``self_test_wording``)."""
    from send_routes import paths
    from send_routes.self_test_wording import WordingCheckFailed
    from send_routes.self_test_wording import check_wording as run_check

    try:
        run_check(paths.resources_dir(), folder)
    except WordingCheckFailed as error:
        raise CheckFailed(str(error)) from error


def check_window(content: ContentStore) -> None:
    from PySide6.QtWidgets import QApplication

    from send_routes.app import build_window
    from send_routes.ui.shell.main_window import MainWindow

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise CheckFailed("a QApplication could not be made (was a QGuiApplication first?)")
    window = build_window(lambda: content, today=dt.date(2026, 11, 22))
    if not isinstance(window, MainWindow):
        raise CheckFailed(f"the main window could not open: {type(window).__name__}")
    window.show()
    app.processEvents()
    if not window.isVisible():
        raise CheckFailed("the main window did not show")
    window.close()
    window.deleteLater()
    app.processEvents()


def check_search() -> None:
    """A misspelt search finds its match with rapidfuzz's compiled scorers (the frozen copy
    leaves some of rapidfuzz out: build/freeze_config.py); a fall back to Python is slow."""
    from rapidfuzz import fuzz, process, utils

    where = {fuzz.WRatio.__module__, process.extract.__module__, utils.default_process.__module__}
    if not all("_cpp" in module for module in where):
        raise CheckFailed(f"the search lost its compiled scorers: {sorted(where)}")
    found = process.extractOne(
        "sendias", ["tribunal", "SENDIASS"], scorer=fuzz.WRatio, processor=utils.default_process
    )
    if found is None or found[0] != "SENDIASS":
        raise CheckFailed(f"a misspelt search found {found}")


def check_read_aloud(frozen: bool) -> str:
    """A frozen copy has only the speech engines users get, never Qt's mock engine (for
    tests only). Says which engines load here: none is not a fault, as the app then says
    read aloud is not available (its libraries, such as PulseAudio's, come from the system)."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "texttospeech"
    shipped = sorted(path.name for path in plugins.glob("*")) if plugins.is_dir() else []
    if frozen and any("mock" in name for name in shipped):
        raise CheckFailed(f"Qt's mock speech engine is in this copy: {shipped}")
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as error:
        return f"none load here ({error})"
    return ", ".join(QTextToSpeech.availableEngines()) or "none"


def _languages(content: ContentStore) -> str:
    from send_routes.self_test_languages import LanguagesFailed, check_languages

    try:
        return check_languages(content)
    except LanguagesFailed as error:
        raise CheckFailed(str(error)) from error


def _application() -> object:
    """The QApplication the window check needs (made first, so documents can share it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["send-routes", "--self-test"])


def _run_check(name: str, check: Callable[[], object]) -> tuple[bool, object]:
    started = time.perf_counter()
    try:
        result = check()
    except CheckFailed as error:
        _say(f"FAILED {name}: {error}")
        return False, None
    except Exception as error:  # the point is to report anything at all that breaks
        _say(f"FAILED {name}: {type(error).__name__}: {error}")
        return False, None
    _say(f"ok   {name} ({(time.perf_counter() - started) * 1000:.0f} ms)")
    return True, result


def run() -> int:
    """Run every check; returns 0 when all pass, 1 otherwise."""
    from send_routes import paths

    mode = "frozen" if paths.is_frozen() else "source"
    _say(f"send-routes {__version__} self-test ({mode}, {sys.platform})")
    # Where this copy keeps saved cases (portable: beside itself); only said, never made.
    _say(f"     user files go to {paths.user_data_dir()}")
    # Any user file the window might save goes to a temporary folder, never the real one.
    scratch = tempfile.TemporaryDirectory(prefix="send-routes-self-test-")
    os.environ.setdefault(paths.DATA_DIR_VARIABLE, str(Path(scratch.name) / "data"))
    ok, app = _run_check("Qt application", _application)
    if not ok:
        return EXIT_FAILED
    ok, opened = _run_check("content database", check_content)
    passed = [ok, _run_check("resources", check_resources)[0]]
    passed.append(_run_check("bank holidays", check_bank_holidays)[0])
    passed.append(_run_check("misspelt search", check_search)[0])
    ok_speech, engines = _run_check("read aloud", lambda: check_read_aloud(paths.is_frozen()))
    passed.append(ok_speech)
    if ok_speech:
        _say(f"     speech engines: {engines}")
    if ok:
        content: ContentStore = opened  # type: ignore[assignment]
        with tempfile.TemporaryDirectory(prefix="send-routes-self-test-") as folder:
            ok_languages, languages = _run_check("languages", lambda: _languages(content))
            passed.append(ok_languages)
            if ok_languages:
                _say(f"     {languages}")
            passed.append(_run_check("scenarios", lambda: check_scenarios(content))[0])
            passed.append(_run_check("plan to PDF", lambda: check_pdf(content, Path(folder)))[0])
            passed.append(_run_check("wording check", lambda: check_wording(Path(folder)))[0])
            passed.append(_run_check("main window", lambda: check_window(content))[0])
        content.close()
    del app
    scratch.cleanup()
    failed = passed.count(False)
    _say("self-test passed" if not failed else f"self-test FAILED: {failed} check(s)")
    return EXIT_OK if not failed else EXIT_FAILED
