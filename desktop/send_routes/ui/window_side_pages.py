"""The side pages a person can open from anywhere: contacts, glossary, the adviser area."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

if TYPE_CHECKING:
    from send_routes.content_store.content import ContentStore
    from send_routes.ui.adviser_page import AdviserPage
    from send_routes.ui.directory_page import DirectoryPage
    from send_routes.ui.glossary_page import GlossaryPage
    from send_routes.ui.main_window import MainWindow
    from send_routes.user_store.local_contacts import LocalContacts

    _Base = QMainWindow
else:
    _Base = object


class SidePagesMixin(_Base):
    """Opens Find a contact, the glossary and the adviser area, each made on first use."""

    pages: QStackedWidget
    directory_page: DirectoryPage | None
    glossary_page: GlossaryPage | None
    adviser_page: AdviserPage | None
    local_contacts: LocalContacts | None

    @property
    def content(self) -> ContentStore:
        raise NotImplementedError

    def _show(self, page: QWidget, title: str) -> None:
        raise NotImplementedError

    def go_back(self) -> None:
        raise NotImplementedError

    def family_area(self) -> str | None:
        raise NotImplementedError

    def directory(self) -> DirectoryPage:
        """Find a contact, made on first use or while the start page is read."""
        if self.directory_page is None:
            from send_routes.ui.directory_page import DirectoryPage

            self.directory_page = DirectoryPage(self.content, local=self.local_contacts)
            self.directory_page.back_clicked.connect(self.go_back)
            self.pages.addWidget(self.directory_page)
            self.directory_page.ensurePolished()  # styled now, not when first opened
        return self.directory_page

    def open_directory(self) -> None:
        page = self.directory()
        area = self.family_area()
        if area:
            page.show_area(area)  # start with the family's area, when they gave one
        self._show(page, "Find a contact")
        page.focus_search()

    def open_adviser_area(self) -> None:
        if self.adviser_page is None:
            from send_routes.ui.adviser_page import AdviserPage

            self.adviser_page = AdviserPage(cast("MainWindow", self))
            self.pages.addWidget(self.adviser_page)
        self._show(self.adviser_page, "Adviser area")
        self.adviser_page.show_page()
        self.adviser_page.focus_first()

    def set_local_contacts(self, local: LocalContacts | None) -> None:
        """Search the adviser's own contacts in Find a contact too (None: stop)."""
        self.local_contacts = local
        self.refresh_directory()

    def refresh_directory(self) -> None:
        if self.directory_page is not None:
            self.directory_page.set_local(self.local_contacts)

    def open_glossary(self, term: str = "") -> None:
        if self.glossary_page is None:
            from send_routes.ui.glossary_page import GlossaryPage

            self.glossary_page = GlossaryPage(self.content)
            self.pages.addWidget(self.glossary_page)
        self._show(self.glossary_page, "Glossary")
        if term:
            self.glossary_page.show_term(term)
        else:
            self.glossary_page.focus_search()
