"""The one place that moves between pages: the stack, the history, titles, back and next.

Pages are added once with what Back and Next mean on them. ``show`` puts a page on screen
with its title and remembers it; a side page's Back (Find a contact, the glossary) returns
to the last page that was not a side page. Hide screen is ``cover``: a blank page goes on
top without entering the history, so ``uncover`` returns to the page that was covered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from send_routes.ui.common.page import Page, as_widget
from send_routes.ui.common.words import tr

APP_TITLE = "SEND Routes"
#: Pages remembered for Back; more than anyone goes back through.
HISTORY_LIMIT = 50

Action = Callable[[], None]


class PageStack(QStackedWidget):
    """The window's pages, as small as the page on screen allows.

    Qt's stack is as big as its biggest page, shown or not, and the window can never be made
    smaller than that: a page made in the background (Find a contact, at 200%) made the window
    taller than a 768 px screen while the plan was on it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        hint, set_size = page.minimumSizeHint(), page.minimumSize()
        return QSize(set_size.width() or hint.width(), set_size.height() or hint.height())


@dataclass(frozen=True)
class Place:
    """A page on the stack and what Back and Next do there (None: nothing)."""

    page: Page
    back: Action | None = None
    next: Action | None = None
    side: bool = False


class Navigator(QObject):
    """Owns which page is on screen, the pages shown before it, and the window title."""

    #: A page was put on screen (the page).
    shown = Signal(object)

    def __init__(self, stack: QStackedWidget, window: QWidget, home: Page) -> None:
        super().__init__(window)
        self._stack = stack
        self._window = window
        self._places: dict[QWidget, Place] = {}
        self._history: list[Page] = []
        self._cover: Page | None = None
        self.home = home
        self.add(home)

    # Pages

    def add(
        self,
        page: Page,
        back: Action | None = None,
        next: Action | None = None,
        side: bool = False,
    ) -> None:
        widget = as_widget(page)
        if self._stack.indexOf(widget) < 0:
            self._stack.addWidget(widget)
        self._places[widget] = Place(page, back, next, side)

    def remove(self, page: Page) -> None:
        """Take ``page`` off the stack and out of the history (it is being deleted)."""
        widget = as_widget(page)
        self._places.pop(widget, None)
        self._history = [shown for shown in self._history if shown is not page]
        self._stack.removeWidget(widget)

    def pages(self) -> list[Page]:
        """Every page on the stack, in the order added."""
        return [place.page for place in self._places.values()]

    def place(self) -> Place:
        """The page on screen, and what Back and Next do on it."""
        widget = self._stack.currentWidget()
        place = self._places.get(widget) if widget is not None else None
        return place if place is not None else self._places[as_widget(self.home)]

    def current(self) -> Page:
        return self.place().page

    def is_side(self, page: Page) -> bool:
        place = self._places.get(as_widget(page))
        return place is not None and place.side

    # Moving

    def show(self, page: Page, focus: bool = True) -> None:
        """Put ``page`` on screen with its title, remember it, and (``focus``) focus it."""
        self._cover = None
        self._stack.setCurrentWidget(as_widget(page))
        self.retitle(page)
        if not self._history or self._history[-1] is not page:
            self._history = [*self._history, page][-HISTORY_LIMIT:]
        if focus:
            page.focus_first()
        self.shown.emit(page)

    def retitle(self, page: Page | None = None) -> None:
        """The window's title for ``page`` (by default the page on screen), in the language
        chosen now."""
        shown = page if page is not None else self.current()
        self._window.setWindowTitle(
            tr("{page_title} – {app_title}").format(
                page_title=shown.page_title(), app_title=APP_TITLE
            )
        )

    def back(self) -> None:
        """Back on this page: its own step back, or for a side page, where the person was."""
        place = self.place()
        if place.back is not None:
            place.back()
        elif place.side:
            self.show(self.before_side())

    def home_again(self) -> None:
        self.show(self.home)

    def next(self) -> None:
        action = self.place().next
        if action is not None:
            action()

    def before_side(self) -> Page:
        """The last page shown that is not a side page (the start page if none)."""
        for page in reversed(self._history):
            if not self.is_side(page):
                return page
        return self.home

    def forget(self) -> None:
        """Forget the pages shown (part of clearing the session)."""
        self._history = []

    # Hide screen

    def cover(self, blank: Page) -> None:
        """Show ``blank`` over everything at once; the history stays as it was."""
        if as_widget(blank) not in self._places:
            self.add(blank)
        self._cover = blank
        self._stack.setCurrentWidget(as_widget(blank))
        self._window.setWindowTitle(APP_TITLE)
        blank.focus_first()

    def is_covered(self) -> bool:
        return self._cover is not None and self._stack.currentWidget() is as_widget(self._cover)

    def uncover(self) -> None:
        """Show the page that was covered (the start page if it has gone)."""
        self._cover = None
        covered = self._history[-1] if self._history else self.home
        self.show(covered)
