"""A web address cut from the address of the page read must say so."""

from __future__ import annotations

import shutil
from pathlib import Path

from send_routes import paths
from send_routes.content_build.check import check_content
from send_routes.content_build.check_contact_sources import WORKED_OUT, worked_out_from_page
from send_routes.content_build.content_files import read_content


def test_a_home_page_cut_from_a_policy_page_is_worked_out() -> None:
    page = "https://www.yorksendiass.org.uk/SENDIASSOurImpartiality"
    assert worked_out_from_page("https://www.yorksendiass.org.uk/", page)
    assert worked_out_from_page("yorksendiass.org.uk", page)


def test_a_folder_above_the_page_is_worked_out() -> None:
    page = "https://www.dudley.gov.uk/residents/dudley-local-offer/strategy/send-sufficiency"
    assert worked_out_from_page("https://www.dudley.gov.uk/residents/dudley-local-offer/", page)


def test_the_page_itself_or_another_site_is_not_worked_out() -> None:
    page = "http://derbyshire.gov.uk/send/"
    assert not worked_out_from_page("https://www.derbyshire.gov.uk/send", page)
    assert not worked_out_from_page("kids.org.uk", page)
    assert not worked_out_from_page("", page)


def test_another_address_on_the_same_site_is_one_the_page_printed() -> None:
    page = "https://www.dudley.gov.uk/residents/dudley-local-offer/what-is-mediation"
    assert not worked_out_from_page("https://www.dudley.gov.uk/dudleysendiass", page)


def test_the_content_check_rejects_a_worked_out_address_without_its_note(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "content"
    shutil.copytree(paths.content_dir(), folder)
    contacts = folder / "contacts.csv"
    text = contacts.read_text(encoding="utf-8")
    assert WORKED_OUT in text
    assert not check_content(read_content(folder))
    contacts.write_text(text.replace(WORKED_OUT, "", 1), encoding="utf-8")
    problems = check_content(read_content(folder))
    assert len(problems) == 1
    assert "cut from the source page's address" in problems[0].message
