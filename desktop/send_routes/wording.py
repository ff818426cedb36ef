"""Sentences every screen, printout and the command line share, so they always agree."""

NOT_LEGAL_ADVICE = "This is information, not legal advice."
#: Shown in place of a phone number, email or website that no source gives: never guessed.
MISSING_DETAIL = "Not known"
#: Shown beside a contact detail whose source is rated L (not confirmed).
MAY_HAVE_CHANGED = "May have changed: check it before you rely on it."
