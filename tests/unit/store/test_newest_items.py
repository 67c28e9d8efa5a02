"""A window opens a long session on its newest notes: the store reads only those, in the session's order,
with how many the session holds, both from one snapshot."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingkit.core.model import Session
from meetingkit.store import EventStore


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(count=st.integers(0, 12), newest=st.integers(0, 15), deleted=st.sets(st.integers(0, 11), max_size=4))
def test_the_newest_notes_are_the_end_of_the_session_in_order(
    store: EventStore, session: Session, count: int, newest: int, deleted: set[int]
) -> None:
    for item in store.items(session.id):
        store.delete_item(item.id)
    added = [store.add_entry(session.id, f"Note {n}") for n in range(count)]
    if added:
        store.move_item(added[-1].id, 0)  # the session's order, not the order of capture
    for n in deleted & set(range(count)):
        store.delete_item(added[n].id)
    live = store.items(session.id)
    assert store.newest_items(session.id, newest) == (live[len(live) - min(newest, len(live)) :], len(live))


def test_a_deleted_note_and_another_sessions_notes_are_not_counted(
    store: EventStore, session: Session
) -> None:
    other = store.add_session(store.day(1).id, "Parallel session")
    store.add_entry(other.id, "Elsewhere")
    kept, gone = (store.add_entry(session.id, text) for text in ("Kept", "Gone"))
    store.delete_item(gone.id)
    newest, total = store.newest_items(session.id, 5)
    assert [item.id for item in newest] == [kept.id]
    assert total == 1
