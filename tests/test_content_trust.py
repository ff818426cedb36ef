"""Content left by a previous visitor is never used: in every place the app looks for
content, a database with a higher release, a changed Tribunal phone and a moved appeal
deadline (unsigned, signed with another key, or damaged) leaves each start on the bundled
content, with one line on the start page and in the plan saying the update was ignored."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from hostile_content import FAKE_PHONE, FORMS, changed_database, plant, public_key_file
from sample_answers import REFUSED
from send_routes import paths
from send_routes.cli import main
from send_routes.content_build import locate
from send_routes.content_store.content import ContentStore
from send_routes.content_store.content_release import installed_pack_path, legacy_installed_path
from send_routes.content_store.trusted_content import DAMAGED, UNSIGNED
from send_routes.core.answers import parse_answers
from send_routes.core.planner import make_plan

TODAY = dt.date(2026, 11, 2)
PLACES = (
    "SEND_ROUTES_DATA_DIR",
    "--data-dir",
    "portable folder",
    "platform's user data folder",
    "older version's place",
    "SEND_ROUTES_CONTENT_DB",
)
EXPECTED = {"unsigned": UNSIGNED, "another key": UNSIGNED, "damaged": DAMAGED}


@pytest.fixture
def app_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Ed25519PrivateKey:
    """A key of the test's own, which the app is told is its content key."""
    key = Ed25519PrivateKey.generate()
    pem = public_key_file(key, tmp_path / "app-key.pem")
    monkeypatch.setattr(locate, "public_key_file", lambda: pem)
    return key


@pytest.fixture
def everyday(content_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app as everyone runs it (not developer mode), its bundled content the test's."""
    for name in ("SEND_ROUTES_DEVELOPER", "SEND_ROUTES_CONTENT_DB", "SEND_ROUTES_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(paths, "bundled_content_db", lambda: content_db)
    monkeypatch.setattr(paths, "portable_root", lambda: None)
    yield content_db
    paths.set_data_dir_override(None)


def plant_in(
    place: str,
    form: str,
    content_db: Path,
    tmp_path: Path,
    key: Ed25519PrivateKey,
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    """Leave the changed content in ``place`` as ``form``; where it was left."""
    data = tmp_path / "data"
    target = installed_pack_path(data)
    if place in ("SEND_ROUTES_DATA_DIR", "older version's place"):
        monkeypatch.setenv("SEND_ROUTES_DATA_DIR", str(data))
        if place == "older version's place":
            target = legacy_installed_path(data)
    elif place == "--data-dir":
        paths.set_data_dir_override(data)
    elif place == "portable folder":
        monkeypatch.setattr(paths, "portable_root", lambda: tmp_path / "usb")
        target = installed_pack_path(tmp_path / "usb" / "data")
    elif place == "platform's user data folder":
        target = installed_pack_path(tmp_path / "xdg" / paths.APP_NAME)
    else:
        target = tmp_path / "elsewhere" / "content.sqlite"
        monkeypatch.setenv("SEND_ROUTES_CONTENT_DB", str(target))
    return plant(form, content_db, target, key)


def appeal_date(content: ContentStore) -> dt.date:
    plan = make_plan(content.guidance, parse_answers(REFUSED), TODAY)
    return next(deadline.date for deadline in plan.deadlines if deadline.id == "appeal")


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("place", PLACES)
def test_each_window_start_uses_the_bundled_content_and_says_the_update_was_ignored(
    qtbot: QtBot,
    everyday: Path,
    app_key: Ed25519PrivateKey,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: ContentStore,
    place: str,
    form: str,
) -> None:
    from send_routes.app import build_window
    from send_routes.export.text import plan_to_text
    from send_routes.ui.shell.main_window import MainWindow

    plant_in(place, form, everyday, tmp_path, app_key, monkeypatch)
    window = build_window(today=TODAY)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    notice = window.start_page.content_notice
    assert notice is not None and notice.text() == EXPECTED[form]
    used = window.content
    assert used.notice == EXPECTED[form]
    assert appeal_date(used) == appeal_date(content)  # the bundled rule, not 20 months
    plan = make_plan(used.guidance, parse_answers(REFUSED), TODAY)
    assert plan.warnings[0] == EXPECTED[form]
    text = plan_to_text(plan, used)
    assert EXPECTED[form] in text and FAKE_PHONE not in text
    assert "0300 303 5857" in text  # the Tribunal's number from the bundled content


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("place", PLACES)
def test_each_command_line_plan_uses_the_bundled_content_and_says_so(
    everyday: Path,
    app_key: Ed25519PrivateKey,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: ContentStore,
    place: str,
    form: str,
) -> None:
    plant_in(place, form, everyday, tmp_path, app_key, monkeypatch)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(REFUSED), encoding="utf-8")
    argv = ["plan", "--answers", str(answers), "--format", "json", "--today", TODAY.isoformat()]
    assert main(argv) == 0
    printed = capsys.readouterr()
    plan = json.loads(printed.out)
    assert plan["warnings"][0] == EXPECTED[form]
    assert FAKE_PHONE not in printed.out
    appeal = next(d for d in plan["deadlines"] if d["id"] == "appeal")
    assert appeal["date"] == appeal_date(content).isoformat()
    assert printed.err.strip() == f"send-routes: {EXPECTED[form]}"


@pytest.mark.parametrize("kind", ["pdf", "odt"])
def test_a_saved_plan_says_the_update_was_ignored(
    everyday: Path,
    app_key: Ed25519PrivateKey,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    import re
    import zipfile

    plant_in("SEND_ROUTES_DATA_DIR", "unsigned", everyday, tmp_path, app_key, monkeypatch)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(REFUSED), encoding="utf-8")
    out = tmp_path / f"plan.{kind}"
    assert main(["plan", "--answers", str(answers), "--format", kind, "--out", str(out)]) == 0
    if kind == "pdf":
        text = " ".join(page.extract_text() or "" for page in PdfReader(out).pages)
    else:
        with zipfile.ZipFile(out) as archive:
            text = re.sub(r"<[^>]+>", "", archive.read("content.xml").decode("utf-8"))
    words = " ".join(text.split())
    assert UNSIGNED in words and FAKE_PHONE not in words


def test_a_pack_signed_by_the_app_key_is_used_until_it_is_removed(
    everyday: Path,
    app_key: Ed25519PrivateKey,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from hostile_content import signed_pack

    monkeypatch.setenv("SEND_ROUTES_DATA_DIR", str(tmp_path / "data"))
    pack = signed_pack(changed_database(everyday, tmp_path / "new.sqlite"), app_key, tmp_path / "p")
    assert main(["content-pack", "install", str(pack)]) == 0
    used = locate.open_content()
    assert used.notice == "" and used.release == 99  # signed by "our" key: trusted
    used.close()
    assert main(["content-pack", "remove"]) == 0
    assert "Removed the installed content pack" in capsys.readouterr().out
    assert not installed_pack_path(tmp_path / "data").exists()
    bundled = locate.open_content()
    assert bundled.path == everyday and bundled.notice == ""
    bundled.close()
    assert main(["content-pack", "remove"]) == 0
    assert "No content pack is installed" in capsys.readouterr().out


def test_content_pack_remove_clears_a_planted_file_and_the_line_goes_with_it(
    everyday: Path,
    app_key: Ed25519PrivateKey,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plant_in("older version's place", "unsigned", everyday, tmp_path, app_key, monkeypatch)
    plant_in("SEND_ROUTES_DATA_DIR", "damaged", everyday, tmp_path, app_key, monkeypatch)
    assert locate.content_choice().notice == DAMAGED  # one line: the first place looked

    assert main(["content-pack", "remove"]) == 0
    assert locate.content_choice().notice == ""


def test_developer_mode_is_never_honoured_outside_a_source_checkout(
    everyday: Path,
    app_key: Ed25519PrivateKey,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    planted = plant_in(
        "SEND_ROUTES_CONTENT_DB", "unsigned", everyday, tmp_path, app_key, monkeypatch
    )
    monkeypatch.setenv("SEND_ROUTES_DEVELOPER", "1")
    assert locate.content_choice().source.path == planted  # a developer's own database
    monkeypatch.setattr(paths, "source_root", lambda: None)  # installed or frozen
    choice = locate.content_choice()
    assert choice.source.path == everyday and choice.notice == UNSIGNED


def run_app(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "send_routes", *args],
        capture_output=True,
        text=True,
        timeout=120,  # a hang fails here instead of stopping the run
        env=env,
        check=False,
    )


def test_a_real_start_with_every_hostile_shape_planted_at_once_does_not_hang(
    content_db: Path, app_key: Ed25519PrivateKey, tmp_path: Path
) -> None:
    """A real process: a FIFO as the pack, an unsigned database with an endless view named
    metadata as the older version's copy, and a damaged pack as SEND_ROUTES_CONTENT_DB."""
    import sqlite3

    data = tmp_path / "data"
    installed_pack_path(data).parent.mkdir(parents=True)
    os.mkfifo(installed_pack_path(data))
    looping = changed_database(content_db, legacy_installed_path(data))
    conn = sqlite3.connect(looping)
    conn.executescript(
        "ALTER TABLE metadata RENAME TO m; CREATE VIEW metadata(key, value) AS "
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT 'release', CAST(i AS TEXT) FROM n"
    )
    conn.close()
    elsewhere = plant("damaged", content_db, tmp_path / "elsewhere" / "c.srpack", app_key)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(REFUSED), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "SEND_ROUTES_DEVELOPER"}
    env.update(SEND_ROUTES_DATA_DIR=str(data), SEND_ROUTES_CONTENT_DB=str(elsewhere))
    result = run_app(["plan", "--answers", str(answers), "--format", "text"], env)
    assert result.returncode == 0, result.stderr[-500:]
    assert FAKE_PHONE not in result.stdout and "0300 303 5857" in result.stdout
    assert "Installed content update ignored" in result.stdout
    notice = result.stderr.strip().splitlines()[-1]
    assert notice.startswith("send-routes: Installed content update ignored: ")
    assert "Reinstall" not in result.stdout + result.stderr


def test_a_signed_pack_that_fails_its_checks_gives_way_to_the_bundled_content(
    everyday: Path, app_key: Ed25519PrivateKey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Signed, so chosen, but holding a trigger: the start still opens, on the bundled content."""
    import sqlite3

    from hostile_content import raw_pack

    monkeypatch.setenv("SEND_ROUTES_DATA_DIR", str(tmp_path / "data"))
    database = changed_database(everyday, tmp_path / "trigger.sqlite")
    conn = sqlite3.connect(database)
    conn.execute("CREATE TRIGGER t AFTER INSERT ON notes BEGIN DELETE FROM notes; END")
    conn.commit()
    conn.close()
    target = installed_pack_path(tmp_path / "data")
    target.parent.mkdir(parents=True)
    raw_pack(database.read_bytes(), app_key, 99, target)
    assert locate.content_choice().source.data is not None  # the signature holds
    used = locate.open_content()
    assert used.path == everyday and used.notice == DAMAGED
    used.close()


def test_with_no_pack_installed_the_start_loads_no_signature_code(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from send_routes.content_build.locate import open_chosen\n"
        "conn, choice = open_chosen(check_contacts_later=True)\n"
        "print(choice.notice == '', 'cryptography' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "SEND_ROUTES_DEVELOPER"}
    env["SEND_ROUTES_DATA_DIR"] = str(tmp_path / "data")
    env.pop("SEND_ROUTES_CONTENT_DB")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.stdout.split() == ["True", "False"], result.stderr[-500:]


@pytest.mark.parametrize(
    "change",
    [
        "ALTER TABLE metadata RENAME TO m; CREATE VIEW metadata(key, value) AS "
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT 'release', CAST(i AS TEXT) FROM n",
        "DROP TABLE contacts; CREATE VIEW contacts AS SELECT * FROM areas, areas a, areas b",
        "DROP TABLE deadline_rules",
    ],
    ids=["endless view named metadata", "view named contacts", "missing table"],
)
def test_a_developer_database_of_another_shape_gives_the_reason_page_at_once(
    qtbot: QtBot,
    content_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: str,
) -> None:
    """Developer mode trusts the named file, but still checks its shape before any read."""
    import shutil
    import sqlite3

    from send_routes.app import build_window
    from send_routes.ui.shell.error_page import ContentErrorPage

    database = tmp_path / "content.sqlite"
    shutil.copy(content_db, database)
    conn = sqlite3.connect(database)
    conn.executescript(change)
    conn.close()
    monkeypatch.setenv("SEND_ROUTES_CONTENT_DB", str(database))
    page = build_window()
    qtbot.addWidget(page)
    assert isinstance(page, ContentErrorPage)
    said = page.problem.text()
    assert "cannot be used (it " in said and "Check the file SEND_ROUTES_CONTENT_DB" in said
    assert "Traceback" not in said and "Reinstall" not in said


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_signed_pack_with_damaged_contacts_never_stops_the_window(
    qtbot: QtBot,
    everyday: Path,
    app_key: Ed25519PrivateKey,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The contacts are what the window checks after its first paint: in a pack they are
    checked before it, so the window opens on the bundled content and stays open."""
    from content_damage import damage_table
    from hostile_content import raw_pack
    from send_routes.app import build_window
    from send_routes.ui.shell.main_window import MainWindow

    monkeypatch.setenv("SEND_ROUTES_DATA_DIR", str(tmp_path / "data"))
    database = changed_database(everyday, tmp_path / "newer.sqlite")
    damaged = tmp_path / "damaged.sqlite"
    damage_table(database, damaged, "contacts")
    target = installed_pack_path(tmp_path / "data")
    target.parent.mkdir(parents=True)
    raw_pack(damaged.read_bytes(), app_key, 99, target)
    window = build_window(today=TODAY)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    window.show()
    qtbot.waitExposed(window)
    assert window.content.notice == DAMAGED and window.content.path == everyday
    qtbot.wait(50)  # the check after the first paint has run
    assert window.isVisible()


@pytest.mark.parametrize(
    ("kind", "easy_read"),
    [("text", False), ("text", True), ("pdf", True), ("odt", True)],
)
def test_the_text_and_easy_read_plans_say_the_update_was_ignored_first(
    everyday: Path,
    app_key: Ed25519PrivateKey,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    easy_read: bool,
) -> None:
    import re
    import zipfile

    plant_in("SEND_ROUTES_DATA_DIR", "another key", everyday, tmp_path, app_key, monkeypatch)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(REFUSED), encoding="utf-8")
    out = tmp_path / f"plan.{'txt' if kind == 'text' else kind}"
    argv = ["plan", "--answers", str(answers), "--format", kind, "--out", str(out)]
    assert main(argv + (["--easy-read"] if easy_read else [])) == 0
    assert capsys.readouterr().err.startswith(f"send-routes: {UNSIGNED}\n")
    if kind == "pdf":
        text = " ".join(page.extract_text() or "" for page in PdfReader(out).pages)
    elif kind == "odt":
        with zipfile.ZipFile(out) as archive:
            text = re.sub(r"<[^>]+>", " ", archive.read("content.xml").decode("utf-8"))
    else:
        text = out.read_text(encoding="utf-8")
    words = " ".join(text.split())
    assert UNSIGNED in words and FAKE_PHONE not in words
    if easy_read:  # first on page 1, before what to do first
        assert words.index(UNSIGNED) < words.index("What to do first")
    else:  # the first of the warnings, as on the screen
        assert words.index("Warning:") == words.index(f"Warning: {UNSIGNED}")
    if kind == "pdf":
        first_page = " ".join((PdfReader(out).pages[0].extract_text() or "").split())
        assert UNSIGNED in first_page
