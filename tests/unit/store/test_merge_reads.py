"""A merge reads what the other copy brings, not the whole event; and what it brings is checked as written."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.replicas import assert_search_is_a_rebuild, canonical

from meetingkit.store import EventStore, rows
from meetingkit.store.errors import DamagedFileError
from meetingkit.store.registers import Entry

NOTES = 300


@pytest.fixture
def organiser_and_ben(tmp_path: Path) -> Iterator[tuple[EventStore, EventStore]]:
    """The organiser's event of 3 sessions × 100 notes, and Ben's copy of it."""
    path = tmp_path / "event.meeting"
    created = EventStore.create(path, title="Congress", start="2025-10-06", end="2025-10-07", author="Org")
    with created as s, s.batch():
        sessions = [s.add_session(s.day(1).id, f"Session {n}") for n in range(3)]
        for n in range(NOTES):
            s.add_entry(sessions[n % 3].id, f"Note {n} about housing #housing")
    shutil.copyfile(path, tmp_path / "ben.meeting")
    with (
        EventStore.open(path, author="Org") as org,
        EventStore.open(tmp_path / "ben.meeting", author="Ben") as ben,
    ):
        yield org, ben


class Reads:
    """How many register entries and stored records a piece of code decodes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.entries = 0
        self.records = 0
        from_json, record_from, item_from = Entry.from_json, rows.record_from, rows.item_from

        def count_entry(entry_id: str, text: str) -> Entry:
            self.entries += 1
            return from_json(entry_id, text)

        def count_record(table: str, row: object) -> object:
            self.records += 1
            return record_from(table, row)  # type: ignore[arg-type]

        def count_item(row: object) -> object:
            self.records += 1
            return item_from(row)  # type: ignore[arg-type]

        monkeypatch.setattr(Entry, "from_json", staticmethod(count_entry))
        monkeypatch.setattr(rows, "record_from", count_record)
        monkeypatch.setattr(rows, "item_from", count_item)


def test_a_merge_of_a_copy_with_two_changed_notes_reads_those_not_the_event(
    organiser_and_ben: tuple[EventStore, EventStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    org, ben = organiser_and_ben
    notes = ben.items()
    ben.update_item(notes[10].id, text="Ben rewrote this note on mobility")
    ben.set_tag(notes[20].id, "decision", True)
    added = ben.add_entry(ben.sessions()[1].id, "A note only Ben took about water")
    reads = Reads(monkeypatch)
    (report,) = org.merge([ben.path])
    assert (reads.entries, reads.records) < (60, 20)  # the event holds 300 notes, each with its entries
    monkeypatch.undo()
    assert (report.added, report.changed, report.conflicts) == (1, 2, ())
    assert org.item(notes[10].id).text == "Ben rewrote this note on mobility"
    assert "decision" in org.item(notes[20].id).tags
    assert [i.id for i in org.items(ben.sessions()[1].id)][-1] == added.id
    assert [h.ref for h in org.search("mobility")] == [notes[10].id]
    assert [h.ref for h in org.search("water")] == [added.id]
    assert_search_is_a_rebuild(org)
    assert canonical(org) == canonical(ben)


def test_merging_the_same_copy_again_reads_nothing_and_changes_nothing(
    organiser_and_ben: tuple[EventStore, EventStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    org, ben = organiser_and_ben
    ben.add_entry(ben.sessions()[0].id, "Once is enough")
    org.merge([ben.path])
    before = canonical(org)
    reads = Reads(monkeypatch)
    (report,) = org.merge([ben.path])
    assert (reads.entries, reads.records) == (0, 0)
    monkeypatch.undo()
    assert (report.added, report.changed) == (0, 0)
    assert canonical(org) == before


def test_a_forged_entry_holding_what_no_record_may_refuses_the_merge_naming_the_input(
    organiser_and_ben: tuple[EventStore, EventStore],
) -> None:
    org, ben = organiser_and_ben
    day = ben.day(1).id
    # Ben's rows stay healthy; only his replicated changes carry an impossible date.
    with ben.transaction() as conn:
        ben._replica.write(conn, "day", day, {"date": "2025-02-30"})
    before = org.path.read_bytes()
    with pytest.raises(DamagedFileError, match=r"^ben\.meeting is damaged: a day record holds"):
        org.merge([ben.path])
    assert org.path.read_bytes() == before
    assert str(org.day(1).date) == "2025-10-06"


def test_notes_moved_deleted_and_added_in_the_copy_arrive_in_its_order(
    organiser_and_ben: tuple[EventStore, EventStore],
) -> None:
    org, ben = organiser_and_ben
    session = ben.sessions()[0].id
    notes = ben.items(session)
    ben.move_item(notes[-1].id, 0)  # the session's notes are numbered again
    ben.delete_item(notes[5].id)
    ben.add_entry(session, "Added at the end by Ben")
    org.add_entry(session, "Added at the end by the organiser")
    org.merge([ben.path])
    ben.merge([org.path])
    merged = org.items(session)
    assert [i.id for i in merged] == [i.id for i in ben.items(session)]
    assert [i.order for i in merged] == list(range(len(merged)))
    assert merged[0].id == notes[-1].id and notes[5].id not in {i.id for i in merged}
    assert {merged[-1].text, merged[-2].text} == {
        "Added at the end by Ben",
        "Added at the end by the organiser",
    }


def test_a_note_added_at_the_end_of_each_copy_is_numbered_after_the_others(
    organiser_and_ben: tuple[EventStore, EventStore],
) -> None:
    org, ben = organiser_and_ben
    session = ben.sessions()[2].id
    added = ben.add_entry(session, "Ben's last word")
    org.merge([ben.path])
    merged = org.items(session)
    assert merged[-1].id == added.id
    assert [i.order for i in merged] == list(range(len(merged)))
