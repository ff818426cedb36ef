"""The main window's look and help: theme, text size, F1 help, keeping focus in view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from send_routes.ui.theme import apply_theme
from send_routes.ui.widgets import ScrollingPage

if TYPE_CHECKING:
    _Base = QMainWindow
else:
    _Base = object

SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
SIDE_PAGE_HELP = (
    "<h2>Find a contact</h2><p>Type a name, a service or an area in the search box. "
    "Spelling mistakes are fine. Alt+B goes back to where you were.</p>"
)
GLOSSARY_HELP = (
    "<h2>Glossary</h2><p>Type a word to find what it means. Alt+B goes back to where you were.</p>"
)


class WindowLookMixin(_Base):
    """Theme, text size and help for a window with ``theme``, ``scale`` and ``actions_``."""

    theme: str
    scale: float
    actions_: Any
    help_dialog: Any
    directory_page: QWidget | None
    _wizard: Any

    def current_page(self) -> QWidget:
        raise NotImplementedError

    def apply_look(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.theme, self.scale)

    def set_text_scale(self, scale: float) -> None:
        self.scale = min(SCALES, key=lambda step: abs(step - scale))
        self.apply_look()
        self.statusBar().showMessage(f"Text size {round(self.scale * 100)}%")

    def set_theme(self, name: str) -> None:
        self.theme = name
        self.actions_.themes[name].setChecked(True)
        self.apply_look()

    def show_help(self) -> None:
        from send_routes.ui.help_dialog import HelpDialog

        page = self.current_page()
        inner_page = getattr(self._wizard, "current_page", None)
        if page is self._wizard and callable(inner_page):
            page = inner_page() or page  # the question on screen has the help
        help_html = getattr(page, "help_html", None)
        if callable(help_html):
            text = help_html()
        else:
            text = SIDE_PAGE_HELP if page is self.directory_page else GLOSSARY_HELP
        self.help_dialog = HelpDialog(text, self)
        self.help_dialog.show()

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the page so the widget with keyboard focus is in view."""
        widget = new
        while widget is not None and new is not None:
            if isinstance(widget, ScrollingPage) and widget.isAncestorOf(new):
                widget.ensureWidgetVisible(new)
                return
            widget = widget.parentWidget()
