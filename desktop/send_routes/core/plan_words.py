"""The plan's own words after page 1, as templates: the one place their English is written.

The printed plan (resources/templates/plan.html) and the text plan (export/text.py) fill
them, in English or through a language's catalogue (core/plan_language.py), like page 1's
words in core/page_words.py. The text plan prints the headings in capitals.
"""

from __future__ import annotations

ROUTES = "Your routes, in the order to try them"
TRIED = "(you have tried this)"
WHY_IT_FITS = "Why it fits:"
PREPARE = "What to prepare:"
AFTER = "What happens next:"
ADDED_LOCALLY = "(added locally)"
ALSO = "Also: {names} (details above)."
NOTE = "Note: {note}"
SOURCE = "Source: {sources}"
SOURCE_READ = "Source: {sources}, read {date}"
NO_SOURCE = "No source recorded"
HOW_TO_REACH = "How to reach them"
#: Said once, in place of three "Not known" lines, for a contact no source gives a way to reach.
NO_WAY_TO_REACH = (
    "The sources give no phone number, email or website for them. Your council's Local "
    "Offer, or the council itself, can tell you how to reach them."
)
HOW_DATES = "How the dates were worked out"
COUNTED_FROM = "Counted from {counted_from}."
RIGHTS = "Your rights"
HELP_IN = "Help in {area}"
FINDING_HELP = "Finding help near you"
ANSWERS = "Your answers"
TERMS = "Words used in this plan"
SOURCES = "Where this information comes from"
CONTENT_VERSION = "Content version {version}: give this if you report a mistake."
MY_NOTES = "My notes"
PAGE = "Page {page} of {pages}"
#: The title of the printed plan: with the child's name (kept as typed), or without.
NAMED_PLAN = "{name}'s plan"
YOUR_PLAN = "Your plan"

#: Every English string of the rest of the plan written in code, for the catalogues'
#: coverage (content_build/check_translations.py).
REST_OF_PLAN: tuple[str, ...] = (
    ROUTES,
    TRIED,
    WHY_IT_FITS,
    PREPARE,
    AFTER,
    ADDED_LOCALLY,
    ALSO,
    NOTE,
    SOURCE,
    SOURCE_READ,
    NO_SOURCE,
    HOW_TO_REACH,
    NO_WAY_TO_REACH,
    HOW_DATES,
    COUNTED_FROM,
    RIGHTS,
    HELP_IN,
    FINDING_HELP,
    ANSWERS,
    TERMS,
    SOURCES,
    CONTENT_VERSION,
    MY_NOTES,
    PAGE,
    NAMED_PLAN,
    YOUR_PLAN,
)
