"""The coverage report: how many councils have each kind of contact."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from send_routes import paths
from send_routes.cli import main
from send_routes.content_build.content_files import read_content
from send_routes.content_build.coverage import coverage
from send_routes.core.contact_fields import CONTACT_COLUMNS

ROW = {
    "helps_with": "",
    "routes": "sendiass",
    "source": "seed-002",
    "source_read": "2026-11-30",
    "note": "",
    "service": "",
    "website": "",
    "email": "",
    "phone": "",
}


def with_contacts(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(paths.content_dir(), folder)
    with (folder / "contacts.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, CONTACT_COLUMNS)
        writer.writeheader()
        writer.writerows({**ROW, **row} for row in rows)
    return folder


def test_each_council_is_counted_once_for_each_kind_of_contact(tmp_path: Path) -> None:
    folder = with_contacts(
        tmp_path,
        [
            {
                "id": "a",
                "organisation": "Kent SENDIASS",
                "kind": "sendiass",
                "local_authority": "kent",
                "phone": "03000 412 412",
                "confidence": "M",
            },
            {
                "id": "b",
                "organisation": "Kent SENDIASS",
                "kind": "sendiass",
                "local_authority": "kent",
                "email": "a@b.org",
                "confidence": "L",
            },
            {
                "id": "c",
                "organisation": "Bristol SENDIASS",
                "kind": "sendiass",
                "local_authority": "bristol",
                "website": "example.org",
                "confidence": "M",
            },
            {
                "id": "d",
                "organisation": "Kent County Council",
                "kind": "local_offer",
                "local_authority": "kent",
                "website": "kent.gov.uk",
                "confidence": "L",
            },
            {
                "id": "e",
                "organisation": "IPSEA",
                "kind": "national_advice",
                "local_authority": "",
                "phone": "0800 018 4016",
                "confidence": "H",
            },
        ],
    )
    found = coverage(read_content(folder))
    assert found.councils == 153
    assert found.sendiass_phone_or_email == 1  # Kent; Bristol has only a website
    assert found.sendiass_any == 2
    assert found.local_offer_address == 1
    assert found.sen_team_contact == 0
    assert found.nothing_found == 151
    assert (found.details, found.details_low) == (4, 2)  # national contacts do not count


def test_check_content_prints_the_coverage_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-content", "--coverage"]) == 0
    out = capsys.readouterr().out
    assert "| councils with SEND duties listed | 153 |" in out
    assert "with a Local Offer web address" in out


def test_the_list_names_each_council_with_what_it_lacks(tmp_path: Path) -> None:
    from send_routes.content_build.coverage_gaps import council_gaps, gaps_text

    folder = with_contacts(
        tmp_path,
        [
            {
                "id": "a",
                "organisation": "Kent SENDIASS",
                "kind": "sendiass",
                "local_authority": "kent",
                "phone": "03000 412 412",
                "confidence": "M",
            },
            {
                "id": "b",
                "organisation": "Kent County Council",
                "kind": "council_sen_team",
                "local_authority": "kent",
                "email": "sen@kent.gov.uk",
                "confidence": "M",
            },
            {
                "id": "c",
                "organisation": "Kent County Council",
                "kind": "local_offer",
                "local_authority": "kent",
                "website": "kent.gov.uk",
                "confidence": "M",
            },
            {
                "id": "d",
                "organisation": "Bristol SENDIASS",
                "kind": "sendiass",
                "local_authority": "bristol",
                "website": "example.org",
                "confidence": "M",
            },
        ],
    )
    gaps = {gap.id: gap for gap in council_gaps(read_content(folder))}
    assert "kent" not in gaps  # nothing missing: not listed
    assert gaps["bristol"].missing == ("SENDIASS phone or email", "SEN team", "Local Offer")
    assert gaps["bristol"].line() == (
        "Bristol (bristol): no SENDIASS phone or email; no SEN team; no Local Offer"
    )
    assert len(gaps) == 152
    text = gaps_text(list(gaps.values()))
    assert "Councils with no SENDIASS phone or email: 152" in text


def test_check_content_with_list_names_the_councils_missing_a_sendiass_number(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check-content", "--coverage", "--list"]) == 0
    out = capsys.readouterr().out
    assert "York (york): no SENDIASS phone or email" in out
    assert "Councils with no SEN team:" in out
