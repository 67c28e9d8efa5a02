"""Participants and organisations typed in by hand: add, edit, remove, each one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings)

from meetingkit.store import EventStore
from meetingkit.ui.document import EventDocument
from meetingkit.ui.settings import Settings
from meetingkit.ui.views.participants_view import ParticipantsView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _view(qtbot: QtBot, document: EventDocument, settings: Settings) -> ParticipantsView:
    view = ParticipantsView(document, settings)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def _person(store: EventStore, name: str) -> tuple[str, str, str] | None:
    found = [p for p in store.people() if p.name == name]
    return (found[0].organisation, found[0].title, found[0].email) if found else None


def test_add_edit_and_remove_a_participant_with_undo(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    view = _view(qtbot, document, settings)
    rows = view.model.rowCount()
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.person_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # no name yet: the form says so and stays
    assert dialog.isVisible() and dialog.error.text() == "Give the participant a name."

    qtbot.keyClicks(dialog.name, "Nadia Benali")
    _type(qtbot, dialog.organisation, "Tunis City Council")
    _type(qtbot, dialog.title_edit, "Mayor")
    _type(qtbot, dialog.email, "nadia-at-tunis")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert dialog.isVisible() and "not an e-mail address" in dialog.error.text()
    _type(qtbot, dialog.email, "nadia@tunis.example")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    assert _person(store, "Nadia Benali") == ("Tunis City Council", "Mayor", "nadia@tunis.example")
    assert "Tunis City Council" in {o.name for o in store.organisations()}
    assert view.model.rowCount() == rows + 1
    assert view.model.person(view.current_person_row()).name == "Nadia Benali"

    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    editing = view.person_dialog
    assert editing is not None and editing.name.text() == "Nadia Benali"
    _type(qtbot, editing.title_edit, "Deputy mayor")
    qtbot.keyClick(editing.title_edit, Qt.Key.Key_Return)
    assert _person(store, "Nadia Benali") == ("Tunis City Council", "Deputy mayor", "nadia@tunis.example")

    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    box = view.confirmation
    assert box is not None
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert _person(store, "Nadia Benali") is None

    document.undo_stack.undo()  # the deletion
    assert _person(store, "Nadia Benali") == ("Tunis City Council", "Deputy mayor", "nadia@tunis.example")
    document.undo_stack.undo()  # the edit
    assert _person(store, "Nadia Benali") == ("Tunis City Council", "Mayor", "nadia@tunis.example")
    document.undo_stack.undo()  # the addition, with the organisation it brought
    assert _person(store, "Nadia Benali") is None
    assert "Tunis City Council" not in {o.name for o in store.organisations()}
    assert view.model.rowCount() == rows
    document.undo_stack.redo()
    assert _person(store, "Nadia Benali") == ("Tunis City Council", "Mayor", "nadia@tunis.example")


def test_add_rename_and_remove_an_organisation_with_undo(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    view = _view(qtbot, document, settings)
    view.tabs.setCurrentIndex(1)
    store.add_person("Omar Haddad", organisation="Rabat Region")
    qtbot.mouseClick(view.add_organisation_button, Qt.MouseButton.LeftButton)
    dialog = view.organisation_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "Medcities")
    _type(qtbot, dialog.kind, "Network of Mediterranean cities")
    _type(qtbot, dialog.country, "Spain")
    qtbot.keyClick(dialog.country, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    medcities = next(o for o in store.organisations() if o.name == "Medcities")
    assert (medcities.kind, medcities.country) == ("Network of Mediterranean cities", "Spain")

    # The Kind column shows the whole kind: not cut to fit.
    item = view.organisations.currentItem()
    assert item is not None and item.text(1) == "Network of Mediterranean cities"
    needed = view.organisations.fontMetrics().horizontalAdvance(item.text(1))
    assert view.organisations.header().sectionSize(1) > needed

    rabat = next(
        n
        for n in range(view.organisations.topLevelItemCount())
        if "Rabat" in view.organisations.topLevelItem(n).text(0)
    )
    view.organisations.setCurrentItem(view.organisations.topLevelItem(rabat))
    qtbot.mouseClick(view.edit_organisation_button, Qt.MouseButton.LeftButton)
    editing = view.organisation_dialog
    assert editing is not None and editing.name.text() == "Rabat Region"
    _type(qtbot, editing.name, "Rabat-Sale-Kenitra Region")
    qtbot.keyClick(editing.name, Qt.Key.Key_Return)
    assert _person(store, "Omar Haddad") == ("Rabat-Sale-Kenitra Region", "", "")  # his organisation follows

    qtbot.mouseClick(view.delete_organisation_button, Qt.MouseButton.LeftButton)
    assert "Rabat-Sale-Kenitra Region" not in {o.name for o in store.organisations()}
    document.undo_stack.undo()
    assert "Rabat-Sale-Kenitra Region" in {o.name for o in store.organisations()}
    document.undo_stack.undo()
    assert _person(store, "Omar Haddad") == ("Rabat Region", "", "")
    assert "Rabat Region" in {o.name for o in store.organisations()}
    document.undo_stack.undo()
    assert "Medcities" not in {o.name for o in store.organisations()}
