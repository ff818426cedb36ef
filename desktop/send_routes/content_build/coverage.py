"""How many councils have each kind of contact: ``send-routes check-content --coverage``."""

from __future__ import annotations

from dataclasses import dataclass

from send_routes.content_build.content_files import ContentFiles

DETAILS = ("phone", "email", "website")


@dataclass(frozen=True)
class Coverage:
    councils: int
    sendiass_phone_or_email: int
    sendiass_any: int
    sen_team_contact: int
    local_offer_address: int
    resolution_provider: int
    nothing_found: int
    details: int
    details_low: int

    def table(self) -> str:
        """The figures as a Markdown table (for db/content/README.md)."""
        rows = (
            ("councils with SEND duties listed", self.councils),
            ("with a SENDIASS phone number or email address", self.sendiass_phone_or_email),
            ("with a SENDIASS record of any kind (name, website)", self.sendiass_any),
            ("with an SEN team contact (phone, email or web page)", self.sen_team_contact),
            ("with a Local Offer web address", self.local_offer_address),
            (
                "with a mediation or disagreement resolution provider named",
                self.resolution_provider,
            ),
            ("with nothing found (the plan says how to find them)", self.nothing_found),
            ("council contact details (phone, email, website) in all", self.details),
            ("of which L: shown with \u201cmay have changed\u201d", self.details_low),
        )
        lines = ["| councils | count |", "|---|---|"]
        lines += [f"| {label} | {count} |" for label, count in rows]
        return "\n".join(lines)


def coverage(files: ContentFiles) -> Coverage:
    """Count, per council in councils.yaml, what contacts.csv gives."""
    ids = {str(c["id"]) for c in (files.data["councils.yaml"] or {}).get("councils") or []}
    rows = [row.values for row in files.contacts if row.values.get("local_authority") in ids]

    def councils_with(kind: str, fields: tuple[str, ...]) -> int:
        return len(
            {
                row["local_authority"]
                for row in rows
                if row.get("kind") == kind and any(row.get(field) for field in fields)
            }
        )

    details = [(row, field) for row in rows for field in DETAILS if row.get(field)]
    return Coverage(
        councils=len(ids),
        sendiass_phone_or_email=councils_with("sendiass", ("phone", "email")),
        sendiass_any=len({row["local_authority"] for row in rows if row.get("kind") == "sendiass"}),
        sen_team_contact=councils_with("council_sen_team", DETAILS),
        local_offer_address=councils_with("local_offer", ("website",)),
        resolution_provider=len(
            {row["local_authority"] for row in rows if row.get("kind") == "resolution_provider"}
        ),
        nothing_found=len(ids - {row["local_authority"] for row in rows}),
        details=len(details),
        details_low=sum(1 for row, _ in details if row.get("confidence") == "L"),
    )
