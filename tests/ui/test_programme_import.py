"""Programme import: the preview lists the sessions, a bad row shows its error, import creates sessions in one undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui.organiser_fixtures import *  # noqa: F403  (fixtures: document)

from meetingkit.store import EventStore
from meetingkit.ui.dialogs.programme_import import ProgrammeImportDialog
from meetingkit.ui.document import EventDocument

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PROGRAMME = (
    "day;start;end;title;room;speakers;moderator\n"
    "1;14:00;15:30;Learning methodologies;Room 1;Lucía Ferrer, Tim Campbell;Grace Mwangi\n"
    "2;16:00;15:00;Backwards session;Room 2;;\n"
    "2017-09-13;11:00;12:00;Closing and next steps;Sala Gran;;Emilia Saiz\n"
    "5;09:00;10:00;A day too far;;;\n"
)


def test_bad_rows_show_their_errors_and_good_rows_become_sessions(
    qtbot: QtBot, document: EventDocument, store: EventStore, tmp_path: Path
) -> None:
    source = tmp_path / "programme.csv"
    source.write_text(PROGRAMME, encoding="utf-8")
    dialog = ProgrammeImportDialog(document)
    qtbot.addWidget(dialog)
    assert dialog.load(source)

    titles = [dialog.table.item(n, 4).text() for n in range(dialog.table.rowCount())]  # type: ignore[union-attr]
    assert titles == ["Learning methodologies", "Closing and next steps"]
    errors = [dialog.errors.item(n).text() for n in range(dialog.errors.count())]  # type: ignore[union-attr]
    assert len(errors) == 2
    assert errors[0].startswith("Line 3: ") and "end" in errors[0]
    assert errors[1].startswith("Line 5: ") and "there is no day 5" in errors[1]

    before = len(store.sessions())
    with qtbot.waitSignal(document.session_added):
        assert dialog.import_rows() == 2
    sessions = store.sessions()
    assert len(sessions) == before + 2
    added = next(s for s in sessions if s.title == "Learning methodologies")
    assert [p.name for p in added.people] == ["Grace Mwangi", "Lucía Ferrer", "Tim Campbell"]

    document.undo_stack.undo()
    assert len(store.sessions()) == before


def test_a_file_that_is_not_a_programme_is_refused_in_one_sentence(
    qtbot: QtBot, document: EventDocument, tmp_path: Path
) -> None:
    source = tmp_path / "notes.csv"
    source.write_text("colour,size\nred,3\n", encoding="utf-8")
    dialog = ProgrammeImportDialog(document)
    qtbot.addWidget(dialog)
    assert not dialog.load(source)
    assert "needs the columns 'day'" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
