"""The printed plan and letters as PDF and ODT: what is on the pages, and how they are saved."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from scenario_checks import load_scenarios
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.deadlines import long_date
from send_routes.core.letters import fill_letter, letter_values
from send_routes.core.plan import Plan
from send_routes.core.planner import make_plan
from send_routes.export.documents import plan_document, plan_footer, save_letter, save_plan
from send_routes.export.pages import pdf_bytes
from send_routes.export.plan_context import DocumentOptions, plan_view
from send_routes.fileio.atomic import WriteError

pytestmark = pytest.mark.usefixtures("qapp")
VALID = [s for s in load_scenarios() if "error_mentions" not in s["expect"]]


def plan_for(content: ContentStore, scenario: dict[str, Any]) -> Plan:
    today = dt.date.fromisoformat(scenario.get("today", "2026-11-22"))
    return make_plan(content.guidance, parse_answers(scenario["answers"]), today)


def pdf_text(path: Path) -> tuple[list[str], PdfReader]:
    reader = PdfReader(path)
    return [page.extract_text() or "" for page in reader.pages], reader


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("scenario", VALID[:8], ids=lambda s: s["name"])
def test_the_pdf_shows_every_route_phone_and_deadline(
    tmp_path: Path, content: ContentStore, scenario: dict[str, Any]
) -> None:
    plan = plan_for(content, scenario)
    path = tmp_path / "plan.pdf"
    save_plan(plan, content, DocumentOptions(), path, "pdf")
    pages, _ = pdf_text(path)
    text = flat(" ".join(pages))
    for route in plan.routes:
        assert flat(route.title) in text
    for contact in plan.contacts:
        if contact.phone:
            assert contact.phone in text
    for deadline in plan.deadlines:
        assert long_date(deadline.date) in text


def test_every_page_says_page_x_of_y_and_that_this_is_not_legal_advice(
    tmp_path: Path, content: ContentStore
) -> None:
    path = tmp_path / "plan.pdf"
    save_plan(plan_for(content, VALID[1]), content, DocumentOptions(), path, "pdf")
    pages, _ = pdf_text(path)
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in flat(page)
        assert "not legal advice" in flat(page)


def test_fonts_are_embedded(tmp_path: Path, content: ContentStore) -> None:
    path = tmp_path / "plan.pdf"
    save_plan(plan_for(content, VALID[0]), content, DocumentOptions(), path, "pdf")
    _, reader = pdf_text(path)
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            fonts.append(descendant["/FontDescriptor"].get_object())
    assert fonts and all(
        any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
        for descriptor in fonts
    )


def test_the_title_has_the_first_name_and_the_plan_has_the_standing_sections(
    tmp_path: Path, content: ContentStore
) -> None:
    path = tmp_path / "plan.pdf"
    save_plan(
        plan_for(content, VALID[1]), content, DocumentOptions(child_name="Amira"), path, "pdf"
    )
    text = flat(" ".join(pdf_text(path)[0]))
    for heading in (
        "Amira's plan",
        "Do this first",
        "Dates, nearest first",
        "Your routes, in the order to try them",
        "How the dates were worked out",
        "Your rights",
    ):
        assert heading in text
    for full_guide_only in ("Your answers", "Words used in this plan", "My notes"):
        assert full_guide_only not in text


def test_the_full_guide_adds_the_answers_the_words_the_sources_as_titles_and_notes(
    tmp_path: Path, content: ContentStore
) -> None:
    plan = plan_for(content, VALID[1])
    short, full = tmp_path / "short.pdf", tmp_path / "full.pdf"
    save_plan(plan, content, DocumentOptions(), short, "pdf")
    save_plan(plan, content, DocumentOptions(full_guide=True), full, "pdf")
    pages, _ = pdf_text(full)
    text = flat(" ".join(pages))
    for heading in ("Your answers", "Words used in this plan", "My notes"):
        assert heading in text
    assert "Where this information comes from" in text
    view = plan_view(plan, content)
    assert view.sources and all(flat(title)[:40] in text for title in view.sources)
    assert len(pages) > len(pdf_text(short)[0])
    assert all(page.strip() for page in pages), "a blank page"


def test_large_print_uses_at_least_16_point_and_makes_more_pages(content: ContentStore) -> None:
    plan = plan_for(content, VALID[1])
    view = plan_view(plan, content)
    normal = plan_document(view, DocumentOptions())
    large = plan_document(view, DocumentOptions(large_print=True))
    assert large.defaultFont().pointSize() >= 16
    normal_pdf = pdf_bytes(normal, "a4", plan_footer(), "p")
    large_pdf = pdf_bytes(large, "a4", plan_footer(), "p")
    assert len(PdfReader(io.BytesIO(large_pdf)).pages) > len(
        PdfReader(io.BytesIO(normal_pdf)).pages
    )


def test_black_and_white_style_uses_no_colour_backgrounds(content: ContentStore) -> None:
    from send_routes.export.documents import plan_html

    view = plan_view(plan_for(content, VALID[1]), content)
    html = plan_html(view, DocumentOptions(black_and_white=True, full_guide=True))
    colours = set(re.findall(r"#[0-9a-fA-F]{6}", html))
    assert colours <= {"#ffffff", "#0b0c0c"}


def test_letter_paper_is_wider_and_shorter_than_a4(content: ContentStore) -> None:
    view = plan_view(plan_for(content, VALID[0]), content)
    document = plan_document(view, DocumentOptions())
    letter = PdfReader(io.BytesIO(pdf_bytes(document, "letter", plan_footer(), "p"))).pages[0]
    assert (
        round(float(letter.mediabox.width)) == 612 and round(float(letter.mediabox.height)) == 792
    )


def test_the_odt_is_a_zip_with_the_same_text(tmp_path: Path, content: ContentStore) -> None:
    plan = plan_for(content, VALID[1])
    path = tmp_path / "plan.odt"
    save_plan(plan, content, DocumentOptions(), path, "odt")
    with zipfile.ZipFile(path) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        xml = archive.read("content.xml").decode("utf-8")
    body = flat(re.sub(r"<[^>]+>", " ", xml))
    for route in plan.routes:
        assert flat(route.title).replace("'", "&apos;") in body or flat(route.title) in body
    assert long_date(plan.deadlines[0].date) in body


def test_long_right_to_left_and_emoji_text_print_without_breaking(
    tmp_path: Path, content: ContentStore
) -> None:
    plan = plan_for(content, VALID[0])
    name = "أمينة 🙂 " + "Bartholomew-" * 40
    path = tmp_path / "plan.pdf"
    save_plan(plan, content, DocumentOptions(child_name=name), path, "pdf")
    pages, _ = pdf_text(path)
    assert all("not legal advice" in flat(page) for page in pages)


def test_an_unwritable_place_gives_a_clear_message_and_leaves_nothing(
    tmp_path: Path, content: ContentStore
) -> None:
    plan = plan_for(content, VALID[0])
    with pytest.raises(WriteError, match="does not exist"):
        save_plan(plan, content, DocumentOptions(), tmp_path / "gone" / "plan.pdf", "pdf")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(WriteError):
        save_plan(plan, content, DocumentOptions(), blocker / "plan.pdf", "pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_a_failed_write_leaves_no_half_written_file(
    tmp_path: Path, content: ContentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(WriteError, match="No space left"):
        save_plan(
            plan_for(content, VALID[0]), content, DocumentOptions(), tmp_path / "p.pdf", "pdf"
        )
    assert list(tmp_path.iterdir()) == []


def test_a_letter_pdf_has_the_letter_then_what_to_attach(
    tmp_path: Path, content: ContentStore
) -> None:
    answers = parse_answers(VALID[1]["answers"])
    template = next(t for t in content.letters if t.id == "mediation_adviser")
    values = letter_values(
        answers,
        content.guidance.phrases,
        content.option_labels("issues"),
        dt.date(2026, 11, 22),
        {"child_name": "Sam"},
    )
    path = tmp_path / "letter.pdf"
    save_letter(fill_letter(template, values), path, "pdf")
    text = flat(" ".join(pdf_text(path)[0]))
    assert "Sam" in text and "mediation certificate" in text
    assert "What to attach" in text and "Send it to" in text


RIGHT_TO_LEFT_OVERRIDE = "\u202e"


def _as_drawn(path: Path) -> str:
    """The PDF's text in the order it is drawn on the page (poppler's pdftotext)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (Debian: poppler-utils)")
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return flat(done.stdout.decode("utf-8"))


def test_a_right_to_left_override_in_a_name_does_not_reverse_the_rest_of_a_letters_line(
    tmp_path: Path, content: ContentStore
) -> None:
    template = next(t for t in content.letters if t.id == "explain_decision")
    values = letter_values(
        parse_answers(VALID[1]["answers"]),
        content.guidance.phrases,
        content.option_labels("issues"),
        dt.date(2026, 11, 22),
        {"child_name": f"{RIGHT_TO_LEFT_OVERRIDE}Sam", "your_name": "Alex\u202eSmith"},
    )
    path = tmp_path / "letter.pdf"
    save_letter(fill_letter(template, values), path, "pdf")
    drawn = _as_drawn(path)
    assert "maS. I do not agree with it." in drawn, drawn[:400]
    assert "AlexhtimS" in drawn, drawn


def test_a_right_to_left_override_in_the_name_does_not_reverse_the_plans_title(
    tmp_path: Path, content: ContentStore
) -> None:
    path = tmp_path / "plan.pdf"
    options = DocumentOptions(child_name=f"{RIGHT_TO_LEFT_OVERRIDE}Sam")
    save_plan(plan_for(content, VALID[1]), content, options, path, "pdf")
    assert _as_drawn(path).startswith("maS's plan")
