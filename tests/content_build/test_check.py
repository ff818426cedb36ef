"""The content check rejects each kind of mistake and names the file and line."""

from __future__ import annotations

import csv
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from send_routes import paths
from send_routes.content_build.check import check_content
from send_routes.content_build.content_files import read_content
from send_routes.content_build.yaml_lines import ContentFileError


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(paths.content_dir(), copy)
    return copy


def problems_in(root: Path) -> list[str]:
    return [str(problem) for problem in check_content(read_content(root))]


def edit(path: Path, change: Callable[[str], str]) -> None:
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def line_number(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def test_the_shipped_content_has_no_problems() -> None:
    assert problems_in(paths.content_dir()) == []


def test_a_statement_without_sources_is_rejected_at_its_line(content: Path) -> None:
    notes = content / "notes.yaml"
    edit(notes, lambda text: text.replace("  sources: [seed-001]\n", "", 1))
    line = line_number(notes, "id: dr_no_effect_on_appeal")
    assert f"{notes}:{line}: statement has no sources" in problems_in(content)


def test_an_unknown_source_id_is_rejected(content: Path) -> None:
    edit(content / "notes.yaml", lambda text: text.replace("[seed-001]", "[seed-999]", 1))
    assert any("unknown source id 'seed-999'" in p for p in problems_in(content))


def test_a_route_id_outside_the_contract_is_rejected(content: Path) -> None:
    rules = content / "rules.yaml"
    edit(rules, lambda text: text.replace("- id: ombudsman", "- id: ombudsperson"))
    line = line_number(rules, "- id: ombudsperson")
    found = problems_in(content)
    assert any(p.startswith(f"{rules}:{line}:") and "'ombudsperson'" in p for p in found)
    assert any("missing route ids: ombudsman" in p for p in found)


def test_a_note_id_outside_the_contract_is_rejected(content: Path) -> None:
    notes = content / "notes.yaml"
    edit(notes, lambda text: text.replace("- id: dr_free", "- id: dr_cheap"))
    line = line_number(notes, "- id: dr_cheap")
    assert any(p.startswith(f"{notes}:{line}:") and "dr_cheap" in p for p in problems_in(content))


def test_a_question_option_that_leads_nowhere_is_rejected(content: Path) -> None:
    questions = content / "questions.yaml"
    edit(questions, lambda text: text.replace("value: early_years", "value: nursery", 1))
    line = line_number(questions, "value: nursery")
    assert any(
        p.startswith(f"{questions}:{line}:") and "leads nowhere" in p for p in problems_in(content)
    )


def test_a_glossary_term_used_but_not_defined_is_rejected(content: Path) -> None:
    notes = content / "notes.yaml"
    edit(
        notes,
        lambda text: text.replace(
            "text: You do not have to use",
            "text: Ask your [[fairy godmother]]. You do not have to use",
        ),
    )
    found = problems_in(content)
    assert any(p.startswith(f"{notes}:") and "'fairy godmother'" in p for p in found)


def test_an_undefined_abbreviation_is_rejected(content: Path) -> None:
    edit(
        content / "notes.yaml",
        lambda text: text.replace(
            "text: You do not have to use", "text: Ask the QZX. You do not have to use"
        ),
    )
    assert any("abbreviation 'QZX'" in p for p in problems_in(content))


@pytest.mark.parametrize(
    ("column", "bad", "complaint"),
    [
        ("01905 768153", "01905 7681", "phone"),
        ("01905 768153", "call us", "phone"),
        ("sendiass@worcestershire.gov.uk", "sendiass at worcs", "email"),
        ("www.SENDworcestershire.co.uk", "(#)", "website"),
    ],
)
def test_a_contact_with_a_malformed_detail_is_rejected_at_its_line(
    content: Path, column: str, bad: str, complaint: str
) -> None:
    contacts = content / "contacts.csv"
    line = line_number(contacts, column)
    edit(contacts, lambda text: text.replace(column, bad, 1))
    assert any(p.startswith(f"{contacts}:{line}:") and complaint in p for p in problems_in(content))


def test_a_duplicate_contact_id_is_rejected(content: Path) -> None:
    contacts = content / "contacts.csv"
    lines = contacts.read_text(encoding="utf-8").splitlines()
    contacts.write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    assert any(
        p.startswith(f"{contacts}:{len(lines) + 1}:") and "duplicate contact id" in p
        for p in problems_in(content)
    )


def test_a_duplicate_glossary_term_is_rejected(content: Path) -> None:
    glossary = content / "glossary.yaml"
    edit(
        glossary,
        lambda text: text + "\n- term: SENCO\n  definition: Again.\n  sources: [seed-002]\n",
    )
    assert any("duplicate glossary term or alias 'senco'" in p for p in problems_in(content))


def test_a_broken_yaml_file_is_named_with_its_line(content: Path) -> None:
    notes = content / "notes.yaml"
    notes.write_text("- id: dr_free\n  title: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentFileError, match=f"{notes}:"):
        read_content(content)


def test_a_wrong_contacts_header_is_rejected(content: Path) -> None:
    edit(content / "contacts.csv", lambda text: text.replace("organisation,", "org,", 1))
    assert any("the header must be" in p for p in problems_in(content))


def _yaml(name: str) -> Any:
    return yaml.safe_load((paths.content_dir() / name).read_text(encoding="utf-8"))


def _route_texts() -> dict[str, str]:
    """Every route file's words, as one string per route."""
    texts = {}
    for path in sorted((paths.content_dir() / "routes").glob("*.yaml")):
        route = yaml.safe_load(path.read_text(encoding="utf-8"))
        parts = [route["title"], route["short"]]
        parts += [
            s["text"] for key, value in route.items() if isinstance(value, list) for s in value
        ]
        texts[route["id"]] = "\n".join(parts)
    return texts


def test_every_source_a_family_sees_has_a_readable_title() -> None:
    sources = _yaml("sources.yaml")
    for group in ("seeds", "facts", "references"):
        for source in sources[group]:
            title = source["title"]
            assert title != source["id"] and " " in title, source
            assert not re.match(r"^(https?://|www\.|[a-z-]+\.(gov|org|co)\.)", title), source


def test_every_checked_fact_on_the_facts_sheet_is_a_source() -> None:
    # The facts sheet (shared/facts/README.md) gives F1-F22, T1-T10 and these G ids.
    g_ids = [1, *range(3, 21), *range(22, 34), 36]
    on_sheet = {f"F{n}" for n in range(1, 23)} | {f"T{n}" for n in range(1, 11)}
    on_sheet |= {f"G{n}" for n in g_ids}
    ids = {source["id"] for source in _yaml("sources.yaml")["facts"]}
    assert on_sheet <= ids


def test_no_route_text_calls_a_young_person_your_child() -> None:
    for route_id, text in _route_texts().items():
        assert "your child" not in text.lower(), route_id


def test_the_exclusion_route_never_offers_the_review_panel_after_a_suspension() -> None:
    # The route's text is shown for suspensions too; the panel is only for permanent ones.
    assert "review panel" not in _route_texts()["exclusion_review"].lower()


def test_plans_show_only_the_newer_tribunal_phone_and_contact_under_its_current_name() -> None:
    rows = list(csv.DictReader((paths.content_dir() / "contacts.csv").open(encoding="utf-8")))
    on_routes = {row["phone"] for row in rows if row["routes"]}
    assert "0300 303 5857" in on_routes and "01325 289350" not in on_routes
    assert all(row["organisation"] != "Contact a Family" for row in rows)
    contact = next(row for row in rows if row["organisation"].startswith("Contact (formerly"))
    assert contact["website"] == "contact.org.uk" and "sendiass" not in contact["routes"]


def test_kids_is_listed_in_leicester_for_disagreement_resolution_only() -> None:
    rows = csv.DictReader((paths.content_dir() / "contacts.csv").open(encoding="utf-8"))
    kids = next(row for row in rows if row["id"] == "kids-leicester")
    assert kids["routes"] == "disagreement_resolution"


def test_wording_that_calls_a_young_person_your_child_is_rejected(content: Path) -> None:
    questions = content / "questions.yaml"
    edit(questions, lambda text: text.replace("    text: Where are you with your support?\n", ""))
    found = problems_in(content)
    assert any("'text' says 'your child' to a young person" in problem for problem in found)


def test_a_young_person_variant_may_only_reword_the_text_and_hint(content: Path) -> None:
    questions = content / "questions.yaml"
    edit(
        questions,
        lambda text: text.replace(
            "    text: Where are you with your support?", "    kind: multi", 1
        ),
    )
    found = problems_in(content)
    assert any("'young_person' may only reword: text, hint" in problem for problem in found)


def test_an_option_shown_on_an_unknown_answer_is_rejected(content: Path) -> None:
    questions = content / "questions.yaml"
    edit(questions, lambda text: text.replace("stage: [assessment, not_sure]", "stage: [gone]", 1))
    assert any("gone" in problem for problem in problems_in(content))


def test_i_am_not_sure_is_always_offered(content: Path) -> None:
    questions = content / "questions.yaml"
    marker = '      help: "[[SENDIASS]] can help you work out what the disagreement is about."\n'
    edit(questions, lambda text: text.replace(marker, marker + "      show_if: {stage: [plan]}\n"))
    assert any("'I'm not sure' must always be offered" in p for p in problems_in(content))


def test_the_council_how_to_find_step_is_content_and_must_be_sourced(content: Path) -> None:
    councils = content / "councils.yaml"
    edit(councils, lambda text: text.replace("  sources: [seed-002]\n", "", 1))
    assert any("how_to_find with its text and sources" in p for p in problems_in(content))
