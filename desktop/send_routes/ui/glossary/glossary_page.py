"""The glossary: every term, searchable as you type, with its definition and sources."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from rapidfuzz import fuzz

from send_routes.content_store.content import ContentStore
from send_routes.core.guidance import plain
from send_routes.ui.common.labels import echo, selectable_label, source_lines
from send_routes.ui.common.page import spoken_text
from send_routes.ui.common.widgets import button, menu_access_key
from send_routes.ui.common.words import marked, tr

#: Only this much of a search text is used: no term needs more.
MAX_QUERY = 200
#: How close a misspelt word must be to some part of a term, from 0 to 100.
FUZZY_SCORE = 80
SHORT_WORD = 4


HELP = marked(
    "<h2>Glossary</h2><p>Type a word to find what it means. Alt+B goes back to where you were.</p>"
)


def search_texts(content: ContentStore) -> dict[str, str]:
    """Each term with the text a search looks in: the term, its aliases and its definition."""
    aliases: dict[str, list[str]] = {}
    for alias, term in content.glossary_aliases.items():
        aliases.setdefault(term, []).append(alias)
    return {
        term: " ".join([term, *aliases.get(term, []), plain(definition)]).casefold()
        for term, (definition, _sources) in content.glossary.items()
    }


def matching_terms(texts: Mapping[str, str], query: str) -> list[str]:
    """The terms whose text holds every word of ``query``; if none does, close spellings."""
    words = query[:MAX_QUERY].casefold().split()
    exact = [term for term, text in texts.items() if all(word in text for word in words)]
    if exact or not words:
        return exact
    return [
        term
        for term, text in texts.items()
        if all(
            word in text
            or (len(word) >= SHORT_WORD and fuzz.partial_ratio(word, text) >= FUZZY_SCORE)
            for word in words
        )
    ]


def best_term(terms: list[str], query: str) -> str | None:
    """The term to show first: one that starts with ``query``, then one that holds it."""
    wanted = " ".join(query[:MAX_QUERY].casefold().split())
    for test in (str.startswith, str.__contains__):
        found = next((term for term in terms if test(term.casefold(), wanted)), None)
        if found is not None:
            return found
    return terms[0] if terms else None


class GlossaryPage(QWidget):
    """A searchable list of the words the app uses, and what each one means."""

    #: The Back link: return to the page the glossary was opened from.
    back_clicked = Signal()

    def __init__(self, content: ContentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self._texts = search_texts(content)
        self.back = menu_access_key(
            button(tr("&Back"), tr("Back to where you were"), tr("Shortcut: Alt+B"), role="link")
        )
        self.back.clicked.connect(self.back_clicked)
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(tr("For example: EHC plan, tribunal, mediation"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(tr("Search the glossary"))
        self.search_box.setAccessibleDescription(tr("The list of words changes as you type."))
        self.terms = QListWidget(self)
        self.terms.setAccessibleName(tr("Glossary terms"))
        self.terms.setAccessibleDescription(
            tr("Use the arrow keys to choose a word; its meaning shows beside the list.")
        )
        self.terms.addItems(list(content.glossary))
        self.terms.setWordWrap(True)
        self.terms.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.result_count = selectable_label("", "hint")
        self.term_heading = selectable_label("", "subheading")
        self.definition = selectable_label()
        self.sources = selectable_label("", "hint")
        self._lay_out()
        self.search_box.textChanged.connect(self._filter)
        self.search_box.returnPressed.connect(
            lambda: self.terms.setFocus(Qt.FocusReason.OtherFocusReason)
        )
        self.terms.currentTextChanged.connect(self._show)
        self._filter("")

    def _lay_out(self) -> None:
        search_label = selectable_label(tr("Search"))
        search_label.setBuddy(self.search_box)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (search_label, self.search_box, self.result_count, self.terms):
            left_layout.addWidget(widget)
        body = QWidget()
        right_layout = QVBoxLayout(body)
        for widget in (self.term_heading, self.definition, self.sources):
            right_layout.addWidget(widget)
            right_layout.addSpacing(self.fontMetrics().height() // 2)
        right_layout.addStretch(1)
        right = QScrollArea()
        right.setWidget(body)
        right.setWidgetResizable(True)
        right.setFrameShape(QFrame.Shape.NoFrame)
        right.setAccessibleName(tr("Meaning"))
        right.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([2000, 3000])  # scaled to the page's width when first shown
        layout = QVBoxLayout(self)
        layout.addWidget(self.back, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(selectable_label(tr("Words and what they mean"), "heading"))
        layout.addWidget(splitter, 1)

    def page_title(self) -> str:
        return tr("Glossary")

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

    def show_term(self, term: str) -> bool:
        """Select ``term`` (or the term an alias points to) and show it; False if unknown."""
        found = term if term in self._content.glossary else None
        found = found or self._content.glossary_aliases.get(term.strip().casefold())
        items = self.terms.findItems(found, Qt.MatchFlag.MatchExactly) if found else []
        if not items:
            return False
        if items[0].isHidden():
            self.search_box.clear()
        self.terms.setCurrentItem(items[0])
        self.terms.scrollToItem(items[0])
        return True

    def visible_terms(self) -> list[str]:
        return [item.text() for item in self._items() if not item.isHidden()]

    def _items(self) -> list[QListWidgetItem]:
        return [self.terms.item(row) for row in range(self.terms.count())]

    def _filter(self, text: str) -> None:
        shown = matching_terms(self._texts, text)
        for item in self._items():
            item.setHidden(item.text() not in shown)
        current = self.terms.currentItem()
        if text.strip() or current is None or current.isHidden():
            best = best_term(shown, text)
            if best is None:
                self.terms.setCurrentRow(-1)
                self._show("")
            else:
                self.terms.setCurrentItem(self.terms.findItems(best, Qt.MatchFlag.MatchExactly)[0])
        self.result_count.setText(self._count_text(len(shown), text))

    @staticmethod
    def _count_text(count: int, text: str) -> str:
        if count:
            return f"{count} word{'s' if count != 1 else ''}"
        return f"No words match “{echo(text)}”. Try a shorter or different word."

    def _show(self, term: str) -> None:
        definition, sources = self._content.glossary.get(term, ("", ()))
        self.term_heading.setText(term)
        self.definition.setText(
            plain(definition) if term else "Choose a word to see what it means."
        )
        lines = source_lines(self._content.sources, sources)
        self.sources.setText("Where this comes from:\n" + "\n".join(lines) if lines else "")
        self.sources.setVisible(bool(lines))
