"""How to print the plan: paper size, large print, black and white, the full guide, a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

from send_routes.export.plan_context import DocumentOptions
from send_routes.ui.common.flow_layout import FlowLayout
from send_routes.ui.common.widgets import text_label
from send_routes.ui.common.words import marked, tr

PAPERS = (("a4", marked("A4 (UK)")), ("letter", marked("US Letter")))
FULL_GUIDE_HINT = marked(
    "Adds your answers, the meaning of the words used, where the information comes from "
    "and a page for your notes. Without it the plan is shorter."
)
FULL_GUIDE_ADDS = marked("The full guide adds the words used, the sources and a page for notes.")
NAME_HINT = marked("Used only in the title of what you print or save. It is never stored.")


class DocumentOptionsPanel(QWidget):
    """The choices for printing and saving the plan; the name is kept in memory only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paper = QComboBox()
        for value, label in PAPERS:
            self.paper.addItem(tr(label), value)
        self.paper.setAccessibleName(tr("Paper size"))
        self.large_print = QCheckBox(tr("Large print (16 point)"))
        self.large_print.setAccessibleName(tr("Large print, 16 point"))
        self.black_and_white = QCheckBox(tr("Black and white"))
        self.black_and_white.setAccessibleName(tr("Black and white style"))
        # A check box's words never wrap: the short name, with what it adds in a wrapping
        # line beneath, so the panel fits the narrowest window at 200% text.
        self.full_guide = QCheckBox(tr("Full guide"))
        self.full_guide.setAccessibleName(tr("Full guide"))
        self.full_guide.setAccessibleDescription(tr(FULL_GUIDE_HINT))
        self.full_guide.setToolTip(tr(FULL_GUIDE_HINT))
        self.child_name = QLineEdit()
        self.child_name.setMaxLength(80)
        self.child_name.setAccessibleName(tr("Child's or young person's first name (optional)"))
        self.child_name.setAccessibleDescription(tr(NAME_HINT))
        self.child_name.setToolTip(tr(NAME_HINT))
        self.child_name.setPlaceholderText(tr("For the title"))
        self.child_name.setClearButtonEnabled(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        fields, boxes = FlowLayout(spacing=16), FlowLayout(spacing=16)
        fields.addWidget(_labelled(tr("Paper size"), self.paper))
        name = tr("Child's or young person's first name (optional)")
        fields.addWidget(_labelled(name, self.child_name))
        boxes.addWidget(self.large_print)
        boxes.addWidget(self.black_and_white)
        boxes.addWidget(self.full_guide)
        layout.addLayout(fields)
        layout.addLayout(boxes)
        layout.addWidget(text_label(tr(FULL_GUIDE_ADDS), "hint"))
        for widget in (
            self.paper,
            self.child_name,
            self.large_print,
            self.black_and_white,
            self.full_guide,
        ):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def options(self) -> DocumentOptions:
        """The choices as the document engine takes them."""
        return DocumentOptions(
            paper=str(self.paper.currentData()),
            large_print=self.large_print.isChecked(),
            black_and_white=self.black_and_white.isChecked(),
            child_name=self.first_name(),
            full_guide=self.full_guide.isChecked(),
        )

    def first_name(self) -> str:
        return " ".join(self.child_name.text().split())

    def clear(self) -> None:
        """Back to the defaults, forgetting the name."""
        self.paper.setCurrentIndex(0)
        self.large_print.setChecked(False)
        self.black_and_white.setChecked(False)
        self.full_guide.setChecked(False)
        self.child_name.clear()


def _labelled(text: str, field: QWidget) -> QWidget:
    """``field`` with its label above it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = text_label(text)
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field)
    return box
