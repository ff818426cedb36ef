"""Every public scenario's plan in each of the six languages, as text, PDF and ODT: page 1
with the English beside it on one page, every date and number intact, the script's font
embedded, right to left for Urdu and Arabic, and a list of any English left.

The languages come from the content's catalogues, or from the page-1 snapshots in
tests/data/translations/ while a catalogue is being written (tests/catalogue_snapshots.py).

English left in the translated half: every line the plan shows in English for want of a
translation is listed. Names kept on purpose (of people, bodies, areas, sources, and
councils' own names filled into a sentence) never count: they are kept as written by design
(core/plan_language.py, core/translate_text.py) and never looked up; any line still allowed
in English is in ``KEPT_ON_PURPOSE``. For a language whose catalogue is complete (``STRICT``,
or ``check-content --missing-translations CODE`` lists nothing), any other English left is a
failure: it can only be a line the catalogue check does not know the plan can show, or a
translation deleted. While a catalogue is incomplete, the list is reported as a warning.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import warnings
import zipfile
from functools import cache
from typing import Any

import pytest
from pypdf import PdfReader

from catalogue_snapshots import LANGUAGES, RIGHT_TO_LEFT, language
from scenario_checks import load_scenarios
from send_routes import paths
from send_routes.content_build.check_translations import missing_entries
from send_routes.content_build.content_files import read_content
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.plan_view import PlanView
from send_routes.core.planner import make_plan
from send_routes.core.translate_text import Translator
from send_routes.core.translation import Language
from send_routes.export.bilingual_text import language_plan_text
from send_routes.export.documents import plan_bytes, plan_document
from send_routes.export.pages import page_one_fits
from send_routes.export.plan_context import DocumentOptions, plan_view
from send_routes.export.script_fonts import SCRIPT_FONTS

pytestmark = [pytest.mark.usefixtures("qapp"), pytest.mark.slow]
SCENARIOS = [s for s in load_scenarios() if "error_mentions" not in s["expect"]]
#: Languages whose catalogues translate everything the plan can show: English left in
#: their plans fails the test, even when a deleted entry makes the catalogue incomplete.
STRICT = ("ur", "ar")
#: Lines a complete catalogue may leave in English on purpose. None today: names are kept
#: as written without being looked up, so they are never reported as missing.
KEPT_ON_PURPOSE: frozenset[str] = frozenset()


def views(content: ContentStore) -> list[tuple[str, PlanView]]:
    found = []
    for scenario in SCENARIOS:
        today = dt.date.fromisoformat(scenario.get("today", "2026-11-22"))
        plan = make_plan(content.guidance, parse_answers(scenario["answers"]), today)
        found.append((scenario["name"], plan_view(plan, content)))
    return found


def numbers_kept(view: PlanView, text: str, chosen: Language) -> list[str]:
    """What of the plan's dates, phone numbers and days left the text lost."""
    lost = [
        chosen.words.long_date(date.date)
        for date in view.summary.dates
        if chosen.words.long_date(date.date) not in text
    ]
    lost += [c.phone for c in view.summary.helpers if c.phone and c.phone not in text]
    return lost


@cache
def complete(code: str) -> bool:
    """Whether the content's catalogue for ``code`` translates everything the plan can show."""
    files = read_content(paths.content_dir())
    if not any(path.stem == code for path in files.translations):
        return False
    return missing_entries(files, code) == ""


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_scenarios_plan_in_the_language_as_text_pdf_and_odt(
    content: ContentStore, code: str
) -> None:
    chosen = language(content, code)
    lost: dict[str, list[str]] = {}
    english_left: dict[str, list[str]] = {}
    for name, view in views(content):
        text, missing = language_plan_text(view, chosen)
        translator = Translator(chosen)
        pdf = plan_bytes(view, DocumentOptions(language=chosen), "pdf", translator)
        odt = plan_bytes(view, DocumentOptions(language=chosen), "odt")
        assert pdf.startswith(b"%PDF") and zipfile.is_zipfile(io.BytesIO(odt)), name
        if numbers_kept(view, text, chosen):
            lost[name] = numbers_kept(view, text, chosen)
        if translator.missing:
            english_left[name] = sorted(set(translator.missing) | set(missing))
    assert lost == {}
    report(code, english_left)


def report(code: str, english_left: dict[str, list[str]]) -> None:
    lines = sorted({line for left in english_left.values() for line in left})
    if code in STRICT or complete(code):
        left = [line for line in lines if line not in KEPT_ON_PURPOSE]
        assert left == [], f"{code}: {len(left)} lines of the plan left in English"
    elif lines:
        shown = "; ".join(line[:60] for line in lines[:5])
        warnings.warn(
            f"{code}: {len(lines)} lines of the plan left in English, in "
            f"{len(english_left)} of {len(SCENARIOS)} scenarios (catalogue incomplete): {shown}",
            stacklevel=2,
        )


def first_scenario(content: ContentStore) -> PlanView:
    return views(content)[0][1]


def pdf_for(content: ContentStore, code: str, **options: Any) -> bytes:
    chosen = language(content, code)
    return plan_bytes(first_scenario(content), DocumentOptions(language=chosen, **options), "pdf")


@pytest.mark.parametrize("code", sorted(SCRIPT_FONTS))
def test_the_scripts_noto_font_is_embedded_in_the_pdf(
    content: ContentStore, code: str, tmp_path: Any
) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf_for(content, code))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    stem = SCRIPT_FONTS[code].family.replace(" ", "")
    embedded = [line for line in fonts.splitlines() if line.startswith(stem)]
    assert embedded and all(" yes " in line for line in embedded), fonts


@pytest.mark.parametrize("code", LANGUAGES)
def test_page_one_with_the_english_beside_it_fits_on_one_page(
    content: ContentStore, code: str, large_print: bool = False
) -> None:
    """Page 1's table ends on page 1 as laid out, and its last English words are on the
    PDF's first page (the routes start on page 2: a page break). In the usual print size:
    in large print (16 pt), twice the words cannot always fit one page without shrinking
    them below what large print is for, so large print may run on to page 2."""
    chosen = language(content, code)
    for name, view in views(content):
        options = DocumentOptions(language=chosen, large_print=large_print)
        assert page_one_fits(plan_document(view, options), options.paper), (code, name)
        data = plan_bytes(view, options, "pdf")
        first = PdfReader(io.BytesIO(data)).pages[0].extract_text() or ""
        last = view.summary.take[-1] if view.summary.take else view.summary.first.title
        assert " ".join(last.split()[-3:]) in re.sub(r"\s+", " ", first), (code, name)


@pytest.mark.parametrize("code", RIGHT_TO_LEFT)
def test_the_printed_plan_is_mirrored_for_a_right_to_left_language(
    content: ContentStore, code: str
) -> None:
    from send_routes.export.documents import plan_html

    html = plan_html(first_scenario(content), DocumentOptions(language=language(content, code)))
    assert '<body dir="rtl">' in html
    assert 'class="en" dir="ltr"' in html  # the English beside it stays left to right
