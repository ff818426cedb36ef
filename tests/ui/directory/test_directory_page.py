"""The contact directory: search as you type, filters, details, copying, and conflicts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import delete

from send_routes.content_store.content import ContentStore
from send_routes.core.guidance import Contact
from send_routes.ui.directory import directory_page
from send_routes.ui.directory.contact_conflicts import conflicting_records
from send_routes.ui.directory.contact_table_model import NATIONAL
from send_routes.ui.directory.directory_page import DirectoryPage
from send_routes.wording import MISSING_DETAIL as NOT_KNOWN

HOSTILE = [
    "x" * 10_000,
    "😀🎉 ✨",
    '"',
    "'; DROP TABLE contacts; --",
    "((( ]]] {{{",
    "AND",
    "OR NOT NEAR",
    "*",
    "tribunal*",
    "<b>bold</b> &amp;",
    "\x00\n\t",
    "   ",
]


@pytest.fixture
def page(qtbot: QtBot, content: ContentStore) -> Iterator[DirectoryPage]:
    widget = DirectoryPage(content)
    yield widget
    delete(widget)  # now, so later tests (and theme changes) have no pages left to restyle


def shown_ids(page: DirectoryPage) -> list[str]:
    return [contact.id for contact in page.model.contacts()]


def choose(page: DirectoryPage, contact_id: str) -> None:
    page.search_box.clear()
    page.area_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(0)
    page.results.selectRow(page.model.row_of(contact_id))
    page.show_details_now()  # the details otherwise follow once typing pauses


def details_text(page: DirectoryPage) -> str:
    body = page.details.widget()
    return "\n".join(label.text() for label in body.findChildren(QLabel))


def card_buttons(page: DirectoryPage, index: int = 0) -> dict[str, QPushButton]:
    return {button.text(): button for button in page.details.cards[index].copy_buttons}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("medation", "kids-leicester"),
        ("sendias", "dudley-sendiass-004"),
        ("tribunel", "tribunal-send-new"),
        ("ombudsman", "ombudsman-lgsco"),
    ],
)
def test_typing_finds_contacts_even_with_misspellings(
    page: DirectoryPage, qtbot: QtBot, typed: str, expected: str
) -> None:
    qtbot.keyClicks(page.search_box, typed)
    assert expected in shown_ids(page)
    assert "found" in page.result_count.text()


def test_results_narrow_with_each_letter_typed(page: DirectoryPage, qtbot: QtBot) -> None:
    everyone = len(shown_ids(page))
    qtbot.keyClicks(page.search_box, "Dudley")
    assert 0 < len(shown_ids(page)) < everyone


def test_the_area_filter_shows_that_area_and_national_contacts(
    page: DirectoryPage, content: ContentStore
) -> None:
    page.area_filter.setCurrentIndex(page.area_filter.findData("dudley"))
    shown = [c for c in content.contacts if c.id in shown_ids(page)]
    assert {c.local_authority for c in shown} == {"dudley", ""}


def test_national_only_shows_no_local_contacts(page: DirectoryPage, content: ContentStore) -> None:
    page.area_filter.setCurrentIndex(page.area_filter.findText("National services only"))
    shown = [c for c in content.contacts if c.id in shown_ids(page)]
    assert shown
    assert {c.local_authority for c in shown} == {""}


def test_the_area_filter_lists_all_areas_each_council_and_national_only(
    page: DirectoryPage, content: ContentStore
) -> None:
    items = [page.area_filter.itemText(i) for i in range(page.area_filter.count())]
    assert items[0] == "All areas"
    assert items[-1] == "National services only"
    councils = [area["name"] for area in content.areas[:-1]]
    assert len(councils) == 153
    assert items[1:-1] == [f"{name} and national services" for name in councils]


def test_the_kind_filter_shows_only_that_kind(page: DirectoryPage, content: ContentStore) -> None:
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("tribunal"))
    assert sorted(shown_ids(page)) == ["tribunal-send-new", "tribunal-send-old"]


def test_filters_and_search_combine(page: DirectoryPage, qtbot: QtBot) -> None:
    page.area_filter.setCurrentIndex(page.area_filter.findData("leicester"))
    qtbot.keyClicks(page.search_box, "medation")
    assert "kids-leicester" in shown_ids(page)
    assert "kids-dudley" not in shown_ids(page)


def test_the_table_shows_national_and_not_known_in_words(page: DirectoryPage) -> None:
    row = page.model.row_of("ipsea")
    cells = [page.model.index(row, column).data() for column in range(4)]
    assert cells == ["IPSEA: SEND advice", "National advice", NATIONAL, NOT_KNOWN]
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Name", "Kind", "Area", "Phone"]


def test_choosing_a_contact_shows_every_field_its_sources_and_when_checked(
    page: DirectoryPage, content: ContentStore
) -> None:
    choose(page, "coram-002")
    text = details_text(page)
    contact = next(c for c in content.contacts if c.id == "coram-002")
    for value in (contact.organisation, contact.phone, contact.helps_with, contact.note):
        assert value in text
    assert content.sources["seed-002"]["title"] in text
    assert "22 November 2026" in text
    assert "May have changed: check before you rely on it" in text
    assert "Not known: the sources give no email address." in text


def test_copy_phone_puts_the_number_on_the_clipboard(page: DirectoryPage, qtbot: QtBot) -> None:
    choose(page, "ombudsman-lgsco")
    qtbot.mouseClick(card_buttons(page)["Copy phone number"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "0300 061 0614"
    assert "copied" in page.details.cards[0].status.text()


def test_copy_email_puts_the_address_on_the_clipboard(page: DirectoryPage, qtbot: QtBot) -> None:
    choose(page, "together-trust-leicester")
    with qtbot.waitSignal(page.details.copied):
        qtbot.mouseClick(card_buttons(page)["Copy email address"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "drs@togethertrust.org.uk"


def test_there_is_no_copy_button_for_a_field_the_sources_do_not_give(page: DirectoryPage) -> None:
    choose(page, "ipsea")
    assert card_buttons(page) == {}
    assert "Not known: the sources give no phone number." in details_text(page)


@pytest.mark.parametrize(
    ("contact_id", "other_id"),
    [
        ("worcs-sendiass-000", "worcs-sendiass-002"),
        ("tribunal-send-new", "tribunal-send-old"),
        ("coram-002", "coram-childlawadvice"),
    ],
)
def test_conflicting_records_are_shown_side_by_side_with_a_warning(
    page: DirectoryPage, contact_id: str, other_id: str
) -> None:
    choose(page, contact_id)
    assert [card.contact.id for card in page.details.cards] == [contact_id, other_id]
    note = page.conflict_note()
    assert note is not None
    assert "sources disagree" in note.text()
    assert "Check which is current" in note.text()


def test_a_record_with_no_conflict_is_shown_alone(page: DirectoryPage) -> None:
    choose(page, "ipsea")
    assert len(page.details.cards) == 1
    assert page.conflict_note() is None


def test_same_organisation_in_another_area_is_not_a_conflict(content: ContentStore) -> None:
    prime = next(c for c in content.contacts if c.id == "prime-resolution-dudley")
    assert conflicting_records(prime, content.contacts) == []


def test_unknown_fields_are_not_counted_as_disagreeing(content: ContentStore) -> None:
    council = next(c for c in content.contacts if c.id == "worcs-sen-services-002")
    assert conflicting_records(council, content.contacts) == []


def test_empty_fields_do_not_make_a_conflict() -> None:
    base = Contact("a", "Org", "", "sendiass", "x", "01", "", "", "", (), ("s",), "H", "2026-01-01")
    other = Contact("b", "Org", "", "sendiass", "x", "", "e@x.org", "", "", (), ("s",), "H", "")
    assert conflicting_records(base, [base, other]) == []


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_search_text_never_raises(page: DirectoryPage, text: str) -> None:
    page.search_box.setText(text)
    assert page.result_count.text()
    assert len(page.result_count.text()) < 200


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300))
def test_any_search_text_gives_a_result_count(page: DirectoryPage, text: str) -> None:
    page.search_box.setText(text)
    assert page.result_count.text()


def test_nothing_found_says_what_to_try(page: DirectoryPage) -> None:
    page.search_box.setText("zzzzqqqq")
    assert shown_ids(page) == []
    assert "No contacts found" in page.result_count.text()
    assert page.details.cards == []


def test_the_chosen_contact_stays_chosen_when_the_search_still_finds_it(
    page: DirectoryPage, qtbot: QtBot
) -> None:
    choose(page, "ombudsman-lgsco")
    qtbot.keyClicks(page.search_box, "ombuds")
    current = page.current_contact()
    assert current is not None and current.id == "ombudsman-lgsco"


def focusable(widget: QWidget, page: QWidget) -> bool:
    return bool(
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isEnabled()
        and widget.isVisibleTo(page)
    )


def test_tab_goes_search_then_filters_then_results_then_copy_buttons(page: DirectoryPage) -> None:
    choose(page, "worcs-sendiass-000")
    order: list[QWidget] = []
    widget: QWidget = page.search_box
    while len(order) < 5:
        if focusable(widget, page):
            order.append(widget)
        widget = widget.nextInFocusChain()
    buttons = page.details.copy_buttons()
    assert order == [page.search_box, page.area_filter, page.kind_filter, page.results, buttons[0]]


def test_enter_in_the_results_moves_to_the_first_copy_button(
    page: DirectoryPage, qtbot: QtBot
) -> None:
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("ombudsman"))
    page.results.setFocus()
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert page.focusWidget() is page.details.copy_buttons()[0]


def test_arrow_keys_in_the_results_choose_the_next_contact(
    page: DirectoryPage, qtbot: QtBot
) -> None:
    first = page.current_contact()
    qtbot.keyClick(page.results, Qt.Key.Key_Down)
    second = page.current_contact()
    assert first is not None and second is not None and first != second
    assert page.details.cards[0].contact == second


def test_enter_in_the_search_box_goes_to_the_results(page: DirectoryPage, qtbot: QtBot) -> None:
    page.focus_search()
    assert page.focusWidget() is page.search_box
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.focusWidget() is page.results


def test_every_interactive_widget_has_an_accessible_name(page: DirectoryPage) -> None:
    choose(page, "worcs-sendiass-000")
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in page.findChildren(QWidget)
        if focusable(w, page) and not w.accessibleName()
    ]
    assert unnamed == []


def test_typing_updates_the_list_at_once_and_the_details_when_typing_pauses(
    qtbot: QtBot, page: DirectoryPage
) -> None:
    page.search_box.setText("togther")
    assert shown_ids(page)[0] == "together-trust-leicester"
    first = page.model.contacts()[0]
    assert not page.details.cards or page.details.cards[0].contact != first  # not yet
    qtbot.waitUntil(
        lambda: bool(page.details.cards) and page.details.cards[0].contact == first, timeout=2000
    )


def test_the_page_opens_with_the_best_match_chosen_and_its_details_shown(
    page: DirectoryPage, qtbot: QtBot
) -> None:
    assert page.results.currentIndex().row() == 0
    qtbot.waitUntil(lambda: bool(page.details.cards))
    assert page.details.cards[0].contact == page.model.contact_at(0)


def test_only_the_best_matches_are_shown_until_show_more_is_chosen(
    qtbot: QtBot, content: ContentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(directory_page, "PAGE_SIZE", 5)
    widget = DirectoryPage(content)
    widget.show()
    assert widget.model.rowCount() == 5
    assert widget.show_more.isVisibleTo(widget)
    assert "There are more" in widget.result_count.text()
    first_five = shown_ids(widget)
    qtbot.mouseClick(widget.show_more, Qt.MouseButton.LeftButton)
    assert widget.model.rowCount() == 10
    assert shown_ids(widget)[:5] == first_five
    widget.search_box.setText("tribunal")
    assert widget.model.rowCount() <= 5
    delete(widget)


def test_show_more_is_hidden_when_every_match_is_shown(page: DirectoryPage) -> None:
    page.search_box.setText("ombudsman")
    assert page.model.rowCount() >= 1
    assert not page.show_more.isVisibleTo(page)


def test_every_row_has_the_same_height_which_follows_the_text_size(page: DirectoryPage) -> None:
    heights = {page.results.rowHeight(row) for row in range(page.model.rowCount())}
    assert len(heights) == 1
    before = heights.pop()
    font = page.results.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    page.results.setFont(font)
    assert page.results.rowHeight(0) > before


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_a_whole_phone_number_fits_its_column_and_long_area_names_do_not_crowd_the_names(
    page: DirectoryPage, scale: float
) -> None:
    font = page.results.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    page.results.setFont(font)
    metrics = page.results.fontMetrics()
    header = page.results.horizontalHeader()
    assert header.sectionSize(3) > metrics.horizontalAdvance("0300 365 1020")
    assert header.sectionSize(2) > metrics.horizontalAdvance("Gloucestershire")
    assert header.sectionSize(2) < metrics.horizontalAdvance("Bournemouth, Christchurch and Poole")


def test_the_page_can_start_filtered_to_the_familys_area(page: DirectoryPage) -> None:
    page.show_area("dudley")
    assert page.area_filter.currentData() == "dudley"
    assert {c.local_authority for c in page.model.contacts()} <= {"dudley", ""}
    page.show_area("somewhere_unknown")
    assert page.area_filter.currentData() is None  # All areas


def test_the_back_link_asks_to_go_back(page: DirectoryPage, qtbot: QtBot) -> None:
    assert page.back.accessibleName()
    with qtbot.waitSignal(page.back_clicked, timeout=1000):
        page.back.click()
