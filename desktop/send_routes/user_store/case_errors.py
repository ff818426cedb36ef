"""What can go wrong with saved cases, as the adviser area reports it."""

from __future__ import annotations


class CaseError(Exception):
    """The case store cannot do this now (not set up, already set up, no such case)."""


class CasesLocked(CaseError):
    """The cases are locked: unlock them with the passphrase first."""


class CaseDamaged(CaseError):
    """This one case cannot be opened; the others can. It can be exported raw or deleted."""


class PassphraseChanged(CasesLocked):
    """Another copy of SEND Routes changed the passphrase while this one was unlocked.

    Nothing was written: this copy's key no longer opens the cases, so it locked them. Ask
    for the new passphrase, then do the same again (the unsaved case is still in memory).
    """

    MESSAGE = (
        "Another copy of SEND Routes changed the passphrase while the cases were open here. "
        "Nothing has been lost and nothing was saved yet: type the new passphrase to carry on."
    )

    def __init__(self) -> None:
        super().__init__(self.MESSAGE)
