"""Checks that tie a contact row to the page it came from.

A web address a page does not print, but which was cut from the page's own address (the
home page of a service whose policy page was read), is a guess about where to start: the
row must say so, in the words ``WORKED_OUT``, so an adviser can see it was not copied.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from send_routes.content_build.check_common import Problem
from send_routes.content_build.content_files import CONTACTS_FILE, ContentFiles
from send_routes.core.contact_fields import split_list

#: The sentence that marks a web address worked out from the page's own address.
WORKED_OUT = "The web address is worked out from the address of the page read."


def _parts(address: str) -> tuple[str, str]:
    """(host without www., path without a trailing slash), ignoring the scheme and case."""
    split = urlsplit(address if "://" in address else f"http://{address}")
    return split.netloc.lower().removeprefix("www."), split.path.rstrip("/")


def worked_out_from_page(website: str, page_url: str) -> bool:
    """True when ``website`` is the start of the page's own address (its site, or a folder
    above the page) but not the page itself."""
    if not website or not page_url:
        return False
    (site_host, site_path), (page_host, page_path) = _parts(website), _parts(page_url)
    above = page_path.lower().startswith(f"{site_path.lower()}/") or not site_path
    return site_host == page_host and site_path != page_path and above


def check_worked_out_websites(
    files: ContentFiles, sources: Mapping[str, Mapping[str, Any]]
) -> Iterator[Problem]:
    """Every web address cut from its source page's address says so in the row's note."""
    path = files.path(CONTACTS_FILE)
    for row in files.contacts:
        values = row.values
        urls = [str(sources.get(s, {}).get("url") or "") for s in split_list(values["source"])]
        cut = any(worked_out_from_page(values.get("website", ""), url) for url in urls)
        if cut and WORKED_OUT not in values.get("note", ""):
            yield Problem(
                path,
                row.line,
                f"website '{values['website']}' is cut from the source page's address: "
                f"the note must say \u201c{WORKED_OUT}\u201d",
            )
