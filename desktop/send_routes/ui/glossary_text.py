"""Glossary terms in text: underline them as links and explain them on hover, focus or click."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping
from urllib.parse import quote, unquote

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFocusEvent, QPalette
from PySide6.QtWidgets import QDialog, QLabel, QToolTip, QVBoxLayout, QWidget

from send_routes.core.guidance import plain
from send_routes.ui.widgets import button, text_label

SCHEME = "term:"
_MARK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")


def _is_abbreviation(term: str) -> bool:
    return sum(char.isupper() for char in term) >= 2


class TermIndex:
    """Every glossary term and alias, to find terms in text and look up definitions."""

    def __init__(
        self, glossary: Mapping[str, tuple[str, tuple[str, ...]]], aliases: Mapping[str, str]
    ) -> None:
        self.definitions = {term: definition for term, (definition, _) in glossary.items()}
        self.lookup = {term.casefold(): term for term in glossary}
        self.lookup.update({alias.casefold(): term for alias, term in aliases.items()})
        words = sorted(self.lookup, key=len, reverse=True)
        alternatives = "|".join(re.escape(word) for word in words) or "(?!)"
        self._pattern = re.compile(rf"(?<![\w-])({alternatives})(?![\w-])", re.IGNORECASE)

    def resolve(self, words: str) -> str | None:
        """The glossary term ``words`` stands for, or None."""
        return self.lookup.get(words.strip().casefold())

    def definition(self, term: str) -> str:
        return plain(self.definitions.get(term, ""))

    def terms_in(self, text: str, auto: bool = True) -> list[str]:
        """The glossary terms a text uses (marked, or also unmarked with ``auto``), in order."""
        found = [term for _, term in self._segments(text, auto) if term]
        return list(dict.fromkeys(found))

    def to_html(self, text: str, auto: bool = True) -> str:
        """``text`` as HTML with its glossary terms as links to their definitions.

        Marked terms are always linked; with ``auto``, so is every other term the text uses
        (text the engine has already turned plain has lost its marks).
        """
        parts = []
        for words, term in self._segments(text, auto):
            shown = html.escape(words)
            parts.append(f'<a href="{SCHEME}{quote(term)}">{shown}</a>' if term else shown)
        return "".join(parts)

    def _segments(self, text: str, auto: bool) -> Iterator[tuple[str, str | None]]:
        """The text in pieces, each with the glossary term it is (or None)."""
        position = 0
        for match in _MARK.finditer(text):
            yield from self._auto(text[position : match.start()], auto)
            shown = match.group(1)
            yield shown, self.resolve(match.group(2) or shown)
            position = match.end()
        yield from self._auto(text[position:], auto)

    def _auto(self, text: str, auto: bool) -> Iterator[tuple[str, str | None]]:
        if not auto:
            yield text, None
            return
        position = 0
        for match in self._pattern.finditer(text):
            words = match.group(1)
            term = self.lookup[words.casefold()]
            single_word = " " not in words
            if single_word and _is_abbreviation(term) and not _is_abbreviation(words):
                continue  # "send a letter" is not SEND
            yield text[position : match.start()], None
            yield words, term
            position = match.end()
        yield text[position:], None


class TermDialog(QDialog):
    """A small window that explains one glossary term."""

    def __init__(self, term: str, definition: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"What “{term}” means")
        self.setAccessibleName(f"What {term} means")
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(term, "subheading"))
        self.definition = text_label(definition or "No definition is recorded.")
        layout.addWidget(self.definition)
        close = button("Close", "Close the explanation")
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

    def changeEvent(self, event: QEvent) -> None:
        """Recolour the links when the theme changes.

        A rich-text label colours its links once, when its text is set; setting the same
        text again is ignored, hence the blank in between.
        """
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
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
