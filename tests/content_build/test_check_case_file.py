"""The content check rejects a case-file kind or wording rule that is unsourced or wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from send_routes import paths
from send_routes.content_build.check import check_content
from send_routes.content_build.content_files import read_content


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(paths.content_dir(), copy)
    return copy


def problems_after(root: Path, old: str, new: str) -> list[str]:
    path = root / "case_file.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return [str(problem) for problem in check_content(read_content(root))]


def test_a_letter_kind_with_an_unknown_source_is_rejected(content: Path) -> None:
    problems = problems_after(content, "sources: [F1, H49]", "sources: [F1, H999]")
    assert any("unknown source id 'H999' in letter kind 'decision_letter'" in p for p in problems)


def test_a_letter_kind_must_fill_a_date(content: Path) -> None:
    problems = problems_after(content, "answer: decision_date", "answer: stage")
    assert any("letter kind answer 'stage' is not a date key" in p for p in problems)


def test_a_date_key_the_contract_does_not_know_yet_is_allowed(content: Path) -> None:
    assert problems_after(content, "answer: decision_date", "answer: later_date") == []


def test_a_wording_rule_without_a_question_is_rejected(content: Path) -> None:
    problems = problems_after(content, '      question: "How often exactly', '      asked: "How')
    assert any("a wording rule needs 'phrases' and 'question'" in p for p in problems)


def test_an_attachment_no_form_lists_is_rejected(content: Path) -> None:
    problems = problems_after(content, "attachment: reports", "attachment: photos")
    assert any("attachment 'photos' is on no form" in p for p in problems)
