"""The side pages a person can open from anywhere: contacts, glossary, the adviser area."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from send_routes.ui.common.session import Session
from send_routes.ui.shell.navigator import Navigator

if TYPE_CHECKING:
    from send_routes.content_store.content import ContentStore
    from send_routes.ui.adviser.adviser_page import AdviserPage
    from send_routes.ui.directory.directory_page import DirectoryPage
    from send_routes.ui.glossary.glossary_page import GlossaryPage
    from send_routes.user_store.local_contacts import LocalContacts


class SidePages(QObject):
    """Find a contact, the glossary and the adviser area, each made on first use.

    Find a contact and the glossary are side pages: their Back returns to where the person
    was. ``adviser_made`` is told of the adviser area once, so that its requests (start the
    questions, a case opened) can be answered.
    """

    def __init__(
        self,
        navigator: Navigator,
        content: Callable[[], ContentStore],
        session: Session,
        adviser_made: Callable[[AdviserPage], None],
    ) -> None:
        super().__init__(navigator)
        self._navigator = navigator
        self._content = content
        self._session = session
        self._adviser_made = adviser_made
        self.directory_page: DirectoryPage | None = None
        self.glossary_page: GlossaryPage | None = None
        self.adviser_page: AdviserPage | None = None
        self.local_contacts: LocalContacts | None = None
        session.register("contacts and glossary searches", self)

    def directory(self) -> DirectoryPage:
        """Find a contact, made on first use or while the start page is read."""
        if self.directory_page is None:
            from send_routes.ui.directory.directory_page import DirectoryPage

            self.directory_page = DirectoryPage(self._content(), local=self.local_contacts)
            self.directory_page.back_clicked.connect(self._navigator.back)
            self._navigator.add(self.directory_page, side=True)
            self.directory_page.ensurePolished()  # styled now, not when first opened
        return self.directory_page

    def open_directory(self) -> None:
        page = self.directory()
        area = self._session.answers.get("local_authority")
        if isinstance(area, str) and area:
            page.show_area(area)  # start with the family's area, when they gave one
        self._navigator.show(page)

    def open_glossary(self, term: str = "") -> None:
        if self.glossary_page is None:
            from send_routes.ui.glossary.glossary_page import GlossaryPage

            self.glossary_page = GlossaryPage(self._content())
            self._navigator.add(self.glossary_page, side=True)
            self.glossary_page.back_clicked.connect(self._navigator.back)
        self._navigator.show(self.glossary_page, focus=not term)
        if term:
            self.glossary_page.show_term(term)

    def open_adviser_area(self) -> None:
        if self.adviser_page is None:
            from send_routes.ui.adviser.adviser_page import AdviserPage

            self.adviser_page = AdviserPage(self._session, self._content())
            self._navigator.add(self.adviser_page, back=self._navigator.home_again)
            self.adviser_page.local_contacts_changed.connect(self.set_local_contacts)
            self._adviser_made(self.adviser_page)
        self.adviser_page.show_page()
        self._navigator.show(self.adviser_page)

    def set_local_contacts(self, local: LocalContacts | None) -> None:
        """Search the adviser's own contacts in Find a contact too (None: stop)."""
        self.local_contacts = local
        if self.directory_page is not None:
            self.directory_page.set_local(local)

    def clear_personal_data(self) -> None:
        """Delete the contacts and glossary pages (searches and all); made again if wanted."""
        for page in (self.directory_page, self.glossary_page):
            if page is not None:
                page.clear_personal_data()
        self.forget_pages()

    def forget_pages(self) -> None:
        """Delete the contacts and glossary pages, and the adviser area unless cases are
        unlocked in it, to be made again on first use in the language chosen now."""
        pages: list[DirectoryPage | GlossaryPage | AdviserPage | None]
        pages = [self.directory_page, self.glossary_page]
        adviser = self.adviser_page
        if adviser is not None and not adviser.is_unlocked():
            pages.append(adviser)
            self._session.unregister("adviser area")
            self.adviser_page = None
        for page in pages:
            if page is not None:
                self._navigator.remove(page)
                page.deleteLater()
        self.directory_page = self.glossary_page = None
