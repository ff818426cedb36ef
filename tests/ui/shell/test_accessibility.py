"""Every control has an accessible name, and at 200% text nothing is clipped or overlaps."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import pytest
from language_fixtures import URDU
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from wizard_keys import MakeWindow

from sample_answers import REFUSED_AMEND_AFTER_REVIEW
from send_routes.content_store.content import ContentError
from send_routes.ui.shell.error_page import ContentErrorPage
from send_routes.ui.shell.main_window import MainWindow
from send_routes.ui.wizard.date_field import DateField

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
)
ANSWERS = REFUSED_AMEND_AFTER_REVIEW


def _question(key: str) -> Callable[[MainWindow], None]:
    def show(window: MainWindow) -> None:
        window.start_wizard(dict(ANSWERS))
        window.wizard.show_question(key)  # the council box and its list are always shown

    return show


def _check(window: MainWindow) -> None:
    window.start_wizard(dict(ANSWERS))
    window.show_check()


def _plan(window: MainWindow) -> None:
    _check(window)
    window.show_plan()


PAGES: dict[str, Callable[[MainWindow], None]] = {
    "start": MainWindow.show_start,
    "single choice": _question("role"),
    "multiple choice": _question("issues"),
    "area": _question("local_authority"),
    "date": _question("decision_date"),
    "check answers": _check,
    "plan": _plan,
    "directory": MainWindow.open_directory,
    "glossary": lambda window: window.open_glossary(),
    "adviser area": MainWindow.open_adviser_area,
    "blank (after Hide screen)": lambda window: window.guard.hide_screen(),
}


def _controls(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus  # not a table's header
        if isinstance(widget, INTERACTIVE) and widget.isVisible() and focusable:
            yield widget


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}"


@pytest.mark.parametrize("name", PAGES)
def test_every_control_on_the_page_has_an_accessible_name(
    make_window: MakeWindow, name: str
) -> None:
    window = make_window()
    PAGES[name](window)
    controls = list(_controls(window.current_page()))
    assert controls
    unnamed = [_describe(widget) for widget in controls if not widget.accessibleName().strip()]
    assert unnamed == []


def test_the_calendar_for_dates_has_accessible_names(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    _question("decision_date")(window)
    field = window.wizard.current_page().field  # type: ignore[union-attr]
    assert isinstance(field, DateField)
    field.open_calendar()
    assert field.calendar is not None
    controls = list(_controls(field.calendar))
    assert controls
    assert [_describe(w) for w in controls if not w.accessibleName().strip()] == []
    field.calendar.reject()


def test_the_error_page_and_help_have_accessible_names(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    page = ContentErrorPage(ContentError("The content database is damaged."))
    qtbot.addWidget(page)
    page.show()
    window = make_window()
    window.show_help()
    assert window.help_dialog is not None
    for root in (page, window.help_dialog):
        assert all(widget.accessibleName() for widget in _controls(root))


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget, inner = item.widget(), item.layout()
        if widget is not None and widget.isVisible():
            yield widget
        elif inner is not None:
            yield from _layout_widgets(inner)


def _problems(root: QWidget) -> Iterator[str]:
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        needed = label.heightForWidth(label.width()) if label.wordWrap() else -1
        if label.height() < max(needed, label.minimumSizeHint().height()):
            yield f"clipped height: {label.text()[:60]!r}"
        if label.width() < label.minimumSizeHint().width():
            yield f"clipped width: {label.text()[:60]!r}"
    for widget in root.findChildren(QAbstractButton):
        if widget.isVisible() and widget.width() < widget.minimumSizeHint().width():
            yield f"clipped button: {widget.text()!r}"
    # The page itself never scrolls sideways (WCAG 1.4.10); lists, tables and the contact
    # cards inside it may, as their rows and web addresses cannot wrap.
    if isinstance(root, QAbstractScrollArea) and root.horizontalScrollBar().maximum() > 0:
        yield f"the page scrolls sideways: {_describe(root)}"
    for layout in root.findChildren(QLayout):
        placed = list(_layout_widgets(layout))
        for first, second in itertools.combinations(placed, 2):
            if first.geometry().intersects(second.geometry()):
                yield f"overlap: {_describe(first)} and {_describe(second)}"


@pytest.mark.parametrize("name", PAGES)
def test_at_200_percent_text_no_label_is_clipped_and_nothing_overlaps(
    qtbot: QtBot, make_window: MakeWindow, name: str
) -> None:
    window = make_window()
    window.set_text_scale(2.0)
    PAGES[name](window)
    qtbot.wait(600)  # what a person sees once the page has settled, not mid-layout
    assert QApplication.font().pointSizeF() >= 24
    assert list(_problems(window.current_page())) == []


@pytest.mark.parametrize("name", [page for page in PAGES if "blank" not in page])
def test_in_urdu_at_200_percent_the_tall_nastaliq_lines_are_not_clipped(
    qtbot: QtBot, make_window: MakeWindow, name: str
) -> None:
    """Noto Nastaliq Urdu's lines are much taller than Latin ones at the same size."""
    window = make_window()
    window.language.choose(URDU)
    window.set_text_scale(2.0)
    PAGES[name](window)
    page = window.current_page()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "Nastaliq" in page.font().family()
    # Nastaliq's layout takes longer to settle: what a person sees then, not mid-layout.
    found = list(_problems(page))
    for _ in range(25):
        if not found:
            break
        qtbot.wait(200)
        found = list(_problems(page))
    assert found == []


def test_the_clipping_check_finds_a_clipped_label(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.set_text_scale(2.0)
    label = window.start_page.findChildren(QLabel)[1]
    label.setFixedHeight(5)
    QApplication.processEvents()
    assert any("clipped" in problem for problem in _problems(window.current_page()))


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_letters_and_the_print_preview_have_names_and_nothing_clipped(
    qtbot: QtBot, make_window: MakeWindow, scale: float
) -> None:
    window = make_window()
    window.set_text_scale(scale)
    _plan(window)
    window.plan_page.letters_button.click()
    letters = window.plan_exports.letters
    assert letters is not None
    window.plan_page.preview_button.click()
    preview = window.plan_exports.preview
    assert preview is not None
    for _ in range(3):
        QApplication.processEvents()
    assert preview.accessibleName() and letters.accessibleName()
    for root in (letters, preview):
        controls = list(_controls(root))
        assert controls
        assert [_describe(w) for w in controls if not w.accessibleName().strip()] == []
    assert list(_problems(letters.page)) == []
    preview.close()
    letters.close()
