"""The event file's URI for SQLite is what pathlib's `resolve().as_uri()` gives, made without pathlib."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetingkit.store import EventStore
from meetingkit.store.connection import connect, file_uri

# Names with what a URI must escape (space, %, ?, #, non-ASCII, a surrogate-escaped byte), `..`, `~`, links.
_PARTS = st.sampled_from(
    ["a", "Évent 2025", "50%", "what?", "#1", "..", ".", "~", "x~y", "Ω", "caf\udcc3", "a b+c", "semi;colon"]
)


@pytest.mark.skipif(os.name != "posix", reason="elsewhere the URI is pathlib's own")
@given(st.lists(_PARTS, min_size=1, max_size=4), st.booleans())
def test_the_uri_is_pathlibs(parts: list[str], absolute: bool) -> None:
    path = os.path.join("/" if absolute else "", *parts)
    assert file_uri(path) == Path(path).resolve().as_uri()
    assert file_uri(Path(path)) == Path(path).resolve().as_uri()


@pytest.mark.skipif(sys.platform != "linux", reason="a name with a byte that is not UTF-8 is Linux's")
def test_an_event_whose_folder_name_needs_escaping_opens(tmp_path: Path) -> None:
    folder = tmp_path / "50% sure? #1 Évent caf\udcc3"
    folder.mkdir()
    path = folder / "e.meeting"
    with EventStore.create(path, title="Congress", start="2025-10-06", end="2025-10-06") as store:
        store.add_session(store.days()[0].id, "Opening")
    with EventStore.open(str(path)) as store:
        item = store.add_entry(store.find_session("Opening").id, "a note")
    conn = connect(str(path), read_only=True)
    try:
        assert conn.execute("SELECT text FROM item WHERE id = ?", (item.id,)).fetchone()[0] == "a note"
    finally:
        conn.close()
