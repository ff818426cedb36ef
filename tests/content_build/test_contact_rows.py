"""Contact rows found wrong in review stay fixed: no number that is not a help line, no
service reported closed, a doubtful number marked as doubtful."""

from __future__ import annotations

import pytest

from send_routes import paths
from send_routes.content_build.content_files import read_content


@pytest.fixture(scope="module")
def rows() -> dict[str, dict[str, str]]:
    return {row.values["id"]: row.values for row in read_content(paths.content_dir()).contacts}


def test_a_service_reported_closed_is_not_in_the_contacts(rows: dict[str, dict[str, str]]) -> None:
    assert not [row for row in rows.values() if "reported closed" in row["note"]]
    names = [row["organisation"] for row in rows.values()]
    assert not [name for name in names if "Advisory Centre for Education" in name]


@pytest.mark.parametrize(
    "contact_id",
    [
        "kingston-upon-thames-local-offer-1",  # the Local Offer Content Manager's number
        "richmond-upon-thames-local-offer-1",
        "bexley-local-offer-1",  # a number at the top of the page, whose is not said
    ],
)
def test_a_number_that_is_not_a_help_line_is_left_out(
    rows: dict[str, dict[str, str]], contact_id: str
) -> None:
    assert rows[contact_id]["phone"] == ""
    assert "left out" in rows[contact_id]["note"]


def test_a_number_shared_with_another_service_is_low_confidence(
    rows: dict[str, dict[str, str]],
) -> None:
    gateshead = rows["gateshead-sendiass-1"]
    assert gateshead["phone"] == "0191 478 4667"
    assert gateshead["confidence"] == "L"
    assert "Barnardo's" in gateshead["note"]


def test_a_phone_number_the_facts_could_not_confirm_is_low_confidence(
    rows: dict[str, dict[str, str]],
) -> None:
    assert rows["coram-002"]["confidence"] == "L"
