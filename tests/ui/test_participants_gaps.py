"""People: a participant is edited in place and deleted (with their roles) with undo; a CSV import is one step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings)

from meetingkit.core.model import Role
from meetingkit.store import EventStore
from meetingkit.ui.document import EventDocument
from meetingkit.ui.models.participants_model import COL_EMAIL, COL_NAME, COL_ORGANISATION
from meetingkit.ui.settings import Settings
from meetingkit.ui.views.participants_view import ParticipantsView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _view(qtbot: QtBot, document: EventDocument, settings: Settings) -> ParticipantsView:
    view = ParticipantsView(document, settings)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()  # the table's keys (F2, Delete) need the active window
    qtbot.waitUntil(view.isActiveWindow)
    return view


def _edit_cell(qtbot: QtBot, view: ParticipantsView, name: str, column: int, text: str) -> None:
    """Select the participant's cell, F2, replace the text, Enter: what a user types."""
    # A completion popup of the previous edit may have taken the activation (offscreen does not give it back).
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    assert view.select_person(name)
    view.table.setCurrentIndex(view.table.currentIndex().siblingAtColumn(column))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor from the event loop, just after the key.
    qtbot.waitUntil(lambda: view.table.state() != QAbstractItemView.State.EditingState)


def _opening_people(store: EventStore) -> list[tuple[str, Role]]:
    return [(p.name, p.role) for p in store.sessions()[0].people]


def test_edit_a_participant_in_place_and_undo(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    view = _view(qtbot, document, settings)
    _edit_cell(qtbot, view, "Emilia Saiz", COL_ORGANISATION, "Cities Alliance")
    _edit_cell(qtbot, view, "Emilia Saiz", COL_EMAIL, "emilia@example.org")
    _edit_cell(qtbot, view, "Emilia Saiz", COL_NAME, "Emilia Saiz Carrancedo")

    person = next(p for p in store.people() if p.name == "Emilia Saiz Carrancedo")
    assert (person.organisation, person.email) == ("Cities Alliance", "emilia@example.org")
    # Her role in the opening follows the person, not the old spelling of the name.
    assert ("Emilia Saiz Carrancedo", Role.SPEAKER) in _opening_people(store)
    assert "Roles of Emilia Saiz Carrancedo (Cities Alliance)" in view.person_label.text()
    assert document.undo_stack.count() == 3

    document.undo_stack.undo()
    assert ("Emilia Saiz", Role.SPEAKER) in _opening_people(store)
    assert view.select_person("Emilia Saiz")


def test_a_name_another_participant_has_is_refused_in_one_sentence(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    view = _view(qtbot, document, settings)
    with qtbot.waitSignal(document.error_occurred) as error:
        _edit_cell(qtbot, view, "Emilia Saiz", COL_NAME, "octavi de la varga")
    assert error.args == ["Octavi de la Varga is already in the participants list; choose another name."]
    assert {p.name for p in store.people()} == {"Emilia Saiz", "Octavi de la Varga"}
    assert document.undo_stack.count() == 0


def test_delete_asks_then_removes_the_participant_and_their_roles_and_undo_restores_both(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    view = _view(qtbot, document, settings)
    assert view.select_person("Octavi de la Varga")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    box = view.confirmation
    assert box is not None and box.isVisible()
    assert box.text() == "Delete Octavi de la Varga from the participants? Their roles in 1 session go too."
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert "Octavi de la Varga" in {p.name for p in store.people()}

    view.delete_button.click()
    box = view.confirmation
    assert box is not None
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Delete"), Qt.MouseButton.LeftButton)

    assert {p.name for p in store.people()} == {"Emilia Saiz"}
    assert _opening_people(store) == [("Emilia Saiz", Role.SPEAKER)]
    assert not view.select_person("Octavi de la Varga")

    document.undo_stack.undo()
    assert _opening_people(store) == [("Emilia Saiz", Role.SPEAKER), ("Octavi de la Varga", Role.MODERATOR)]
    assert view.select_person("Octavi de la Varga")


def test_participants_import_is_one_undo_step(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore, tmp_path: Path
) -> None:
    view = _view(qtbot, document, settings)
    source = tmp_path / "participants.csv"
    source.write_text(
        "Name,Organisation,Title,E-mail\n"
        "Grace Mwangi,UN-Habitat,Learning officer,grace@example.org\n"
        "Emilia Saiz,UCLG,Secretary General,\n",
        encoding="utf-8",
    )
    dialog = view.open_import()
    assert dialog.load(source)
    dialog.import_button.click()
    assert {p.name for p in store.people()} == {"Emilia Saiz", "Grace Mwangi", "Octavi de la Varga"}
    assert "UN-Habitat" in {o.name for o in store.organisations()}
    assert document.undo_stack.undoText() == "Import 2 participants"

    document.undo_stack.undo()
    assert {p.name for p in store.people()} == {"Emilia Saiz", "Octavi de la Varga"}
    emilia = next(p for p in store.people() if p.name == "Emilia Saiz")
    assert (emilia.organisation, emilia.title) == ("", "")  # her fields from before the import
    assert "UN-Habitat" not in {o.name for o in store.organisations()}
    assert view.model.rowCount() == 2

    document.undo_stack.redo()
    grace = next(p for p in store.people() if p.name == "Grace Mwangi")
    assert (grace.organisation, grace.email) == ("UN-Habitat", "grace@example.org")
    assert view.select_person("Grace Mwangi")
