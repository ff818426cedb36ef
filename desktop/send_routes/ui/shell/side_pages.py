"""The side pages a person can open from anywhere: contacts, glossary, the adviser area."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from send_routes.ui.common.session import Session

if TYPE_CHECKING:
    from send_routes.content_store.content import ContentStore
    from send_routes.ui.adviser.adviser_page import AdviserPage
    from send_routes.ui.directory.directory_page import DirectoryPage
    from send_routes.ui.glossary.glossary_page import GlossaryPage
    from send_routes.user_store.local_contacts import LocalContacts

Show = Callable[[QWidget, str], None]


class SidePages(QObject):
    """Find a contact, the glossary and the adviser area, each made on first use.

    ``show`` puts a page on screen with its title; ``adviser_made`` is told of the adviser
    area once, so that its requests (start the questions, a case opened) can be answered.
    """

    #: A side page's Back link: return to where the person was.
    back_requested = Signal()

    def __init__(
        self,
        stack: QStackedWidget,
        content: Callable[[], ContentStore],
        session: Session,
        show: Show,
        adviser_made: Callable[[AdviserPage], None],
    ) -> None:
        super().__init__(stack)
        self._stack = stack
        self._content = content
        self._session = session
        self._show = show
        self._adviser_made = adviser_made
        self.directory_page: DirectoryPage | None = None
        self.glossary_page: GlossaryPage | None = None
        self.adviser_page: AdviserPage | None = None
        self.local_contacts: LocalContacts | None = None
        session.register("contacts and glossary searches", self)

    def is_side_page(self, page: QWidget | None) -> bool:
        return page is not None and page in (self.directory_page, self.glossary_page)

    def directory(self) -> DirectoryPage:
        """Find a contact, made on first use or while the start page is read."""
        if self.directory_page is None:
            from send_routes.ui.directory.directory_page import DirectoryPage

            self.directory_page = DirectoryPage(self._content(), local=self.local_contacts)
            self.directory_page.back_clicked.connect(self.back_requested)
            self._stack.addWidget(self.directory_page)
            self.directory_page.ensurePolished()  # styled now, not when first opened
        return self.directory_page

    def open_directory(self) -> None:
        page = self.directory()
        area = self._session.answers.get("local_authority")
        if isinstance(area, str) and area:
            page.show_area(area)  # start with the family's area, when they gave one
        self._show(page, "Find a contact")
        page.focus_search()

    def open_glossary(self, term: str = "") -> None:
        if self.glossary_page is None:
            from send_routes.ui.glossary.glossary_page import GlossaryPage

            self.glossary_page = GlossaryPage(self._content())
            self._stack.addWidget(self.glossary_page)
            self.glossary_page.back_clicked.connect(self.back_requested)
        self._show(self.glossary_page, "Glossary")
        if term:
            self.glossary_page.show_term(term)
        else:
            self.glossary_page.focus_search()

    def open_adviser_area(self) -> None:
        if self.adviser_page is None:
            from send_routes.ui.adviser.adviser_page import AdviserPage

            self.adviser_page = AdviserPage(self._session, self._content())
            self._stack.addWidget(self.adviser_page)
            self.adviser_page.local_contacts_changed.connect(self.set_local_contacts)
            self._adviser_made(self.adviser_page)
        self._show(self.adviser_page, "Adviser area")
        self.adviser_page.show_page()
        self.adviser_page.focus_first()

    def set_local_contacts(self, local: LocalContacts | None) -> None:
        """Search the adviser's own contacts in Find a contact too (None: stop)."""
        self.local_contacts = local
        if self.directory_page is not None:
            self.directory_page.set_local(local)

    def clear_personal_data(self) -> None:
        """Delete the contacts and glossary pages (searches and all); made again if wanted."""
        for page in (self.directory_page, self.glossary_page):
            if page is not None:
                self._stack.removeWidget(page)
                page.deleteLater()
        self.directory_page = self.glossary_page = None
