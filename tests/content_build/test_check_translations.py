"""The content check refuses a translation that loses a protected part, is keyed to other
English, or does not say who made it; ``--translations`` reports coverage per language."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from send_routes import paths
from send_routes.content_build.check_translations import (
    Coverage,
    check_translations,
    coverage,
    missing_entries,
)
from send_routes.content_build.content_files import ContentFiles, read_content
from send_routes.core.page_words import PAGE_ONE
from send_routes.core.translation import DRAFT_NOTICE, string_key


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(paths.content_dir(), copy)
    return copy


def problems_in(root: Path) -> list[str]:
    return [str(problem) for problem in check_translations(read_content(root))]


def edit(path: Path, change: Callable[[str], str]) -> None:
    text = path.read_text(encoding="utf-8")
    changed = change(text)
    assert changed != text, "the edit changed nothing"
    path.write_text(changed, encoding="utf-8")


def test_the_catalogues_shipped_pass_the_check() -> None:
    assert problems_in(paths.content_dir()) == []


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('"Do {date}, {left}: {label}"', '"Do {data}, {left}: {label}"', "placeholder {date}"),
        ("status: draft", "status: checked", "status must be draft or reviewed"),
        ("made_by: machine draft (AI), not reviewed", "made_by: ''", "made_by must say"),
        ("date: 2026-12-05", "date: soon", "date must be a date"),
        ('english: "YOUR PLAN"', 'english: "YOUR PLANS"', "is not the key of its english"),
        ("direction: ltr", "direction: sideways", "direction must be ltr or rtl"),
        ('date: "{day} {month} {year} ({weekday})"', 'date: "{day} {month}"', "words.date"),
        ('few: "{n} dni"', 'few: "dni"', "needs {n}"),
    ],
)
def test_a_damaged_polish_entry_is_refused(content: Path, old: str, new: str, problem: str) -> None:
    edit(content / "translations" / "pl.yaml", lambda text: text.replace(old, new, 1))
    assert any(problem in found for found in problems_in(content)), problems_in(content)


def test_a_catalogue_named_for_another_language_is_refused(content: Path) -> None:
    (content / "translations" / "pl.yaml").rename(content / "translations" / "ro.yaml")
    assert any("language must be the file's name, ro" in p for p in problems_in(content))


def polish_coverage(files: ContentFiles) -> Coverage:
    """The Polish line of the coverage report (other languages have catalogues too)."""
    return next(line for line in coverage(files) if line.code == "pl")


def test_coverage_counts_page_one_words_and_names_stale_entries(content: Path) -> None:
    files = read_content(content)
    polish = polish_coverage(files)
    assert polish.page_one == (len(PAGE_ONE) + 1, len(PAGE_ONE) + 1)
    assert polish.stale == ()
    stale = "Do this first, then: {title}"
    edit(
        content / "translations" / "pl.yaml",
        lambda text: text.replace(
            'english: "Do this first: {title}"', f'english: "{stale}"'
        ).replace(string_key("Do this first: {title}"), string_key(stale)),
    )
    polish = polish_coverage(read_content(content))
    assert polish.stale == (stale,)
    assert polish.page_one[0] == len(PAGE_ONE)


def test_the_draft_notice_is_in_the_polish_catalogue() -> None:
    polish = polish_coverage(read_content(paths.content_dir()))
    assert polish.entries >= len(PAGE_ONE) + 1
    assert string_key(DRAFT_NOTICE) in (paths.content_dir() / "translations" / "pl.yaml").read_text(
        encoding="utf-8"
    )


def without_romanian(content: Path) -> ContentFiles:
    """The content as it would be before Romanian had a catalogue: nothing translated yet."""
    (content / "translations" / "ro.yaml").unlink()
    return read_content(content)


def test_the_missing_entries_are_keyed_ready_to_fill_and_skip_what_is_done(content: Path) -> None:
    files = without_romanian(content)
    romanian = missing_entries(files, "ro", limit=len(PAGE_ONE) + 1)
    assert f'  {string_key("YOUR PLAN")}:\n    english: "YOUR PLAN"\n    text: ""' in romanian
    assert string_key(DRAFT_NOTICE) in romanian
    polish = missing_entries(files, "pl")
    assert string_key("YOUR PLAN") not in polish
    assert string_key("Ask for mediation") not in polish


def test_every_line_the_plan_can_show_is_listed_to_translate(content: Path) -> None:
    """Contacts' notes, the step for a council with no statements of its own, and the young
    person's own "you" sentence beside the "{child}" one; a council's name is not listed."""
    files = without_romanian(content)
    listed = missing_entries(files, "ro")
    for english in (
        "Open Monday to Friday, 9:30am to 5pm.",
        "{council} publishes a Local Offer.",
        "The governors must consider whether you should go back within 15 school days",
        "The governors must consider whether {child} should go back within 15 school days",
    ):
        assert english in listed, english
    assert '"Dudley Council"' not in listed and '"Dudley Council."' not in listed


def test_the_words_a_letter_fills_in_are_listed_to_translate(content: Path) -> None:
    """ "me", "my" and "{child_name}'s" fill a letter's sentences: a letter in a language
    needs them in that language too (core/letters.py)."""
    listed = missing_entries(without_romanian(content), "ro")
    for english in ("me", "my", "{child_name}'s", "the council", "Send it to: {to}"):
        assert f'english: "{english}"' in listed, english


def test_what_a_contact_helps_with_and_its_kind_are_listed_to_translate(content: Path) -> None:
    listed = missing_entries(without_romanian(content), "ro")
    assert "Looks at complaints about councils after the council's own complaints" in listed
    for kind in ("Council SEN team", "Ombudsman", "Local Offer (the council's SEND information)"):
        assert f"english: {json.dumps(kind)}" in listed, kind


def test_the_easy_read_sentences_are_listed_to_translate_and_counted_apart(
    content: Path,
) -> None:
    """Easy Read's own sentences (key-word marks removed) and its pictures' descriptions;
    not the picture keys nor the ordinary English each part was written from."""
    files = without_romanian(content)
    listed = missing_entries(files, "ro")
    for english in ("Asking the Tribunal to change a decision of the council.", "A calendar"):
        assert f"english: {json.dumps(english)}" in listed, english
    assert "Call the Department for Education on 0370 000 2288." in listed
    assert 'english: "calendar"' not in listed and 'english: "SENDIASS"' not in listed
    polish = polish_coverage(files)
    assert polish.easy_read[1] > 400 and "Easy Read" in polish.line()
