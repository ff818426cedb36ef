"""The council list (``councils.yaml``) and the content release (``release.yaml``):
what the build makes of them, and the checks they must pass."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from send_routes.content_build.check_common import Problem, duplicates
from send_routes.content_build.content_files import ContentFiles
from send_routes.content_build.yaml_lines import line_of

#: A council id: the contract's form (lower case, ``_`` between words).
_ID = re.compile(r"^[a-z]+(_[a-z]+)*$")
_FORBIDDEN_WORDS = {"council", "county"}
#: Where a council with no contact found tells the family to look (seed-002 says every
#: council publishes a Local Offer with how to resolve disagreements).


def council_area(council: dict[str, Any], how_to_find: dict[str, Any]) -> dict[str, Any]:
    """An area record for one council: its names and a step saying how to find its contacts
    (``how_to_find`` from councils.yaml, with the council's names filled in)."""
    step = str(how_to_find["text"]).format(council=council["council"], name=council["name"])
    return {
        "id": council["id"],
        "name": council["name"],
        "council": council["council"],
        "region": council.get("region", ""),
        "former_names": list(council.get("former_names") or []),
        "also_known_as": list(council.get("also_known_as") or []),
        # The same keys as an area in local_authorities.yaml, so every area reads alike.
        "sendiass": "",
        "resolution_providers": [],
        "services": [],
        "local_offer": [],
        "find_local": [{"text": step, "sources": list(how_to_find["sources"])}],
    }


def council_ids(files: ContentFiles) -> set[str]:
    return {str(c.get("id")) for c in (files.data["councils.yaml"] or {}).get("councils") or []}


def check_councils(files: ContentFiles, source_ids: set[str]) -> Iterator[Problem]:
    """Every council needs a contract-shaped id, a name and its council's name; the list
    needs known sources; every area with its own statements must be a council."""
    path = files.path("councils.yaml")
    data = files.data["councils.yaml"] or {}
    for source in data.get("sources") or [None]:
        if source not in source_ids:
            yield Problem(path, 1, f"the council list needs known sources, not '{source}'")
    how = data.get("how_to_find")
    if not isinstance(how, dict) or not how.get("text") or not how.get("sources"):
        yield Problem(path, 1, "councils.yaml needs how_to_find with its text and sources")
    elif not set(how["sources"]) <= source_ids:
        yield Problem(path, line_of(how), "how_to_find cites an unknown source")
    councils = data.get("councils") or []
    yield from duplicates([(str(c.get("id")), line_of(c)) for c in councils], path, "council id")
    for council in councils:
        council_id = str(council.get("id", ""))
        if not _ID.match(council_id) or _FORBIDDEN_WORDS & set(council_id.split("_")):
            yield Problem(path, line_of(council), f"council id '{council_id}' is not in the form")
        for field in ("name", "council", "region"):
            if not council.get(field):
                yield Problem(path, line_of(council), f"council '{council_id}' needs a '{field}'")
    known = council_ids(files)
    rich = files.data["local_authorities.yaml"] or {}
    for area in rich.get("areas") or []:
        if area.get("id") not in known:
            yield Problem(
                files.path("local_authorities.yaml"),
                line_of(area),
                f"area '{area.get('id')}' is not a council in councils.yaml",
            )


def check_release(files: ContentFiles) -> Iterator[Problem]:
    path = files.path("release.yaml")
    data = files.data["release.yaml"] or {}
    if not isinstance(data.get("release"), int) or data["release"] < 1:
        yield Problem(path, 1, "'release' must be a whole number from 1")
    try:
        dt.date.fromisoformat(str(data.get("reviewed_on")))
    except ValueError:
        yield Problem(path, 1, "'reviewed_on' must be a date written YYYY-MM-DD")
