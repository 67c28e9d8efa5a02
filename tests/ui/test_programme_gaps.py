"""Programme import: undo takes back the sessions and the people the programme named for the first time."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document)

from meetingkit.core.model import Role
from meetingkit.store import EventStore
from meetingkit.ui.dialogs.programme_import import ProgrammeImportDialog
from meetingkit.ui.document import EventDocument

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_undo_removes_the_people_a_programme_brought_and_redo_brings_them_back_with_their_roles(
    qtbot: QtBot, document: EventDocument, store: EventStore, tmp_path: Path
) -> None:
    source = tmp_path / "programme.csv"
    source.write_text(
        "day,start,end,title,speakers,moderator\n"
        "1,14:00,15:30,Learning methodologies,Lucía Ferrer,Emilia Saiz\n",
        encoding="utf-8",
    )
    dialog = ProgrammeImportDialog(document)
    qtbot.addWidget(dialog)
    assert dialog.load(source)
    with qtbot.waitSignal(document.people_changed):
        dialog.import_button.click()
    assert {p.name for p in store.people()} == {"Emilia Saiz", "Lucía Ferrer", "Octavi de la Varga"}

    document.undo_stack.undo()
    # Emilia Saiz was a participant before the import and stays; Lucía Ferrer came with it and goes.
    assert {p.name for p in store.people()} == {"Emilia Saiz", "Octavi de la Varga"}
    assert "Learning methodologies" not in {s.title for s in store.sessions()}

    document.undo_stack.redo()
    added = next(s for s in store.sessions() if s.title == "Learning methodologies")
    assert [(p.name, p.role) for p in added.people] == [
        ("Emilia Saiz", Role.MODERATOR),
        ("Lucía Ferrer", Role.SPEAKER),
    ]
