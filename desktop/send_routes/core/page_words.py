"""The plan's own words on page 1, as templates: the one place their English is written.

The text plan (export/text.py) fills them in English; the bilingual page 1 fills their
translations. Both read them from here, so a change to the English is a change of key in
every catalogue (docs/design/translations.md) and the old translation stops being shown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from send_routes.wording import MAY_HAVE_CHANGED, MISSING_DETAIL, NOT_LEGAL_ADVICE

YOUR_PLAN = "YOUR PLAN"
MADE = "Made {date}."
#: The content version as the plan states it (content_store/content.py fills it).
VERSION_LABEL = "{release}, reviewed on {date} ({version})"
BY_WHEN = "By {date} ({left}): {label}"
WARNING = "Warning: {warning}"
#: A warning that a deadline's date is less certain: its label, then why.
LABEL_AND_NOTE = "{label}: {note}"
DO_FIRST = "Do this first: {title}"
START_HERE = "Start here: {step}"
WHO_CAN_HELP_FROM = "Who can help ({route}):"
WHO_TO_CONTACT = "Who to contact:"
NATIONAL_SERVICES = "national services"
FINDING_HELP = "Finding help near you:"
DATES = "Dates, nearest first:"
DATE_LINE = "{date} ({left}): {label}"
TAKE = "What to take to that call:"
PHONE = "Phone"
EMAIL = "Email"
WEBSITE = "Website"
#: Days left, in the words days_left_text (core/plan_view_parts.py) uses.
DONE = "done"
MAYBE_LATER = "the date may be later: see below"
PASSED = "passed"
TODAY = "today"

#: Every English string of page 1 that is written in code, for the catalogues' coverage.
PAGE_ONE: tuple[str, ...] = (
    YOUR_PLAN,
    MADE,
    VERSION_LABEL,
    NOT_LEGAL_ADVICE,
    BY_WHEN,
    WARNING,
    LABEL_AND_NOTE,
    DO_FIRST,
    START_HERE,
    WHO_CAN_HELP_FROM,
    WHO_TO_CONTACT,
    NATIONAL_SERVICES,
    FINDING_HELP,
    DATES,
    DATE_LINE,
    TAKE,
    PHONE,
    EMAIL,
    WEBSITE,
    MISSING_DETAIL,
    MAY_HAVE_CHANGED,
    DONE,
    MAYBE_LATER,
    PASSED,
    TODAY,
)


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def fill_in(template: str, values: Mapping[str, str]) -> str:
    """``template`` with each ``{name}`` in ``values`` filled (others left as written)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
