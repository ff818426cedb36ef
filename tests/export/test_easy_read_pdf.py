"""The Easy Read plan as PDF and ODT: every line printed beside its picture, at 16 point.

Checked from outside, as a reader's tools see the file: ``pdfimages`` counts the pictures,
``pdftotext`` finds each line and the size of every word (poppler-utils).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.easy_read import MAX_WORDS, sentences, word_count
from send_routes.core.planner import make_plan
from send_routes.export.easy_read import BASE_PT, easy_read_bytes
from send_routes.export.easy_read_text import easy_read_view
from send_routes.export.plan_context import DocumentOptions

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler-utils"),
]
SHARED = Path(__file__).resolve().parents[1] / "data" / "scenarios_shared.json"
PUBLIC = [
    s for s in json.loads(SHARED.read_text(encoding="utf-8")) if "error_mentions" not in s["expect"]
]
#: DejaVu Sans draws a word box 1.164 times its point size tall (ascent plus descent).
BOX_PER_POINT = 1.16
#: The footer ("Page x of y", not legal advice) sits in the last 75 points of a page.
FOOTER_BAND = 75.0


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def words_with_sizes(path: Path) -> list[tuple[str, float, bool]]:
    """(word, box height, in the footer band) for every word, from ``pdftotext -bbox``."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    root = ElementTree.fromstring(xhtml)
    found = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        height = float(page.attrib["height"])
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            top, bottom = float(word.attrib["yMin"]), float(word.attrib["yMax"])
            found.append((word.text or "", bottom - top, top > height - FOOTER_BAND))
    return found


@pytest.mark.parametrize("scenario", PUBLIC, ids=lambda s: s["name"])
def test_every_public_scenario_prints_easy_read_with_a_picture_for_each_line(
    tmp_path: Path, content: ContentStore, scenario: dict[str, Any]
) -> None:
    today = dt.date.fromisoformat(scenario.get("today", "2026-11-22"))
    plan = make_plan(content.guidance, parse_answers(scenario["answers"]), today)
    view = easy_read_view(plan, content)
    path = tmp_path / "easy-read.pdf"
    path.write_bytes(easy_read_bytes(view, DocumentOptions(), "pdf"))

    lines = list(view.all_lines())
    listed = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(listed) == len(lines)  # one picture beside every line, steps included

    text = flat(
        subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    # A long web address wraps where it has no space, and pdftotext joins a line ending in
    # a hyphen to the next without it: compare without spaces and hyphens.
    joined = re.sub(r"[\s-]", "", text)
    for line in lines:
        assert re.sub(r"[\s-]", "", line.text) in joined
        assert all(word_count(s) < MAX_WORDS for s in sentences(line.text))
    for route in view.routes.parts:
        assert route.heading in text

    sizes = [(word, box) for word, box, footer in words_with_sizes(path) if not footer]
    small = [word for word, box in sizes if box < BASE_PT * BOX_PER_POINT]
    assert sizes and small == []


@pytest.mark.parametrize("scenario", PUBLIC, ids=lambda s: s["name"])
def test_page_one_holds_what_to_do_first_by_when_and_who(
    tmp_path: Path, content: ContentStore, scenario: dict[str, Any]
) -> None:
    today = dt.date.fromisoformat(scenario.get("today", "2026-11-22"))
    plan = make_plan(content.guidance, parse_answers(scenario["answers"]), today)
    view = easy_read_view(plan, content)
    path = tmp_path / "easy-read.pdf"
    path.write_bytes(easy_read_bytes(view, DocumentOptions(), "pdf"))
    first_page = flat(
        subprocess.run(
            ["pdftotext", "-f", "1", "-l", "1", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    joined = re.sub(r"[\s-]", "", first_page)
    for section in view.page_one:
        assert section.heading in first_page
        for line in section.lines:
            assert re.sub(r"[\s-]", "", line.text) in joined
    assert view.routes.heading not in first_page


def test_no_italic_or_oblique_font_is_used(tmp_path: Path, content: ContentStore) -> None:
    plan = make_plan(content.guidance, parse_answers(PUBLIC[3]["answers"]), dt.date(2026, 11, 22))
    path = tmp_path / "easy-read.pdf"
    path.write_bytes(easy_read_bytes(easy_read_view(plan, content), DocumentOptions(), "pdf"))
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert "Bold" in fonts
    assert "Oblique" not in fonts and "Italic" not in fonts


def test_the_odt_carries_the_pictures(content: ContentStore) -> None:
    plan = make_plan(content.guidance, parse_answers(PUBLIC[3]["answers"]), dt.date(2026, 11, 22))
    view = easy_read_view(plan, content)
    data = easy_read_bytes(view, DocumentOptions(), "odt")
    with zipfile.ZipFile(io.BytesIO(data)) as odt:
        pictures = [name for name in odt.namelist() if name.startswith("Pictures/")]
        body = odt.read("content.xml").decode("utf-8")
    assert pictures
    assert "What to do first" in body
