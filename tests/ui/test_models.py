"""The Qt models over the store pass pytest-qt's model tester, before and after edits."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from meetingkit.store import EventStore
from meetingkit.ui.commands import (
    AddEntry,
    AddSession,
    DeleteItem,
    DeleteSession,
    MoveItem,
    MoveSession,
    RenameSession,
)
from meetingkit.ui.document import EventDocument
from meetingkit.ui.models.navigator_model import IS_CURRENT_ROLE, KIND_ROLE, NavigatorModel
from meetingkit.ui.models.search_model import SearchResultsModel
from meetingkit.ui.models.stream_model import StreamFilter, StreamModel


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
