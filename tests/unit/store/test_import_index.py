"""The search index an import into a new file builds in one statement holds what indexing each note does."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingkit.core.model import Session
from meetingkit.store import EventStore
from meetingkit.store.indexing import WHITESPACE

# Words, Unicode spaces (str.strip drops them, SQLite's trim by default does not) and line breaks.
_TEXT = st.text(alphabet=st.sampled_from(["a", "é", "x", " ", "\n", "\t", "\u00a0", "\u3000", "\x85"]))
_NAMES = st.lists(st.one_of(st.sampled_from(["action", "synergy", "decision", "", " "]), _TEXT), max_size=4)


def _item_entries(conn: sqlite3.Connection) -> set[tuple[Any, ...]]:
    return {tuple(r) for r in conn.execute("SELECT rowid, kind, ref, session_id, body FROM search")}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    notes=st.lists(
        st.fixed_dictionaries(
            {
                "text": _TEXT,
                "tags": _NAMES,
                "speaker": _TEXT,
                "owner": _TEXT,
                "focus_area": _TEXT,
                "parties": _NAMES,
                "theme": _TEXT,
                "deleted": st.booleans(),
            }
        ),
        min_size=1,
        max_size=5,
    )
)
def test_whole_index_matches_each_note_indexed_alone(
    store: EventStore, session: Session, notes: list[dict[str, Any]]
) -> None:
    ids = [store.add_item(session.id, "placeholder").id for _ in notes]
    with store.transaction() as conn:
        for item_id, note in zip(ids, notes, strict=True):
            conn.execute(
                "UPDATE item SET text = ?, tags = ?, speaker = ?, owner = ?, focus_area = ?, parties = ?,"
                " theme = ?, deleted_at = ? WHERE id = ?",
                (
                    note["text"],
                    json.dumps(note["tags"]),
                    note["speaker"],
                    note["owner"],
                    note["focus_area"],
                    json.dumps(note["parties"]),
                    note["theme"],
                    "2017-09-12T10:00:00.000Z" if note["deleted"] else None,
                    item_id,
                ),
            )
            store._reindex_record(conn, "item", item_id)  # the path of an import into an existing file
        one_by_one = _item_entries(conn)
        store.reindex_all(conn)  # the path of an import into a new file
        assert _item_entries(conn) == one_by_one
        for item_id in ids:  # the next example starts from the session alone
            conn.execute("DELETE FROM search WHERE ref = ?", (item_id,))
            conn.execute("DELETE FROM item WHERE id = ?", (item_id,))


def test_blank_entries_are_those_python_strips() -> None:
    assert "".join(c for c in map(chr, range(0x110000)) if c.isspace()) == WHITESPACE
