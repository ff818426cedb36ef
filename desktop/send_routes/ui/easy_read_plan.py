"""The Easy Read switch on the plan page: the plan on screen, in print and saved, in Easy Read.

A small part added to the plan page from outside (the page does not know about it): a
check box above the plan and a reader that shows the Easy Read document in place of the
ordinary plan. When a young person answers for themselves the switch starts on (the issue:
"the default offer when a young person answers for themselves"); once the person sets it,
their choice stays until Finish and clear. Print, preview and save use the Easy Read
document while it is on (``PlanExports`` asks ``print_job`` and ``write``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QTextBrowser, QWidget

from send_routes.content_store.content import ContentStore
from send_routes.core.easy_read_view import EasyPlanView
from send_routes.export.plan_context import DocumentOptions
from send_routes.fileio.atomic import write_atomically

if TYPE_CHECKING:
    from send_routes.ui import printing
    from send_routes.ui.plan_page import PlanPage
    from send_routes.ui.session import Session

SWITCH_TEXT = "Easy Read: short lines with pictures"
SWITCH_HINT = (
    "Shows, prints and saves your plan in Easy Read: one idea on each line, a picture "
    "beside it, large text."
)


class EasyReadReader(QTextBrowser):
    """The Easy Read document on screen, as tall as its text (the page scrolls, not it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Your plan in Easy Read")
        self.setOpenLinks(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def fit(self) -> None:
        document = self.document()
        document.setTextWidth(self.viewport().width())
        frame = self.frameWidth() * 2
        self.setFixedHeight(int(document.size().height()) + frame + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class EasyReadPlan(QObject):
    """Adds the switch and the reader to ``page``, and makes the Easy Read documents."""

    #: The switch was turned on or off (by the person or by the young-person default).
    switched = Signal(bool)

    def __init__(self, content: ContentStore, page: PlanPage, session: Session) -> None:
        super().__init__(page)
        self.content = content
        self.page = page
        self.session = session
        self.view: EasyPlanView | None = None
        #: The person's own choice, once they make one (None: follow the default).
        self.chosen: bool | None = None
        self.switch = QCheckBox(SWITCH_TEXT)
        self.switch.setAccessibleName("Easy Read")
        self.switch.setAccessibleDescription(SWITCH_HINT)
        self.switch.setToolTip(SWITCH_HINT)
        self.switch.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reader = EasyReadReader()
        self.reader.hide()
        layout = page.content
        layout.insertWidget(layout.indexOf(page.summary_holder), self.switch)
        layout.insertWidget(layout.indexOf(page.summary_holder), self.reader)
        self.switch.clicked.connect(self._clicked)
        self.switch.toggled.connect(self._apply)
        # Connected after the page's own redraw, so this runs once the page has drawn.
        session.plan_changed.connect(self.refresh)
        page.cleared.connect(self.forget)
        self.refresh()

    @property
    def on(self) -> bool:
        return self.switch.isChecked() and self.page.view is not None

    def _clicked(self, checked: bool) -> None:
        self.chosen = checked

    def refresh(self) -> None:
        """Follow the session's plan: the young-person default, then the view on screen."""
        plan = self.page.plan
        if plan is None:
            self.view = None
            return
        if self.chosen is None:
            self.switch.setChecked(plan.answers.role == "young_person")
        self._apply(self.switch.isChecked())

    def _apply(self, checked: bool) -> None:
        page = self.page
        showing = checked and page.plan is not None and page.view is not None
        if showing:
            self._show()
        self.reader.setVisible(showing)
        page.summary_holder.setVisible(not showing)
        page.body_holder.setVisible(not showing)
        self.switched.emit(checked)

    def _show(self) -> None:
        from send_routes.export.easy_read import easy_read_document
        from send_routes.export.easy_read_text import easy_read_of

        plan, view = self.page.plan, self.page.view
        assert plan is not None and view is not None
        self.view = easy_read_of(view, plan, self.content)
        self.reader.setDocument(easy_read_document(self.view, DocumentOptions()))
        self.reader.fit()

    def forget(self) -> None:
        """Finish and clear, or Start again: no view, and back to the default."""
        self.view = None
        self.chosen = None
        self.reader.clear()
        self.reader.hide()
        self.switch.setChecked(False)

    def print_job(self, options: DocumentOptions) -> printing.PrintJob | None:
        """The Easy Read document to preview or print, or None when the switch is off."""
        from send_routes.ui import printing

        if not self.on or self.view is None:
            return None
        from send_routes.export.easy_read import easy_read_document, easy_read_footer

        view = self.view
        return printing.PrintJob(
            view.title,
            options.paper,
            easy_read_footer(view),
            lambda: easy_read_document(view, options),
        )

    def writer(self, kind: str, options: DocumentOptions) -> Callable[[Path], None] | None:
        """What writes the Easy Read plan as ``kind`` to a path, or None when it is off."""
        if not self.on or self.view is None:
            return None
        from send_routes.export.easy_read import easy_read_bytes

        view = self.view
        return lambda path: write_atomically(path, easy_read_bytes(view, options, kind))
