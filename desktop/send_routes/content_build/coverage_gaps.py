"""What each council still lacks: ``send-routes check-content --coverage --list``.

The coverage table counts councils; this names them, so the gaps can be worked on one
council at a time. Three things a plan needs from a council are checked: a way to reach its
SENDIASS by phone or email, its SEN team (phone, email or web page), and its Local Offer's
web address.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from send_routes.content_build.content_files import ContentFiles

#: What a council can lack, in the order the list names it: (label, kind, fields).
GAPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("SENDIASS phone or email", "sendiass", ("phone", "email")),
    ("SEN team", "council_sen_team", ("phone", "email", "website")),
    ("Local Offer", "local_offer", ("website",)),
)


@dataclass(frozen=True)
class CouncilGaps:
    """One council and what the contacts do not give for it."""

    id: str
    name: str
    missing: tuple[str, ...]

    def line(self) -> str:
        return f"{self.name} ({self.id}): no {'; no '.join(self.missing)}"


def council_gaps(files: ContentFiles) -> list[CouncilGaps]:
    """Every council in councils.yaml that lacks at least one of ``GAPS``, by name."""
    councils = (files.data["councils.yaml"] or {}).get("councils") or []
    rows = [row.values for row in files.contacts]
    found = []
    for council in councils:
        mine = [row for row in rows if row.get("local_authority") == council["id"]]
        missing = tuple(label for label, kind, fields in GAPS if not _has(mine, kind, fields))
        if missing:
            found.append(CouncilGaps(str(council["id"]), str(council["name"]), missing))
    return sorted(found, key=lambda gaps: gaps.name.casefold())


def _has(rows: Sequence[Mapping[str, str]], kind: str, fields: tuple[str, ...]) -> bool:
    return any(row.get("kind") == kind and any(row.get(f) for f in fields) for row in rows)


def gaps_text(gaps: Sequence[CouncilGaps]) -> str:
    """The list as printed: one council a line, then how many lack each thing."""
    lines = [gap.line() for gap in gaps]
    for label, _, _ in GAPS:
        count = sum(1 for gap in gaps if label in gap.missing)
        lines.append(f"Councils with no {label}: {count}")
    return "\n".join(lines)
