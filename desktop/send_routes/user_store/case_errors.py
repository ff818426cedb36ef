"""What can go wrong with saved cases, as the adviser area reports it."""

from __future__ import annotations


class CaseError(Exception):
    """The case store cannot do this now (not set up, already set up, no such case)."""


class CasesLocked(CaseError):
    """The cases are locked: unlock them with the passphrase first."""


class CaseDamaged(CaseError):
    """This one case cannot be opened; the others can. It can be exported raw or deleted."""
