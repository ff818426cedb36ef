"""The content check of questions.yaml rejects wordings that do not fit the person."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from send_routes import paths
from send_routes.content_build.check import check_content
from send_routes.content_build.content_files import read_content

#: The college wording of the exclusion option, as questions.yaml gives it.
COLLEGE = "        - when: {setting: [college]}\n"
COLLEGE_YOUNG = '            label: "The college has suspended me or told me to leave"\n'


@pytest.fixture
def questions(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(paths.content_dir(), copy)
    return copy / "questions.yaml"


def problems_after(questions: Path, old: str, new: str) -> list[str]:
    text = questions.read_text(encoding="utf-8")
    assert old in text
    questions.write_text(text.replace(old, new, 1), encoding="utf-8")
    return [str(problem) for problem in check_content(read_content(questions.parent))]


def test_the_content_as_it_is_passes(questions: Path) -> None:
    assert problems_after(questions, COLLEGE, COLLEGE) == []


def test_a_variant_that_calls_a_young_person_your_child_is_rejected(questions: Path) -> None:
    found = problems_after(questions, COLLEGE_YOUNG, "")
    assert any("'label' says 'my child' to a young person" in problem for problem in found)


def test_a_variant_needs_a_condition(questions: Path) -> None:
    found = problems_after(questions, COLLEGE, "        - when: {}\n")
    assert any("a variant needs a 'when' condition" in problem for problem in found)


def test_a_variant_on_an_unknown_answer_is_rejected(questions: Path) -> None:
    found = problems_after(questions, COLLEGE, "        - when: {setting: [university]}\n")
    assert any("university" in problem for problem in found)


def test_a_variant_may_only_reword_the_fields_of_its_item(questions: Path) -> None:
    found = problems_after(questions, COLLEGE, COLLEGE + "          value: college_exclusion\n")
    assert any("a variant may only give: label, help, young_person, when" in p for p in found)


def test_the_problem_names_the_line_of_the_variant(questions: Path) -> None:
    lines = questions.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, start=1) if text == COLLEGE.rstrip("\n"))
    found = problems_after(questions, COLLEGE, "        - when: {}\n")
    assert any(f"questions.yaml:{line}:" in problem for problem in found), found
