"""An adviser's saved data: the user database, opened only when the adviser area is used.

``AdviserSession`` owns the ``CaseStore`` and the ``LocalContacts`` that share one user
database, and which saved case is open. What a case keeps of the session is the
``Session``'s business (``Session.to_case`` and ``Session.restore``).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from send_routes import paths
from send_routes.user_store.cases import CaseStore
from send_routes.user_store.crypto import KdfParams
from send_routes.user_store.local_contacts import LocalContacts


class AdviserSession:
    """The open user database (or none yet), and the case being worked on."""

    def __init__(self, area_names: Mapping[str, str], kdf: KdfParams | None = None) -> None:
        self.area_names = dict(area_names)
        self.kdf = kdf
        self.store: CaseStore | None = None
        self.local: LocalContacts | None = None
        self.open_case: str | None = None

    @staticmethod
    def db_path() -> Path:
        return paths.user_db_file()

    def has_saved_data(self) -> bool:
        return self.store is not None or self.db_path().exists()

    def open(self) -> str | None:
        """Open (or create) the user database; the recovery message if it had to start again.

        Raises StorageError when the folder cannot be used.
        """
        if self.store is not None:
            return None
        self.store = CaseStore.open(self.db_path(), self.kdf)
        self.local = LocalContacts(self.store.user_db, self.area_names)
        recovery = self.store.recovery
        return recovery.message if recovery else None

    @property
    def is_unlocked(self) -> bool:
        return self.store is not None and self.store.is_unlocked

    def lock(self) -> None:
        self.open_case = None
        if self.store is not None:
            self.store.lock()

    def close(self) -> None:
        self.lock()
        if self.store is not None:
            self.store.close()
        self.store = None
        self.local = None
