"""A contact's card says its labels, its "not known" lines and its Copy buttons in the
chosen language; the details themselves (names, numbers) stay as the sources give them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from send_routes.content_store.content import ContentStore
from send_routes.ui.common.catalogue_translator import Translators
from send_routes.ui.directory.contact_details import ContactCard


@pytest.fixture
def in_polish(qapp: QApplication, content: ContentStore) -> Iterator[None]:
    translators = Translators()
    translators.use(content.language("pl"))
    yield
    translators.use(None)


def test_a_card_in_polish_says_its_labels_and_what_is_not_known_in_polish(
    qtbot: QtBot, content: ContentStore, in_polish: None
) -> None:
    contact = next(c for c in content.contacts if c.phone and not c.website)
    card = ContactCard(contact, content)
    qtbot.addWidget(card)
    texts = [label.text() for label in card.findChildren(QLabel)]
    assert "Organizacja:" in texts and "Organisation:" not in texts
    assert "Nieznana: źródła nie podają strony internetowej." in texts
    assert contact.phone in texts  # the number as the sources give it
    assert "numer telefonu" in card.copy_buttons[0].text()


def test_a_card_in_polish_says_its_kind_and_what_it_helps_with_in_polish(
    qtbot: QtBot, content: ContentStore, in_polish: None
) -> None:
    contact = next(c for c in content.contacts if c.kind == "ombudsman" and c.helps_with)
    card = ContactCard(contact, content)
    qtbot.addWidget(card)
    texts = [label.text() for label in card.findChildren(QLabel)]
    assert "Rzecznik (Ombudsman)" in texts and "Ombudsman" not in texts
    assert contact.helps_with not in texts
    assert any(text.startswith("Rozpatruje skargi") for text in texts)
