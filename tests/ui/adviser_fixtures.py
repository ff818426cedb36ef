"""An adviser area on a fresh data folder, with a fast key derivation for tests."""

from __future__ import annotations

from send_routes.ui.adviser.adviser_page import AdviserPage
from send_routes.user_store.crypto import KdfParams

FAST_KDF = KdfParams(n=2**10, r=8, p=1)
PASSPHRASE = "correct horse battery"


def unlocked(page: AdviserPage) -> AdviserPage:
    """Set the passphrase (which unlocks)."""
    page.set_up.first.setText(PASSPHRASE)
    page.set_up.second.setText(PASSPHRASE)
    page.set_up.set_button.click()
    assert page.is_unlocked(), page.message.text()
    return page
