"""The contacts table's model: as many rows as before only changes the cells."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from send_routes.content_store.content import ContentStore
from send_routes.ui.common.catalogue_translator import Translators
from send_routes.ui.directory.contact_table_model import ContactTableModel


def test_as_many_contacts_as_before_change_the_cells_without_a_reset(
    qtbot: QtBot, content: ContentStore
) -> None:
    model = ContactTableModel({})
    everyone = content.contacts
    model.set_contacts(everyone[:3])
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.dataChanged):
        model.set_contacts(everyone[3:6])
    assert resets == []
    assert [model.contact_at(row) for row in range(3)] == everyone[3:6]
    assert model.data(model.index(0, 0)) == model.cells(everyone[3])[0]


def test_a_different_number_of_contacts_resets_the_rows(
    qtbot: QtBot, content: ContentStore
) -> None:
    model = ContactTableModel({})
    model.set_contacts(content.contacts[:3])
    with qtbot.waitSignal(model.modelReset):
        model.set_contacts(content.contacts[:2])
    assert model.rowCount() == 2
    with qtbot.waitSignal(model.modelReset):
        model.set_contacts([])
    assert model.rowCount() == 0


def test_the_kind_column_is_in_the_chosen_language(
    qapp: QApplication, content: ContentStore
) -> None:
    translators = Translators()
    translators.use(content.language("pl"))
    try:
        model = ContactTableModel({})
        tribunal = next(c for c in content.contacts if c.kind == "tribunal")
        assert model.cells(tribunal)[1] == "Trybunał (Tribunal)"
    finally:
        translators.use(None)
