"""The Qt models over the store pass pytest-qt's model tester, before and after edits."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from meetingkit.store import EventStore
from meetingkit.ui.commands import (
    AddEntry,
    AddSession,
    DeleteItem,
    DeleteSession,
    EditItem,
    MoveItem,
    MoveSession,
    RenameSession,
)
from meetingkit.ui.document import EventDocument
from meetingkit.ui.models import stream_model
from meetingkit.ui.models.navigator_model import IS_CURRENT_ROLE, KIND_ROLE, NavigatorModel
from meetingkit.ui.models.search_model import SearchResultsModel
from meetingkit.ui.models.stream_model import OPENING_NOTES, StreamFilter, StreamModel


def test_navigator_model(
    qtmodeltester: ModelTester, qapp: QApplication, store: EventStore, document: EventDocument
) -> None:
    model = NavigatorModel(document)
    qtmodeltester.check(model)
    event = model.index(0, 0)
    assert model.data(event, KIND_ROLE) == "event"
    days = [model.index(r, 0, event).data() for r in range(model.rowCount(event))]
    assert days == ["Day 1 · Tue 12 Sep — Learning from each other", "Day 2 · Wed 13 Sep"]
    day1 = model.index(0, 0, event)
    assert [model.index(r, 0, day1).data() for r in range(model.rowCount(day1))] == [
        "09:30–10:30  Opening plenary",
        "11:00–12:30  Peer learning workshop",
    ]

    day_ids = [d.id for d in store.days()]
    added = AddSession(document, day_ids[1], "Closing", start="16:00")
    document.push(added)
    assert added.session_id is not None
    document.push(RenameSession(document, added.session_id, "Closing plenary"))
    document.push(MoveSession(document, added.session_id, day_ids[0], 0))
    model.set_current_session(added.session_id)
    first = model.index(0, 0, day1)
    assert first.data() == "16:00  Closing plenary"
    assert first.data(IS_CURRENT_ROLE) is True
    document.push(DeleteSession(document, added.session_id))
    document.undo_stack.undo()
    document.undo_stack.undo()
    qtmodeltester.check(model)
    assert model.rowCount(model.index(1, 0, event)) == 2  # back on day 2 after undoing the move


def test_stream_model_and_filter(
    qtmodeltester: ModelTester, qapp: QApplication, store: EventStore, document: EventDocument
) -> None:
    model = StreamModel(document)
    session = store.sessions()[0]
    model.set_session(session.id)
    qtmodeltester.check(model)
    proxy = StreamFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)

    command = AddEntry(document, session.id, "* Peer review works #method")
    document.push(command)
    assert command.item_id is not None
    document.push(MoveItem(document, command.item_id, 0))
    assert model.index(0).data() == "Peer review works"
    proxy.set_tag("key-point")
    assert proxy.rowCount() == 1
    proxy.set_tag(None)
    proxy.set_text("UCLG")
    assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} == {
        "Circulate the peer-learning calendar",
        "Metropolis and UCLG align training agendas",
    }
    document.push(DeleteItem(document, command.item_id))
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def _texts(model: StreamModel) -> list[str]:
    return [model.index(row).data() for row in range(model.rowCount())]


def test_a_long_session_opened_newest_first_gets_its_older_notes_in_one_insertion(
    qtmodeltester: ModelTester, store: EventStore, document: EventDocument
) -> None:
    session = store.sessions()[0]
    with store.batch():
        for n in range(len(store.items(session.id)), OPENING_NOTES + 150):
            store.add_entry(session.id, f"Point {n}")
    model = StreamModel(document)
    qtmodeltester.check(model)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.set_session(session.id, newest_first=True)
    assert model.rowCount() == OPENING_NOTES
    assert model.note_count == OPENING_NOTES + 150
    assert _texts(model) == [item.text for item in store.items(session.id)[150:]]

    # Meanwhile another program edits an older note and captures a new one: no signal says so here.
    older = store.items(session.id)[10]
    store.update_item(older.id, text="Edited elsewhere")
    store.add_entry(session.id, "Captured elsewhere")
    model.read_older()
    assert inserted[0] == (0, 149)  # the older notes in one insertion, then the new note
    assert _texts(model) == [item.text for item in store.items(session.id)]
    assert model.note_count == model.rowCount() == OPENING_NOTES + 151
    qtmodeltester.check(model)


def test_a_note_asked_for_before_the_older_notes_came_brings_them(
    store: EventStore, document: EventDocument
) -> None:
    session = store.sessions()[0]
    with store.batch():
        for n in range(len(store.items(session.id)), OPENING_NOTES + 20):
            store.add_entry(session.id, f"Point {n}")
    oldest = store.items(session.id)[0]
    model = StreamModel(document)
    model.set_session(session.id, newest_first=True)
    assert model.row_of(oldest.id) == 0  # the command that looks a note up finds it
    assert model.rowCount() == OPENING_NOTES + 20

    model.set_session(session.id, newest_first=True)
    document.push(EditItem(document, oldest.id, text="Edited in the inspector"))  # an older note changes
    assert model.index(0).data() == "Edited in the inspector"
    assert _texts(model) == [item.text for item in store.items(session.id)]


# What another program may do to a session between its newest notes and the older ones being read.
CHANGES = st.lists(
    st.tuples(st.sampled_from(["edit", "delete", "add", "move"]), st.integers(0, 30), st.integers(0, 30)),
    max_size=6,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes=st.integers(0, 14), changes=CHANGES)
def test_the_older_notes_read_after_any_changes_leave_the_stream_as_the_file_is(
    monkeypatch: pytest.MonkeyPatch,
    store: EventStore,
    document: EventDocument,
    notes: int,
    changes: list[tuple[str, int, int]],
) -> None:
    monkeypatch.setattr(stream_model, "OPENING_NOTES", 5)
    session = store.add_session(store.days()[0].id, "Long session")
    with store.batch():
        for n in range(notes):
            store.add_entry(session.id, f"Note {n}")
    model = StreamModel(document)
    model.set_session(session.id, newest_first=True)
    assert model.rowCount() == min(notes, 5)
    assert model.note_count == notes
    for kind, a, b in changes:
        present = store.items(session.id)
        if kind == "add" or not present:
            store.add_entry(session.id, f"Added {a}")
        elif kind == "edit":
            store.update_item(present[a % len(present)].id, text=f"Edited {b}")
        elif kind == "delete":
            store.delete_item(present[a % len(present)].id)
        else:
            store.move_item(present[a % len(present)].id, b % len(present))
    # A short session was read whole: the document's signals (refresh) bring other programs' changes.
    if notes > 5:
        model.read_older()
    else:
        model.refresh()
    assert _texts(model) == [item.text for item in store.items(session.id)]
    assert model.note_count == model.rowCount()


def test_search_results_model(
    qtmodeltester: ModelTester, qtbot: QtBot, store: EventStore, document: EventDocument
) -> None:
    model = SearchResultsModel(document)
    assert model.run("agendas") == 1
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Opening plenary"
    assert model.index(0, 1).data() == "Note"
    assert model.run("what does a learning network") == 1
    assert model.index(0, 1).data() == "Session summary"
    assert model.run('"unbalanced (quote -AND') == 0  # user text is never FTS syntax
