"""The directory of contacts: search as you type, filter by area and kind, see the details."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from send_routes.content_store.contact_merge import ContactSearcher, search_all
from send_routes.content_store.content import ContentStore
from send_routes.core.contact_fields import KINDS
from send_routes.core.guidance import Contact
from send_routes.ui.common.labels import echo, selectable_label
from send_routes.ui.common.page import spoken_text
from send_routes.ui.common.widgets import ScrollingPage, button
from send_routes.ui.common.words import marked, tr
from send_routes.ui.directory.contact_conflicts import conflicting_records
from send_routes.ui.directory.contact_details import ContactDetailsView, area_names
from send_routes.ui.directory.contact_results import PAGE_SIZE, ContactResults
from send_routes.ui.directory.contact_table_model import ContactTableModel

NATIONAL_ONLY = ""  # the area filter value for national services only
#: While the person types, the details follow once typing pauses: the list keeps up with
#: every keystroke, and the details pane is not rebuilt for contacts passed on the way.
DETAILS_PAUSE_MS = 150


def _fit_to_narrow_windows(combo: QComboBox) -> None:
    """Let a combo box with long choices shrink, so large text never widens the page."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)


HELP = marked(
    "<h2>Find a contact</h2><p>Type a name, a service or an area in the search box. "
    "Spelling mistakes are fine. Alt+B goes back to where you were.</p>"
)


class DirectoryPage(ScrollingPage):
    """Find a contact: a search box, area and kind filters, the results, and their details.

    Only the best ``PAGE_SIZE`` matches are shown at first ("Show more" adds more), so the
    page stays as quick with a hundred thousand contacts as with a hundred. The page scrolls
    when the window is too short for it (200% text on a 768 px screen): laid out directly in
    the window, its table and details made the window taller than the screen even while
    another page was on it, since a page stack is as tall as its tallest page.
    """

    back_clicked = Signal()

    def __init__(
        self,
        content: ContentStore,
        parent: QWidget | None = None,
        local: ContactSearcher | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        #: The adviser's own contacts, searched with the bundled ones (None: not in use).
        self.local = local
        self._typing = False
        self._limit = PAGE_SIZE
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(DETAILS_PAUSE_MS)
        self._details_timer.timeout.connect(self.show_details_now)
        self.search_box = self._make_search_box()
        self.area_filter = self._make_area_filter()
        self.kind_filter = self._make_kind_filter()
        self.model = ContactTableModel(area_names(content), self)
        self.results = ContactResults(self.model, self)
        self.results.selectionModel().currentRowChanged.connect(self._current_changed)
        self.result_count = selectable_label("", "hint")
        self.show_more = button(
            tr("Show more results"),
            tr("Show more results"),
            tr("Adds the next matches to the list."),
        )
        self.show_more.clicked.connect(self._show_more)
        # Hiding and showing it as the matches change keeps its place: otherwise the count
        # and the results are laid out again, and the page redrawn, at such a keystroke.
        keep_place = self.show_more.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)
        self.show_more.setSizePolicy(keep_place)
        self.back = button(tr("Back"), tr("Back to the page you came from"), role="link")
        self.back.clicked.connect(self.back_clicked)
        self.details = ContactDetailsView(content)
        self._lay_out()
        self.search_box.textChanged.connect(self.refresh)
        self.search_box.returnPressed.connect(self._go_to_results)
        self.area_filter.currentIndexChanged.connect(self.refresh)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.results.activated.connect(self._open_details)
        self.refresh()
        # Just after the page is made (while the start page is read): the best match's
        # details, and the search's word list, which the first misspelt word needs.
        QTimer.singleShot(0, self, self._prepare)

    def _make_search_box(self) -> QLineEdit:
        box = QLineEdit(self)
        box.setPlaceholderText(tr("For example: mediation, tribunal, SENDIASS, Dudley"))
        box.setClearButtonEnabled(True)
        box.setAccessibleName(tr("Search contacts"))
        box.setAccessibleDescription(
            tr(
                "Results change as you type. Spelling mistakes are allowed. "
                "Press Enter to go to the results."
            )
        )
        return box

    def _make_area_filter(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(tr("All areas"), None)
        for area in self._content.areas[:-1]:
            combo.addItem(
                tr("{value} and national services").format(value=area["name"]), area["id"]
            )
        combo.addItem(tr("National services only"), NATIONAL_ONLY)
        combo.setAccessibleName(tr("Area"))
        combo.setAccessibleDescription(tr("Show contacts for one council area, or national ones."))
        _fit_to_narrow_windows(combo)
        return combo

    def _make_kind_filter(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(tr("All kinds of service"), None)
        for kind, label in KINDS.items():
            combo.addItem(tr(label), kind)
        combo.setAccessibleName(tr("Kind of service"))
        _fit_to_narrow_windows(combo)
        return combo

    def _filters(self) -> QGridLayout:
        """The search box across the top, the two filters side by side below it."""
        filters = QGridLayout()
        placed = (
            ("Search", self.search_box, 0, 0, 2),
            ("Area", self.area_filter, 2, 0, 1),
            ("Kind of service", self.kind_filter, 2, 1, 1),
        )
        for text, widget, row, column, span in placed:
            label = selectable_label(text)
            label.setBuddy(widget)
            filters.addWidget(label, row, column, 1, span)
            filters.addWidget(widget, row + 1, column, 1, span)
        filters.setColumnStretch(0, 1)
        filters.setColumnStretch(1, 1)
        return filters

    def _lay_out(self) -> None:
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        count_row = QHBoxLayout()  # "Show more" beside the count, so it never covers a row
        count_row.addWidget(self.result_count, 1)
        count_row.addWidget(self.show_more, 0, Qt.AlignmentFlag.AlignTop)
        top_layout.addLayout(count_row)
        top_layout.addWidget(self.results)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.details)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = self.content
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(selectable_label(tr("Find a contact"), "heading"))
        layout.addLayout(self._filters())
        layout.addWidget(splitter, 1)
        # In reading order, each after the one before (a later call moves its second widget).
        chain = (self.back, self.search_box, self.area_filter, self.kind_filter, self.results)
        for first, second in zip(chain, (*chain[1:], self.show_more), strict=True):
            self.setTabOrder(first, second)

    def set_local(self, local: ContactSearcher | None) -> None:
        """Search ``local`` (own contacts) too, or stop when None."""
        self.local = local
        self.refresh()

    def page_title(self) -> str:
        return tr("Find a contact")

    def focus_first(self) -> None:
        self.focus_search()

    def help_html(self) -> str:
        return tr(HELP)

    def reading_order(self) -> list[str]:
        return spoken_text(self)

    def clear_personal_data(self) -> None:
        """Forget the search typed (the window also deletes the whole page on clearing)."""
        self.search_box.clear()

    def focus_search(self) -> None:
        """Put the cursor in the search box, with its text selected to type over."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def show_area(self, area_id: str | None) -> None:
        """Filter to ``area_id`` and national services, when the filter lists that area;
        otherwise (no area, or "I don't know") show all areas."""
        index = self.area_filter.findData(area_id) if area_id else -1
        self.area_filter.setCurrentIndex(max(index, 0))

    def refresh(self) -> None:
        """Search again with the current text and filters, keeping the chosen contact if found."""
        self._limit = PAGE_SIZE
        self._run_search()

    def _show_more(self) -> None:
        """Add the next page of matches, keeping the chosen contact and the focus nearby."""
        self._limit += PAGE_SIZE
        self._run_search()
        if self.show_more.isHidden():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def _run_search(self) -> None:
        self._typing = True
        try:
            self._search()
        finally:
            self._typing = False

    def _search(self) -> None:
        chosen = self.current_contact()
        kind = self.kind_filter.currentData()
        # One more than is shown, to know whether "Show more" has anything to add.
        found = search_all(
            self._content,
            self.local,
            self.search_box.text(),
            area=self.area_filter.currentData(),
            kinds=None if kind is None else [kind],
            limit=self._limit + 1,
        )
        more = len(found) > self._limit
        found = found[: self._limit]
        self.model.set_contacts(found)
        self.result_count.setText(self._count_text(len(found), more))
        self.show_more.setVisible(more)
        row = self.model.row_of(chosen.id) if chosen else -1
        self._select_row(max(row, 0) if found else -1)

    def _count_text(self, count: int, more: bool = False) -> str:
        if more:
            return f"The best {count} contacts found, best first. There are more: choose Show more."
        if count:
            return f"{count} contact{'s' if count != 1 else ''} found"
        text = echo(self.search_box.text())
        searched = f" for “{text}”" if text else ""
        return (
            f"No contacts found{searched}. Try other words, or choose All areas "
            "and All kinds of service."
        )

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.details.show_contacts(None, [])
            return
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.results.selectionModel().setCurrentIndex(index, flags)
        self.results.scrollTo(index)
        self._show_soon(self.model.contact_at(row))

    def current_contact(self) -> Contact | None:
        return self.model.contact_at(self.results.currentIndex().row())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_soon(self.model.contact_at(current.row()))

    def _show_soon(self, contact: Contact | None) -> None:
        """Show ``contact`` now, or when typing pauses if the change came from the search box."""
        if not self._typing:
            self._details_timer.stop()
            self._show(contact)
            return
        self._details_timer.start()

    def _prepare(self) -> None:
        self.show_details_now()
        _ = self._content.search.vocabulary  # read once, now rather than at a keystroke

    def show_details_now(self) -> None:
        """Bring the details pane up to date with the chosen contact straight away."""
        self._details_timer.stop()
        self._show(self.current_contact())

    def _show(self, contact: Contact | None) -> None:
        shown = self.details.cards[0].contact if self.details.cards else None
        if contact is not None and contact == shown:
            return
        others = self._content.namesakes(contact) if contact else []
        conflicts = conflicting_records(contact, others) if contact else []
        self.details.show_contacts(contact, conflicts)
        previous: QWidget = self.results
        for copy in self.details.copy_buttons():
            self.setTabOrder(previous, copy)
            previous = copy

    def _go_to_results(self) -> None:
        if self.model.rowCount():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_details(self, index: QModelIndex) -> None:
        """Enter on a result: show it, and move to its first Copy button if it has one."""
        self._select_row(index.row())
        buttons = self.details.copy_buttons()
        if buttons:
            buttons[0].setFocus(Qt.FocusReason.TabFocusReason)

    def conflict_note(self) -> QLabel | None:
        """The note shown when the sources disagree about the chosen contact, if any."""
        return self.details.conflict_note
