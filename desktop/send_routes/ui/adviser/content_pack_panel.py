"""The adviser area's content pack panel: install newer contacts and guidance from a file.

The pack's signature is checked against the key shipped with the app; it is installed
beside the bundled content, and used from the next start. Saved cases and own contacts
are never touched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from send_routes import paths
from send_routes.content_build import locate
from send_routes.ui.common import file_dialogs
from send_routes.ui.common.widgets import button, text_label
from send_routes.ui.common.words import marked, tr

PACK_FILTER = marked("SEND Routes content packs (*.srpack);;All files (*)")


def public_key_file() -> Path:
    """The content key's public half, shipped with the app."""
    return locate.public_key_file()


class ContentPackPanel(QFrame):
    """A button to choose a content pack, and what became of it, in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")  # framed as the other panels of the adviser area
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(text_label(tr("Newer contacts and guidance"), "subheading"))
        layout.addWidget(
            text_label(
                tr(
                    "If you have been sent a SEND Routes content pack, install it here. The app "
                    "checks it comes from SEND Routes and is newer than the content you have. "
                    "Saved cases and your own contacts are not changed."
                )
            )
        )
        self.install_button = button(
            tr("Install a content pack…"),
            tr("Install a content pack"),
            tr("Choose a content pack file to check and install"),
            "secondary",
        )
        self.install_button.clicked.connect(self.choose_and_install)
        layout.addWidget(self.install_button)
        self.remove_button = button(
            tr("Remove the installed content pack"),
            tr("Remove the installed content pack"),
            tr("Go back to the content that came with the app, from the next start"),
            "secondary",
        )
        self.remove_button.clicked.connect(self.remove)
        layout.addWidget(self.remove_button)
        self.result = text_label("", "hint")
        self.result.setAccessibleName(tr("Content pack message"))
        layout.addWidget(self.result)

    def choose_and_install(self) -> None:
        chosen = file_dialogs.ask_open_path(self, tr("Install a content pack"), tr(PACK_FILTER))
        if chosen is not None:
            self.install(chosen)

    def install(self, pack: Path) -> bool:
        """Check and install ``pack``; say what happened. True when it was installed."""
        from send_routes.content_build.locate import base_database
        from send_routes.content_store.pack_format import PackError, load_public_key
        from send_routes.content_store.packs import install_pack

        try:
            key = load_public_key(public_key_file())
            info = install_pack(pack, key, base_database(), paths.user_data_dir())
        except (PackError, OSError, ValueError, MemoryError) as error:
            self.result.setText(
                tr("The content pack was not installed. {value}").format(value=str(error)[:300])
            )
            return False
        self.result.setText(
            tr(
                "Installed content {describe}. Close SEND Routes and open it again to use it."
            ).format(describe=info.describe())
        )
        return True

    def remove(self) -> bool:
        """Remove the installed pack; say what happened. True when one was removed."""
        from send_routes.content_store.pack_format import PackError
        from send_routes.content_store.packs import remove_pack

        try:
            removed = remove_pack(paths.user_data_dir())
        except (PackError, OSError) as error:
            self.result.setText(
                tr("The content pack was not removed. {value}").format(value=str(error)[:300])
            )
            return False
        self.result.setText(
            "Removed the installed content pack. Close SEND Routes and open it again to use "
            "the content that came with the app."
            if removed
            else "No content pack is installed: the app uses the content that came with it."
        )
        return removed
