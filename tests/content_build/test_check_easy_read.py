"""The content check refuses Easy Read text that is missing, out of date or not Easy Read."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from send_routes import paths
from send_routes.content_build.check import check_content
from send_routes.content_build.check_easy_read import missing_easy_read
from send_routes.content_build.content_files import read_content
from send_routes.core.easy_read import MAX_WORDS, sentences, word_count


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(paths.content_dir(), copy)
    return copy


def problems_in(root: Path) -> list[str]:
    return [str(problem) for problem in check_content(read_content(root))]


def edit(path: Path, change: Callable[[str], str]) -> None:
    text = path.read_text(encoding="utf-8")
    changed = change(text)
    assert changed != text, "the edit changed nothing"
    path.write_text(changed, encoding="utf-8")


def test_every_route_step_note_and_deadline_has_easy_read_text() -> None:
    assert missing_easy_read(read_content(paths.content_dir())) == []


def test_a_route_step_without_easy_read_text_is_named(content: Path) -> None:
    step = "Find the name of the [[mediation adviser]] in the council's decision letter."
    edit(content / "easy_read" / "routes.yaml", lambda t: t.replace(step, step[:-1] + " now."))
    missing = missing_easy_read(read_content(content))
    assert missing == [f"no Easy Read version of route 'mediation' step 1: {step!r}"]
    assert any("route 'mediation' step 1" in p for p in problems_in(content))


def test_an_english_step_that_changed_needs_its_easy_read_text_written_again(
    content: Path,
) -> None:
    route = content / "routes" / "ombudsman.yaml"
    edit(
        route,
        lambda t: t.replace("Check that you are within 12 months", "Check you are within a year"),
    )
    missing = missing_easy_read(read_content(content))
    assert len(missing) == 1 and "route 'ombudsman' step 2" in missing[0]


def test_a_new_note_deadline_or_route_without_easy_read_text_is_named(content: Path) -> None:
    edit(content / "easy_read" / "notes.yaml", lambda t: t.replace("  dr_free:", "  dr_free_x:"))
    deadlines = content / "easy_read" / "deadlines.yaml"
    edit(deadlines, lambda t: t.replace("  final_plan:", "  final_plan_x:"))
    routes = content / "easy_read" / "routes.yaml"
    edit(routes, lambda t: t.replace("  complaint_dfe:", "  complaint_dfe_x:"))
    missing = missing_easy_read(read_content(content))
    assert "no Easy Read version of note 'dr_free'" in missing
    assert "no Easy Read version of deadline 'final_plan'" in missing
    assert "no Easy Read version of route 'complaint_dfe'" in missing
    assert len(missing) == 3


def test_an_extra_step_without_easy_read_text_is_named(content: Path) -> None:
    edit(
        content / "rules.yaml",
        lambda t: t.replace(
            "by {discrimination_claim}. Send it early.", "by {discrimination_claim}. Send it soon."
        ),
    )
    missing = missing_easy_read(read_content(content))
    assert len(missing) == 1
    assert "extra step of route 'discrimination_claim'" in missing[0]


def test_a_sentence_of_15_words_is_refused(content: Path) -> None:
    long = "Ask them what you can do, and ask them again if you are still not sure."
    assert word_count(long) >= MAX_WORDS
    edit(
        content / "easy_read" / "routes.yaml",
        lambda t: t.replace('"Ask them what you can do."', f'"{long}"'),
    )
    assert any("15 words or more in a sentence" in p for p in problems_in(content))


def test_a_line_without_a_known_picture_is_refused(content: Path) -> None:
    edit(
        content / "easy_read" / "routes.yaml",
        lambda t: t.replace(
            '{picture: question, text: "Ask them what you can do."}',
            '{text: "Ask them what you can do."}',
        ),
    )
    assert any("a line needs a picture" in p for p in problems_in(content))


def test_a_key_word_that_is_not_explained_is_refused(content: Path) -> None:
    edit(
        content / "easy_read" / "routes.yaml",
        lambda t: t.replace('"Ask them what you can do."', '"Ask them about [[advocacy]]."'),
    )
    assert any("key word 'advocacy' is not in words.yaml" in p for p in problems_in(content))


def test_a_placeholder_counts_as_the_date_it_becomes() -> None:
    assert word_count("Contact the mediation adviser by {mediation_adviser}.") == 9
    assert sentences("One. Two? Three!") == ["One.", "Two?", "Three!"]


def test_every_picture_the_content_names_is_shipped_with_its_licence() -> None:
    data = yaml.safe_load((paths.content_dir() / "easy_read" / "pictures.yaml").read_text())
    folder = paths.resources_dir() / "pictures"
    keys = [picture["key"] for picture in data["pictures"]]
    assert len(keys) == len(set(keys)) >= 30
    assert all((folder / f"{key}.svg").is_file() for key in keys)
    assert all(picture["alt"] for picture in data["pictures"])
    assert "CC BY-SA 4.0" in (folder / "README.md").read_text()
    assert "Attribution-ShareAlike 4.0" in (folder / "LICENSE.txt").read_text()
