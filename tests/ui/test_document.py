"""EventDocument and undo commands: every edit reaches the store, undo/redo restores it, refusals never stick."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from meetingkit.core.model import ActionStatus, Tag
from meetingkit.store import EventStore
from meetingkit.ui.commands import (
    AddEntry,
    AddSession,
    CompoundCommand,
    DeleteItem,
    DeleteSession,
    EditItem,
    MoveItem,
    MoveSession,
    RenameSession,
    SetActionFields,
    SetSessionSummary,
    ToggleTag,
)
from meetingkit.ui.document import EventDocument


def _opening(store: EventStore) -> str:
    return store.sessions()[0].id


def test_add_entry_undo_redo(qtbot: QtBot, store: EventStore, document: EventDocument) -> None:
    session_id = _opening(store)
    with qtbot.waitSignals([document.item_added, document.saved]):
        assert document.push(AddEntry(document, session_id, "? Who hosts the next meeting #governance"))
    item = store.items(session_id)[-1]
    assert item.text == "Who hosts the next meeting"
    assert item.tags == ("question", "governance")

    with qtbot.waitSignal(document.item_removed):
        document.undo_stack.undo()
    assert item.id not in [i.id for i in store.items(session_id)]
    document.undo_stack.redo()
    assert store.items(session_id)[-1].id == item.id


def test_refused_edit_shows_error_and_leaves_no_command(
    qtbot: QtBot, store: EventStore, document: EventDocument
) -> None:
    with qtbot.waitSignal(document.error_occurred) as blocker:
        assert not document.push(AddEntry(document, _opening(store), "! #x"))
    assert "no text" in blocker.args[0]
    assert document.undo_stack.count() == 0


def test_toggle_action_off_clears_fields_and_undo_restores_them(
    store: EventStore, document: EventDocument
) -> None:
    action = next(i for i in store.items(_opening(store)) if i.has(Tag.ACTION))
    assert document.push(ToggleTag(document, action.id, Tag.ACTION))
    assert not store.item(action.id).has(Tag.ACTION)
    document.undo_stack.undo()
    restored = store.item(action.id)
    assert restored.action is not None and restored.action.owner == "UCLG"
    assert restored.action.due == dt.date(2017, 10, 15)


def test_action_fields_and_text_edits(store: EventStore, document: EventDocument) -> None:
    action = next(i for i in store.items(_opening(store)) if i.has(Tag.ACTION))
    document.push(SetActionFields(document, action.id, status=ActionStatus.DONE, owner="Metropolis"))
    document.push(EditItem(document, action.id, text="Share the calendar"))
    changed = store.item(action.id)
    assert changed.text == "Share the calendar"
    assert changed.action is not None and changed.action.status is ActionStatus.DONE
    assert changed.action.owner == "Metropolis" and changed.action.due == dt.date(2017, 10, 15)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert store.item(action.id) == action


def test_delete_and_move_items(store: EventStore, document: EventDocument) -> None:
    session_id = _opening(store)
    first, second, third = (i.id for i in store.items(session_id))
    document.push(MoveItem(document, third, 0))
    assert [i.id for i in store.items(session_id)] == [third, first, second]
    document.push(DeleteItem(document, first))
    assert [i.id for i in store.items(session_id)] == [third, second]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert [i.id for i in store.items(session_id)] == [first, second, third]


def test_sessions_add_rename_move_delete(store: EventStore, document: EventDocument) -> None:
    day1, day2 = store.days()
    add = AddSession(document, day1.id, "Study visit", start="15:00")
    document.push(add)
    assert add.session_id is not None
    document.push(RenameSession(document, add.session_id, "Study visit to Poblenou"))
    document.push(MoveSession(document, add.session_id, day2.id, 0))
    assert store.sessions(day2.id)[0].title == "Study visit to Poblenou"
    document.push(DeleteSession(document, add.session_id))
    assert add.session_id not in [s.id for s in store.sessions()]
    for _ in range(4):
        document.undo_stack.undo()
    assert add.session_id not in [s.id for s in store.sessions()]
    for _ in range(4):
        document.undo_stack.redo()
    assert add.session_id not in [s.id for s in store.sessions()]
    document.undo_stack.undo()
    restored = store.session(add.session_id)
    assert (restored.title, restored.day_id) == ("Study visit to Poblenou", day2.id)


def test_summary_edits_merge_into_one_undo_step(store: EventStore, document: EventDocument) -> None:
    session_id = _opening(store)
    for text in ("Cities", "Cities learn", "Cities learn from each other"):
        document.push(SetSessionSummary(document, session_id, text))
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert store.session(session_id).summary == ""


def test_compound_command_undoes_all_children_at_once(store: EventStore, document: EventDocument) -> None:
    session_id = _opening(store)
    before = len(store.items(session_id))
    paste = CompoundCommand(document, "Paste 2 lines")
    AddEntry(document, session_id, "first pasted line", parent=paste)
    AddEntry(document, session_id, "= second pasted line", parent=paste)
    assert document.push(paste)
    assert len(store.items(session_id)) == before + 2
    document.undo_stack.undo()
    assert len(store.items(session_id)) == before


def test_failing_child_rolls_back_its_siblings(store: EventStore, document: EventDocument) -> None:
    session_id = _opening(store)
    before = len(store.items(session_id))
    paste = CompoundCommand(document, "Paste")
    AddEntry(document, session_id, "a good line", parent=paste)
    AddEntry(document, session_id, "!", parent=paste)
    assert not document.push(paste)
    assert len(store.items(session_id)) == before
    assert document.undo_stack.count() == 0


def test_failed_undo_drops_the_command(
    qtbot: QtBot, store: EventStore, document: EventDocument, event_path: Path
) -> None:
    session_id = _opening(store)
    document.push(AddEntry(document, session_id, "soon gone"))
    # Another program deletes the session under us: undoing the add can no longer find the item's session.
    item_id = store.items(session_id)[-1].id
    with EventStore.open(event_path) as other:
        other.delete_item(item_id)
    with qtbot.waitSignal(document.error_occurred):
        document.undo_stack.undo()
    assert document.undo_stack.count() == 0


def test_external_change_is_noticed(
    qtbot: QtBot, store: EventStore, document: EventDocument, event_path: Path
) -> None:
    with EventStore.open(event_path) as other:
        other.add_entry(other.sessions()[0].id, "typed from the command line")
    with qtbot.waitSignal(document.reloaded):
        assert document.check_external_changes()
    assert not document.check_external_changes()


def test_drafts_are_saved_and_cleared(store: EventStore, document: EventDocument) -> None:
    session_id = _opening(store)
    assert document.save_draft(session_id, "half a sent")
    assert store.draft(session_id) == "half a sent"
    assert document.save_draft(session_id, "")
    assert store.draft(session_id) == ""
