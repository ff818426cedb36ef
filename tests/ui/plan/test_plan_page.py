"""The plan page shows the engine's plan: routes, contacts, dates, warnings, rights and terms."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import re
import weakref
from typing import Any

import pytest
from privacy_helpers import press_in_next_dialog
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QLabel,
    QPushButton,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot
from wizard_keys import ALT, MakeWindow, focused, press, walk_wizard

from sample_answers import REFUSED
from send_routes.content_store.content import ContentStore
from send_routes.core.answers import parse_answers
from send_routes.core.deadlines import long_date
from send_routes.core.plan import Plan
from send_routes.core.plan_view_parts import NO_WAY_TO_REACH
from send_routes.core.planner import make_plan
from send_routes.export.text import NOT_LEGAL_ADVICE
from send_routes.ui.common.glossary_text import TermIndex, TermLabel
from send_routes.ui.common.session import Session
from send_routes.ui.plan.plan_page import PlanPage
from send_routes.ui.plan.plan_sections import MAY_HAVE_CHANGED, MISSING
from send_routes.ui.shell.main_window import MainWindow


def _plan(content: ContentStore, answers: dict[str, Any], today: dt.date) -> Plan:
    return make_plan(content.guidance, parse_answers(answers), today)


@pytest.fixture
def session(content: ContentStore) -> Session:
    """A session that plans for 22 November 2026; tests also give it plans made by hand."""
    return Session(
        lambda: content.questions,
        lambda answers, today: make_plan(content.guidance, answers, today),
        lambda: dt.date(2026, 11, 22),
    )


@pytest.fixture
def page(qtbot: QtBot, content: ContentStore, session: Session) -> PlanPage:
    terms = TermIndex(content.glossary, content.glossary_aliases)
    widget = PlanPage(content.route_texts, terms, session)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    return widget


def _text(page: PlanPage) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def test_do_this_first_is_the_first_route_and_every_route_has_a_card(
    page: PlanPage, content: ContentStore, session: Session
) -> None:
    plan = _plan(content, REFUSED, dt.date(2026, 11, 22))
    session.set_plan(plan)
    first = page.findChild(QFrame, "doThisFirst")
    assert first is not None
    assert plan.first_route.title in [label.text() for label in first.findChildren(QLabel)]
    assert [card.route_id for card in page.cards] == [route.id for route in plan.routes]
    card = page.cards[0]
    steps = card.findChildren(QCheckBox)
    assert len(steps) == len(plan.routes[0].steps)
    assert all(box.accessibleName().startswith("Done: ") for box in steps)
    assert NOT_LEGAL_ADVICE in _text(page)


def test_deadlines_show_the_date_days_left_the_rule_and_the_date_counted_from(
    page: PlanPage, content: ContentStore, session: Session
) -> None:
    plan = _plan(content, REFUSED, dt.date(2026, 11, 22))
    session.set_plan(plan)
    text = _text(page)
    appeal = next(d for d in plan.deadlines if d.id == "appeal")
    assert f"{long_date(appeal.date)} ({appeal.days_left(plan.today)} days left)" in text
    assert long_date(appeal.from_date) in text
    assert "Counted from" in text


def test_a_passed_deadline_says_passed_and_the_warning_stands_out(
    page: PlanPage, content: ContentStore, session: Session
) -> None:
    plan = _plan(content, REFUSED, dt.date(2027, 3, 1))
    session.set_plan(plan)
    text = _text(page)
    appeal = next(d for d in plan.deadlines if d.id == "appeal")
    assert f"{long_date(appeal.date)} (passed)" in text
    assert plan.warnings
    box = page.findChild(QFrame, "planWarnings")
    urgent = page.findChild(QFrame, "urgent")
    shown = [
        label.accessibleName()
        for frame in (box, urgent)
        if frame
        for label in frame.findChildren(QLabel)
    ]
    assert all(warning in shown for warning in plan.warnings)


def test_missing_contact_details_are_never_guessed_and_low_confidence_ones_are_flagged(
    page: PlanPage, content: ContentStore, session: Session
) -> None:
    plan = _plan(content, REFUSED, dt.date(2026, 11, 22))
    route = plan.routes[0]
    contact = dataclasses.replace(
        plan.contacts[0], phone="", email="", website="www.example.org", confidence="L"
    )
    plan = dataclasses.replace(
        plan,
        contacts=(contact,),
        routes=(dataclasses.replace(route, contacts=(contact.id,)), *plan.routes[1:]),
    )
    session.set_plan(plan)
    card_text = "\n".join(label.text() for label in page.cards[0].findChildren(QLabel))
    assert f"Phone: {MISSING}" in card_text
    assert f"Email: {MISSING}" in card_text
    assert MAY_HAVE_CHANGED in card_text
    assert contact.name in card_text
    unreachable = dataclasses.replace(contact, website="")
    session.set_plan(dataclasses.replace(plan, contacts=(unreachable,)))
    card_text = "\n".join(label.text() for label in page.cards[0].findChildren(QLabel))
    assert f"How to reach them: {NO_WAY_TO_REACH}" in card_text
    assert MISSING not in card_text


def test_the_contacts_for_the_area_are_on_the_plan(
    page: PlanPage, content: ContentStore, session: Session
) -> None:
    session.set_plan(_plan(content, REFUSED, dt.date(2026, 11, 22)))
    text = _text(page)
    assert "01905 768153" in text and "01905 610858" in text


def test_glossary_terms_are_underlined_links_explained_on_hover_and_click(
    qtbot: QtBot, page: PlanPage, content: ContentStore, session: Session
) -> None:
    session.set_plan(_plan(content, REFUSED, dt.date(2026, 11, 22)))
    page.show()
    qtbot.waitExposed(page)
    labels = [label for label in page.findChildren(TermLabel) if 'href="term:' in label.text()]
    assert labels, "no glossary term is linked on the plan"
    label = labels[0]
    assert label.accessibleDescription()  # the definitions, for screen readers
    link = label.text().split('href="', 1)[1].split('"', 1)[0]
    term = TermLabel.term_of(link)
    assert term in content.glossary
    label.linkHovered.emit(link)
    assert term in QToolTip.text()
    label.linkActivated.emit(link)
    assert label.dialog is not None and label.dialog.isVisible()
    definition = TermIndex(content.glossary, content.glossary_aliases).definition(term)
    assert label.dialog.definition.text() == definition
    label.dialog.close()
    QToolTip.hideText()


def test_tab_reaches_each_glossary_term_and_explains_it(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.start_wizard()
    walk_wizard(qtbot, window, REFUSED)
    press(qtbot, Qt.Key.Key_N, ALT)
    for _ in range(40):
        press(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        if isinstance(widget, TermLabel):
            break
    else:
        raise AssertionError("Tab never reached a glossary term")
    term = widget.focused_term()
    assert term is not None and term in QToolTip.text()
    QToolTip.hideText()


def test_abbreviations_are_linked_only_in_capitals(content: ContentStore) -> None:
    terms = TermIndex(content.glossary, content.glossary_aliases)
    assert "term:SEND" in terms.to_html("Ask about SEND support.")
    assert "term:" not in terms.to_html("Send a letter")
    assert 'href="term:EHC%20plan">EHC plans</a>' in terms.to_html("[[EHC plans|EHC plan]]")


def _top(widget: QWidget, page: PlanPage) -> int:
    return widget.mapTo(page.widget(), QPoint(0, 0)).y()


def test_the_page_leads_with_the_urgent_date_and_the_summary_then_print_and_the_routes(
    qtbot: QtBot, page: PlanPage, content: ContentStore, session: Session
) -> None:
    plan = _plan(content, REFUSED, dt.date(2026, 11, 22))
    assert plan.urgent is not None
    session.set_plan(plan)
    page.show()
    qtbot.waitExposed(page)
    urgent = page.findChild(QFrame, "urgent")
    summary = page.findChild(QFrame, "doThisFirst")
    assert urgent is not None and summary is not None
    assert long_date(plan.urgent.date) in urgent.accessibleName()
    assert _top(urgent, page) < _top(summary, page) < _top(page.print_button, page)
    assert _top(page.print_button, page) < _top(page.cards[0], page)
    summary_text = "\n".join(label.text() for label in summary.findChildren(QLabel))
    assert "What to take to that call" in summary_text
    assert "Dates, nearest first" in summary_text


def test_a_skip_link_moves_the_keyboard_past_a_paragraphs_explained_words(
    qtbot: QtBot, page: PlanPage, content: ContentStore, session: Session
) -> None:
    session.set_plan(_plan(content, REFUSED, dt.date(2026, 11, 22)))
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    links = page.findChildren(QPushButton, "skipTerms")
    assert links
    link = links[0]
    paragraph = link.nextInFocusChain()
    assert isinstance(paragraph, TermLabel)
    link.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(link, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.focusWidget() not in (None, link))
    landed = QApplication.focusWidget()
    assert landed is not None and landed is not link and landed is not paragraph
    assert landed.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_the_full_guide_is_a_print_option_cleared_with_the_rest(page: PlanPage) -> None:
    assert page.document_options().full_guide is False
    page.options.full_guide.setChecked(True)
    assert page.document_options().full_guide is True
    assert page.options.full_guide.accessibleName() == "Full guide"
    page.options.clear()
    assert page.document_options().full_guide is False


def test_contact_sources_on_screen_are_titles_not_ids(
    page: PlanPage, content: ContentStore, session: Session
) -> None:
    session.set_plan(_plan(content, REFUSED, dt.date(2026, 11, 22)))
    text = _text(page)
    assert "Source: " in text
    assert not re.search(r"seed-\d+|\b[FSTG]\d+\b", text)


def test_the_page_draws_the_sessions_plan_and_a_new_one_when_it_changes(
    page: PlanPage, content: ContentStore, session: Session
) -> None:
    first = _plan(content, REFUSED, dt.date(2026, 11, 22))
    session.set_plan(first)
    assert page.plan is first
    later = _plan(content, REFUSED, dt.date(2027, 3, 1))
    session.set_plan(later)
    assert page.plan is later
    assert "(passed)" in _text(page)


def test_after_the_session_is_cleared_the_page_shows_nothing_of_the_plan_and_holds_none(
    qtbot: QtBot, page: PlanPage, content: ContentStore, session: Session
) -> None:
    session.set_plan(_plan(content, REFUSED, dt.date(2026, 11, 22)))
    old = weakref.ref(session.plan)  # type: ignore[arg-type]
    titles = [route.title for route in old().routes]  # type: ignore[union-attr]
    assert all(title in _text(page) for title in titles)
    session.clear()
    gc.collect()
    assert old() is None, gc.get_referrers(old())
    assert page.plan is None and page.view is None and page.cards == []
    # The old sections are deleted once control returns to the event loop.
    qtbot.waitUntil(lambda: not any(title in _text(page) for title in titles))
    assert "Made on" not in _text(page)


@pytest.mark.parametrize("how", ["Start again", "Finish and clear"])
def test_in_the_window_the_old_plan_is_gone_from_memory_and_the_page_after_it_is_forgotten(
    qtbot: QtBot, window: MainWindow, how: str
) -> None:
    window.start_wizard(dict(REFUSED))
    window.show_check()
    window.show_plan()
    window.plan_page.letters_button.click()  # the letters are made from the plan too
    old = weakref.ref(window.session.plan)  # type: ignore[arg-type]
    titles = [route.title for route in old().routes]  # type: ignore[union-attr]
    if how == "Start again":
        press_in_next_dialog(qtbot, Qt.Key.Key_Return)
        window.plan_page.again_button.click()
    else:
        window.guard.clear_session()
    qtbot.waitUntil(lambda: not any(title in _text(window.plan_page) for title in titles))
    gc.collect()
    assert old() is None
    assert window.plan_page.plan is None and window.plan_page.view is None
