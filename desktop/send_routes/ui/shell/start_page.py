"""The start page: what the app does, who it is for, and the ways in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from send_routes import __version__
from send_routes.ui.common.page import spoken_text
from send_routes.ui.common.widgets import ScrollingPage, button, text_label
from send_routes.ui.common.words import marked, shown, tr
from send_routes.wording import NOT_LEGAL_ADVICE

TITLE = marked("Disagree with a decision about special educational needs support?")
WHAT_IT_DOES = (
    marked("Answer a few questions about your child's support and what you disagree with."),
    marked("See the routes you can take, in order, with the dates that matter and who can help."),
    marked("Print your plan, or save it as a PDF."),
)
WHO_FOR = marked(
    "For parents and carers in England, young people aged 16 to 25, and advisers who help them."
)
NOTHING_SAVED = marked("Nothing is saved unless you choose to print or save your plan.")


class StartPage(ScrollingPage):
    """The first page a family or adviser sees."""

    start_clicked = Signal()
    adviser_clicked = Signal()
    adviser_area_clicked = Signal()
    contacts_clicked = Signal()
    glossary_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content_notice: QLabel | None = None
        #: The content's notice and version label, kept to show again in another language.
        self._notice_text = ""
        self._content_label = ""
        self.title = text_label(tr(TITLE), "heading")
        self.content.addWidget(self.title)
        self.body = self._body()
        self.content.addWidget(self.body)
        self.finish()

    def retranslate(self) -> None:
        """Say the page again in the language chosen now: the title in place, the rest made
        again (the language choice above it, and the focus in it, stay as they are)."""
        self.title.setText(tr(TITLE))
        body = self._body()
        self.content.replaceWidget(self.body, body)
        self.body.deleteLater()
        self.body = body
        if self._content_label:
            self.show_content_version(self._content_label)
        self.show_notice(self._notice_text)

    def _body(self) -> QWidget:
        """Everything under the title (and the language choice): what the app does, the
        ways in and the version."""
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.content.spacing())
        add = layout.addWidget
        for line in WHAT_IT_DOES:
            add(text_label(tr(line)))
        add(text_label(tr(WHO_FOR)))
        # The content's dated note that the 2026 reform proposals are not law (H3, H7, H8).
        self.notice = text_label("", "hint")
        self.notice.setVisible(False)
        add(self.notice)
        # Each sentence a label of its own: in another language one may still be English,
        # and in one label a right-to-left first line would set the English line's direction.
        add(text_label(tr(NOT_LEGAL_ADVICE), "hint"))
        add(text_label(tr(NOTHING_SAVED), "hint"))
        self.start = button(tr("Start"), tr("Start"), tr("Answer the questions and get your plan"))
        self.start.clicked.connect(self.start_clicked)
        add(self.start, alignment=Qt.AlignmentFlag.AlignLeft)
        add(text_label(tr("Other ways in"), "subheading"))
        self.adviser = button(
            tr("I'm an adviser"),
            tr("I'm an adviser"),
            tr("Start the questions as someone helping a family"),
            role="secondary",
        )
        self.adviser.clicked.connect(self.adviser_clicked)
        self.adviser_area = button(
            tr("Adviser area: saved cases and own contacts"),
            tr("Adviser area"),
            tr("Saved cases protected by a passphrase, and your area's own contacts"),
            "secondary",
        )
        self.adviser_area.clicked.connect(self.adviser_area_clicked)
        self.contacts = button(
            tr("Find a contact"),
            tr("Find a contact"),
            tr("Search the contacts directory"),
            "secondary",
        )
        self.contacts.clicked.connect(self.contacts_clicked)
        self.glossary = button(
            tr("Glossary"), tr("Glossary"), tr("What the words used in SEND mean"), "secondary"
        )
        self.glossary.clicked.connect(self.glossary_clicked)
        for widget in (self.adviser, self.adviser_area, self.contacts, self.glossary):
            add(widget, alignment=Qt.AlignmentFlag.AlignLeft)
        self.version = text_label(
            tr("SEND Routes version {version}").format(version=__version__), "hint"
        )
        add(self.version)
        return body

    def show_content_version(self, label: str) -> None:
        """Say which content the app is using (bundled, or a newer installed pack)."""
        self._content_label = label
        self.version.setText(
            tr("SEND Routes version {version}. Content version {label}.").format(
                version=__version__, label=label
            )
        )

    def page_title(self) -> str:
        return tr("Start")

    def reading_order(self) -> list[str]:
        return spoken_text(self)

    def clear_personal_data(self) -> None:
        """The start page shows nothing of the person."""

    def show_content_notice(self, notice: str) -> None:
        """Say under the title that an installed content update was ignored, and why."""
        label = text_label(notice, "warning")  # its text is what a screen reader says
        self.content_notice = label
        self.content.insertWidget(1, label)

    def show_notice(self, text: str) -> None:
        """Show a dated notice from the content, such as that the reforms are not law."""
        self._notice_text = text
        self.notice.setText(shown(text))
        self.notice.setVisible(bool(text))

    def focus_first(self) -> None:
        self.start.setFocus(Qt.FocusReason.OtherFocusReason)

    def help_html(self) -> str:
        return tr(
            "<h2>Getting started</h2><p>Choose Start to answer the questions. Choose "
            "I'm an adviser if you are helping a family. Find a contact searches the "
            "contacts directory; Glossary explains the words used.</p>"
            "<p>Keys: Tab moves between controls, Space chooses, Alt+N goes on, Alt+B goes "
            "back, Control+F finds a contact, Control+P prints your plan, Control+plus and "
            "Control+minus change the text size, F1 shows help.</p>"
        )
