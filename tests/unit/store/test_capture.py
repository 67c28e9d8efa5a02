"""`meetingkit add` opens the file with the notes' records only (NoteStore): what it writes is what the
window's capture writes, read back whole by the full store."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from meetingkit.store import EventStore
from meetingkit.store.capture import NoteStore

LINE = "! Circulate the calendar @UCLG due:2025-11-01 ^short #training"


def _event(path: Path) -> str:
    with EventStore.create(path, title="Congress", start="2025-10-06", end="2025-10-07") as store:
        return store.add_session(store.days()[0].id, "Opening plenary").id


def test_a_note_captured_by_the_note_store_is_the_full_stores_note(tmp_path: Path) -> None:
    session = _event(tmp_path / "a.meeting")
    shutil.copyfile(tmp_path / "a.meeting", tmp_path / "b.meeting")
    when = dt.datetime(2025, 10, 6, 9, 30, tzinfo=dt.UTC)
    with NoteStore.open(str(tmp_path / "a.meeting"), author="Ana") as notes:
        captured = notes.add_entry(notes.find_session("opening").id, LINE, captured_at=when)
    with EventStore.open(tmp_path / "b.meeting", author="Ana") as full:
        expected = full.add_entry(session, LINE, captured_at=when)
    with EventStore.open(tmp_path / "a.meeting", read_only=True) as store:
        read = store.item(captured.id)
        assert (read.text, read.tags, read.action, read.speaker, read.captured_at, read.author) == (
            expected.text,
            expected.tags,
            expected.action,
            expected.speaker,
            expected.captured_at,
            expected.author,
        )
        assert read.action is not None and read.action.owner == "UCLG"
        assert [hit.ref for hit in store.search("calendar")] == [captured.id]
        assert store.history_reads()
    # The note reaches the copy made before it, through the replicated history.
    with EventStore.open(tmp_path / "b.meeting", author="Bo") as colleague:
        colleague.merge([tmp_path / "a.meeting"])
        assert captured.id in {item.id for item in colleague.items(session)}
