"""Glossary terms in text: underline them as links and explain them on hover, focus or click."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFocusEvent, QGuiApplication, QPalette
from PySide6.QtWidgets import QDialog, QLabel, QToolTip, QVBoxLayout, QWidget

from send_routes.core.guidance import plain
from send_routes.core.terms import SCHEME
from send_routes.core.terms import TermIndex as TermIndex
from send_routes.ui.common.widgets import button, text_label
from send_routes.ui.common.words import shown, tr


class TermDialog(QDialog):
    """A small window that explains one glossary term."""

    def __init__(self, term: str, definition: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("What “{term}” means").format(term=term))
        self.setAccessibleName(tr("What {term} means").format(term=term))
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(term, "subheading"))
        self.definition = text_label(shown(definition) or tr("No definition is recorded."))
        layout.addWidget(self.definition)
        close = button(tr("Close"), tr("Close the explanation"))
        close.clicked.connect(self.close)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignLeft)
        self.setMinimumWidth(360)
        close.setFocus()


class TermLabel(QLabel):
    """Word-wrapped text whose glossary terms are underlined links with their definitions.

    Hovering over a term or moving keyboard focus to it shows its definition; clicking it
    (or pressing Enter on it) opens a small window with the definition. With
    ``keyboard=False`` only the terms the text marks are linked, for the mouse only (keyboard
    users have F1 help), as on the wizard's pages.
    """

    def __init__(self, text: str, terms: TermIndex, role: str = "", keyboard: bool = True) -> None:
        super().__init__()
        text = shown(text)  # the chosen language's words, where the catalogue has them
        self._terms = terms
        self.dialog: TermDialog | None = None
        self.hovered_link = ""
        used = terms.terms_in(text, auto=keyboard)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setText(terms.to_html(text, auto=keyboard))
        self._link_colour = self.palette().color(QPalette.ColorRole.Link).name()
        self.setAccessibleName(plain(text))
        if used:
            definitions = (f"{term}: {terms.definition(term)}" for term in used)
            self.setAccessibleDescription("\n".join(definitions))
        if role:
            self.setProperty("role", role)
        flags = Qt.TextInteractionFlag.LinksAccessibleByMouse
        if keyboard and used:
            flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        self.setTextInteractionFlags(flags)
        if not (keyboard and used):
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.linkHovered.connect(self._explain_link)
        self.linkActivated.connect(self._open)
        self._follow_theme()

    @staticmethod
    def term_of(link: str) -> str:
        return unquote(link.removeprefix(SCHEME))

    def explain(self, term: str) -> None:
        """Show the definition of ``term`` beside this text."""
        tip = f"{term}: {self._terms.definition(term)}"
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), tip, self)

    def _explain_link(self, link: str) -> None:
        self.hovered_link = link
        if link:
            self.explain(self.term_of(link))
        else:
            QToolTip.hideText()

    def _open(self, link: str) -> None:
        term = self.term_of(link)
        self.dialog = TermDialog(term, self._terms.definition(term), self.window())
        self.dialog.show()

    def focused_term(self) -> str | None:
        """The term whose link has keyboard focus, if any."""
        return self._terms.resolve(self.selectedText()) if self.hasFocus() else None

    def _follow_theme(self) -> None:
        """Recolour the links whenever the application's palette changes.

        Done from a queued signal, once the new palette has reached every widget, rather
        than by resetting the text inside ``changeEvent`` while Qt is still delivering the
        palette change (re-entrant work that, with PySide6 6.12.0, ended the process).
        """
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self._recolour, Qt.ConnectionType.QueuedConnection)

    def _recolour(self) -> None:
        """A rich-text label colours its links when its text is set, so set it again.

        Setting the same text again is ignored, hence the blank in between.
        """
        link = self.palette().color(QPalette.ColorRole.Link).name()
        if link != self._link_colour:
            self._link_colour = link
            text = self.text()
            self.setText("")
            self.setText(text)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            # Land on the first (or last) term at once, not on the text as a whole.
            super().focusNextPrevChild(event.reason() == Qt.FocusReason.TabFocusReason)
        self._explain_focused()

    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next)
        self._explain_focused()
        return moved

    def _explain_focused(self) -> None:
        term = self.focused_term()
        if term:
            self.explain(term)
