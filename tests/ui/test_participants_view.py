"""Participants: search, CSV import with a preview and per-row errors, roles per session with undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document, settings)

from meetingkit.core.model import Role
from meetingkit.store import EventStore
from meetingkit.ui.document import EventDocument
from meetingkit.ui.models.participants_model import COL_NAME, COL_ROLES
from meetingkit.ui.settings import Settings
from meetingkit.ui.views.participants_view import ParticipantsView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PARTICIPANTS = (
    "Name,Organisation,Title,E-mail\n"
    "Grace Mwangi,UCLG,Learning officer,grace@example.org\n"
    "Pablo Giménez,Metropolis,Policy officer,not-an-address\n"
    "Lucía Ferrer,Barcelona City Council,Director,lucia@example.org\n"
)


def _view(qtbot: QtBot, document: EventDocument, settings: Settings) -> ParticipantsView:
    view = ParticipantsView(document, settings)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_csv_import_shows_the_bad_row_and_imports_the_good_ones(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore, tmp_path: Path
) -> None:
    view = _view(qtbot, document, settings)
    before = view.model.rowCount()
    source = tmp_path / "participants.csv"
    source.write_text(PARTICIPANTS, encoding="utf-8")

    dialog = view.open_import()
    assert dialog.load(source)
    assert dialog.table.rowCount() == 2
    errors = [dialog.errors.item(n).text() for n in range(dialog.errors.count())]
    assert errors == ["Line 3: email: 'not-an-address' is not an e-mail address"]
    assert dialog.summary.text() == "2 rows will be imported. 1 row with errors will be skipped."
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(document.people_changed):
        dialog.import_button.click()
    names = {p.name for p in store.people()}
    assert {"Grace Mwangi", "Lucía Ferrer"} <= names and "Pablo Giménez" not in names
    assert view.model.rowCount() == before + 2

    qtbot.keyClicks(view.search, "barcelona")
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, COL_NAME).data() == "Lucía Ferrer"


def test_roles_per_session_are_added_and_removed_with_undo(
    qtbot: QtBot, document: EventDocument, settings: Settings, store: EventStore
) -> None:
    view = _view(qtbot, document, settings)
    assert view.select_person("Emilia Saiz")
    assert view.roles.count() == 1 and "Opening plenary" in view.roles.item(0).text()

    workshop = store.sessions()[1]
    view.session_combo.setCurrentIndex(view.session_combo.findData(workshop.id))
    view.role_combo.setCurrentIndex(view.role_combo.findData(Role.MODERATOR.value))
    assert view.add_role()
    assert [(p.name, p.role) for p in store.session(workshop.id).people] == [("Emilia Saiz", Role.MODERATOR)]
    row = view.current_person_row()
    assert "Moderator: Peer learning workshop" in view.model.index(row, COL_ROLES).data()
    assert view.roles.count() == 2

    view.roles.setCurrentRow(0)
    assert view.remove_role()
    assert [p.name for p in store.session(store.sessions()[0].id).people] == ["Octavi de la Varga"]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert store.session(workshop.id).people == ()
    assert view.roles.count() == 1


def test_participants_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
    document: EventDocument,
    settings: Settings,
) -> None:
    view = _view(qtbot, document, settings)
    # The tester walks what is there: an empty model would pass without checking anything.
    assert view.model.rowCount() > 0 and view.proxy.rowCount() > 0
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
