"""Checks for the fields of a contact record, shared by the content check and CSV import."""

from __future__ import annotations

import datetime as dt
import re

CONTACT_COLUMNS = (
    "id",
    "organisation",
    "service",
    "kind",
    "local_authority",
    "phone",
    "email",
    "website",
    "helps_with",
    "routes",
    "source",
    "confidence",
    "source_read",
    "note",
)
REQUIRED_COLUMNS = ("id", "organisation", "kind", "source", "confidence", "source_read")
KINDS = {
    "sendiass": "SENDIASS (information, advice and support)",
    "council_sen_team": "Council SEN team",
    "council_complaints": "Council complaints",
    "local_offer": "Local Offer (the council's SEND information)",
    "resolution_provider": "Disagreement resolution or mediation provider",
    "national_advice": "National advice",
    "ombudsman": "Ombudsman",
    "tribunal": "Tribunal",
    "exclusions": "Exclusions advice",
    "national_complaints": "National complaints body",
}
CONFIDENCE = {"H": "checked", "M": "one source", "L": "may have changed"}

_PHONE = re.compile(r"^(0\d{2,5}( \d{2,8}){0,3}|0\d{9,10}|\+44( \d{2,5}){2,4})$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_WEBSITE = re.compile(
    r"^(https?://)?([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(:\d+)?(/[^\s<>\"]*)?$"
)


def phone_problem(phone: str) -> str | None:
    """Why ``phone`` is not a UK phone number as people write it, or None if it is fine."""
    if not phone:
        return None
    digits = re.sub(r"\D", "", phone)
    if not _PHONE.match(phone):
        return f"phone '{phone}' must be digits and single spaces, starting 0 or +44"
    national = digits[2:] if phone.startswith("+44") else digits[1:]
    if not 9 <= len(national) <= 10:
        return f"phone '{phone}' must have 10 or 11 digits"
    return None


def email_problem(email: str) -> str | None:
    """Why ``email`` is not a plausible email address, or None."""
    if email and not _EMAIL.match(email):
        return f"email '{email}' is not an email address (name@example.org)"
    return None


def website_problem(website: str) -> str | None:
    """Why ``website`` is not a web address (a placeholder like '#' is not), or None."""
    if website and not _WEBSITE.match(website):
        return f"website '{website}' is not a web address (example.org or https://example.org/page)"
    return None


def date_problem(value: str, column: str) -> str | None:
    """Why ``value`` is not a YYYY-MM-DD date, or None."""
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return f"{column} '{value}' must be a date written YYYY-MM-DD"
    return None


def row_problems(row: dict[str, str], areas: set[str], routes: set[str]) -> list[str]:
    """Every problem with one contact row (empty when the row is good)."""
    found: list[str] = []
    for column in REQUIRED_COLUMNS:
        if not row.get(column, "").strip():
            found.append(f"'{column}' is required")
    kind = row.get("kind", "")
    if kind and kind not in KINDS:
        found.append(f"kind '{kind}' must be one of: {', '.join(KINDS)}")
    area = row.get("local_authority", "")
    if area and area not in areas:
        found.append(
            f"local_authority '{area}' must be empty or one of: {', '.join(sorted(areas))}"
        )
    confidence = row.get("confidence", "")
    if confidence and confidence not in CONFIDENCE:
        found.append(f"confidence '{confidence}' must be H, M or L")
    for route in split_list(row.get("routes", "")):
        if route not in routes:
            found.append(f"route '{route}' is not a route id")
    checks = (
        phone_problem(row.get("phone", "")),
        email_problem(row.get("email", "")),
        website_problem(row.get("website", "")),
        date_problem(row["source_read"], "source_read") if row.get("source_read") else None,
    )
    found.extend(problem for problem in checks if problem)
    return found


def split_list(value: str) -> tuple[str, ...]:
    """A ``;``-separated cell as a tuple of its non-empty, trimmed parts."""
    return tuple(part.strip() for part in value.split(";") if part.strip())
