"""EventStore: creating an event, editing sessions, items, drafts and attachments, tombstones and snapshots."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
import re
import sqlite3
import uuid
from pathlib import Path

import pytest

from meetingkit.core.errors import NotFoundError, UserError, ValidationError
from meetingkit.core.model import ActionStatus, AttachmentKind, Horizon, Role, Session, SessionPerson, Tag
from meetingkit.store import EventStore, StoreUserError, rows
from meetingkit.store.eventstore import CHUNK_SIZE

STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")


def _raw(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
    """What is really in the file, read past the store's filters."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


# ---------------------------------------------------------------- creating


def test_create_makes_one_day_per_date(store: EventStore) -> None:
    days = store.days()
    assert [d.index for d in days] == [1, 2, 3]
    assert [d.date for d in days] == [dt.date(2017, 9, 12), dt.date(2017, 9, 13), dt.date(2017, 9, 14)]
    event = store.event()
    assert event.title == "Learning Meeting"
    assert event.organisers == ("UCLG", "Metropolis")
    assert {o.name for o in store.organisations()} == {"UCLG", "Metropolis"}


def test_create_refuses_an_existing_path(store: EventStore, event_path: Path) -> None:
    before = event_path.read_bytes()
    with pytest.raises(StoreUserError, match="already exists"):
        EventStore.create(event_path, title="Other", start="2018-01-01", end="2018-01-02")
    assert event_path.read_bytes() == before


def test_create_refuses_any_existing_file(tmp_path: Path) -> None:
    notes = tmp_path / "notes.meeting"
    notes.write_text("my notes")
    with pytest.raises(StoreUserError):
        EventStore.create(notes, title="T", start="2018-01-01", end="2018-01-01")
    assert notes.read_text() == "my notes"


def test_create_checks_the_dates(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        EventStore.create(tmp_path / "x.meeting", title="T", start="2017-09-14", end="2017-09-12")
    assert info.value.field == "end"
    assert not (tmp_path / "x.meeting").exists()


def test_create_in_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreUserError, match="does not exist"):
        EventStore.create(tmp_path / "nowhere" / "x.meeting", title="T", start="2017-09-12", end="2017-09-12")


def test_a_day_out_of_range_names_the_range(store: EventStore) -> None:
    with pytest.raises(NotFoundError, match="days 1 to 3"):
        store.day(4)


def test_update_event_and_day(store: EventStore) -> None:
    store.update_event(conclusions="Keep learning together.", subtitle="UCLG and Metropolis")
    assert store.event().conclusions == "Keep learning together."
    day = store.update_day(store.day(2).id, theme="Expectations and roadmap")
    assert day.theme == "Expectations and roadmap"
    assert store.day(2).theme == "Expectations and roadmap"


# ---------------------------------------------------------------- records: ids, stamps, authors


def test_records_get_uuids_utc_stamps_and_the_author(store: EventStore, session: Session) -> None:
    item = store.add_item(session.id, "Cities learn from cities")
    assert uuid.UUID(item.id).version == 4
    assert uuid.UUID(session.id).version == 4
    row = _raw(
        store.path, "SELECT created_at, updated_at, author, captured_at FROM item WHERE id = ?", (item.id,)
    )[0]
    assert (
        STAMP.match(row["created_at"]) and STAMP.match(row["updated_at"]) and STAMP.match(row["captured_at"])
    )
    assert row["author"] == "ana"
    assert item.author == "ana"
    assert item.captured_at.tzinfo is not None and item.captured_at.utcoffset() == dt.timedelta(0)
    now = dt.datetime.now(dt.UTC)
    assert abs(now - item.captured_at) < dt.timedelta(minutes=5)


def test_an_edit_by_someone_else_records_them(store: EventStore, session: Session, event_path: Path) -> None:
    item = store.add_item(session.id, "First wording")
    created = _raw(event_path, "SELECT created_at FROM item WHERE id = ?", (item.id,))[0]["created_at"]
    with EventStore.open(event_path, author="ben") as other:
        edited = other.update_item(item.id, text="Better wording")
    assert edited.author == "ben"
    row = _raw(event_path, "SELECT created_at, updated_at, author FROM item WHERE id = ?", (item.id,))[0]
    assert row["created_at"] == created
    assert row["updated_at"] >= created
    assert store.item(item.id).text == "Better wording"


def test_every_edit_is_committed_at_once(store: EventStore, session: Session, event_path: Path) -> None:
    store.add_item(session.id, "Durable before the UI says Saved")
    # A separate connection (another process would be the same) sees it without any close or flush.
    rows = _raw(event_path, "SELECT text FROM item")
    assert [r["text"] for r in rows] == ["Durable before the UI says Saved"]


# ---------------------------------------------------------------- sessions


def test_sessions_go_in_time_order(store: EventStore) -> None:
    day = store.day(1).id
    store.add_session(day, "Afternoon", start="15:00")
    store.add_session(day, "No time yet")
    store.add_session(day, "Morning", start="09:00", end="10:30", questions=["What works?", " "])
    titles = [s.title for s in store.sessions(day)]
    assert titles == ["Morning", "Afternoon", "No time yet"]
    morning = store.find_session("morning")
    assert morning.start == dt.time(9) and morning.end == dt.time(10, 30)
    assert morning.questions == ("What works?",)


def test_session_people_and_roles(store: EventStore) -> None:
    session = store.add_session(
        store.day(2).id,
        "Smart Cities and beyond",
        people=[("Tim Campbell", Role.SPEAKER), ("Maria Lopez", "moderator"), ("Joan Puig", "rapporteur")],
    )
    assert [(p.name, p.role) for p in session.people] == [
        ("Tim Campbell", Role.SPEAKER),
        ("Maria Lopez", Role.MODERATOR),
        ("Joan Puig", Role.RAPPORTEUR),
    ]
    assert {p.name for p in store.people()} >= {"Tim Campbell", "Maria Lopez", "Joan Puig"}
    updated = store.update_session(session.id, people=[("Tim Campbell", "speaker")])
    assert [p.name for p in updated.people] == ["Tim Campbell"]


def test_a_session_ending_before_it_starts_is_refused(store: EventStore) -> None:
    with pytest.raises(ValidationError) as info:
        store.add_session(store.day(1).id, "Backwards", start="11:00", end="10:00")
    assert info.value.field == "end"
    assert store.sessions() == []


def test_update_session(store: EventStore, session: Session) -> None:
    updated = store.update_session(
        session.id, title="Three guiding questions", end="11:30", summary="**Rich**"
    )
    assert updated.title == "Three guiding questions"
    assert updated.end == dt.time(11, 30)
    assert updated.start == dt.time(9, 30)
    assert updated.summary == "**Rich**"
    with pytest.raises(ValidationError):
        store.update_session(session.id, end="09:00")


def test_delete_session_leaves_a_tombstone_and_restore_brings_all_back(
    store: EventStore, session: Session, event_path: Path
) -> None:
    item = store.add_item(session.id, "A note in the session")
    store.delete_session(session.id)
    assert store.sessions() == []
    assert store.items() == []
    with pytest.raises(NotFoundError):
        store.session(session.id)
    row = _raw(event_path, "SELECT deleted_at FROM session WHERE id = ?", (session.id,))[0]
    assert row["deleted_at"] is not None and STAMP.match(row["deleted_at"])
    assert store.search("note") == []
    restored = store.restore_session(session.id)
    assert restored.title == session.title
    assert [i.id for i in store.items()] == [item.id]
    assert [h.ref for h in store.search("note")] == [item.id]


def test_move_session_within_and_across_days(store: EventStore) -> None:
    day1, day2 = store.day(1).id, store.day(2).id
    a = store.add_session(day1, "A")
    b = store.add_session(day1, "B")
    c = store.add_session(day1, "C")
    store.move_session(c.id, day1, 0)
    assert [s.title for s in store.sessions(day1)] == ["C", "A", "B"]
    moved = store.move_session(a.id, day2, 0)
    assert moved.day_id == day2
    assert [s.title for s in store.sessions(day1)] == ["C", "B"]
    assert [s.title for s in store.sessions(day2)] == ["A"]
    assert b.id in {s.id for s in store.sessions(day1)}


def test_find_session_explains_ambiguity(store: EventStore) -> None:
    store.add_session(store.day(1).id, "Roadmap short term")
    store.add_session(store.day(1).id, "Roadmap long term")
    with pytest.raises(NotFoundError, match="matches 2 sessions"):
        store.find_session("roadmap")
    assert store.find_session("Roadmap long").title == "Roadmap long term"
    with pytest.raises(NotFoundError, match="No session matches"):
        store.find_session("keynote")


def test_find_session_reads_only_the_session_it_finds_whole(
    store: EventStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(5):
        store.add_session(store.day(1).id, f"Panel {n}", people=[(f"Speaker {n}", Role.SPEAKER)])
    wanted = store.find_session("panel 3")
    decoded: list[str] = []
    original = rows.session_from

    def counting(row: sqlite3.Row, people: tuple[SessionPerson, ...]) -> Session:
        decoded.append(row["title"])
        return original(row, people)

    monkeypatch.setattr(rows, "session_from", counting)
    found = store.find_session(wanted.id)  # by id: the same session, people included
    assert found == wanted and [p.name for p in found.people] == ["Speaker 3"]
    assert decoded == ["Panel 3"]


# ---------------------------------------------------------------- items


def test_items_keep_their_order_and_can_be_moved(store: EventStore, session: Session) -> None:
    ids = [store.add_item(session.id, f"note {n}").id for n in range(4)]
    store.move_item(ids[3], 0)
    assert [i.text for i in store.items(session.id)] == ["note 3", "note 0", "note 1", "note 2"]
    store.move_item(ids[3], 99)
    assert [i.text for i in store.items(session.id)] == ["note 0", "note 1", "note 2", "note 3"]
    assert [i.order for i in store.items(session.id)] == [0, 1, 2, 3]


def test_move_item_to_another_session(store: EventStore, session: Session) -> None:
    other = store.add_session(store.day(3).id, "Conclusions")
    store.add_item(other.id, "already here")
    item = store.add_item(session.id, "belongs to the conclusions")
    moved = store.move_item(item.id, 0, session_id=other.id)
    assert moved.session_id == other.id
    assert store.items(session.id) == []
    assert [i.text for i in store.items(other.id)] == ["belongs to the conclusions", "already here"]


def test_delete_item_tombstone_and_restore(store: EventStore, session: Session, event_path: Path) -> None:
    keep = store.add_item(session.id, "keep me")
    gone = store.add_item(session.id, "delete me")
    store.delete_item(gone.id)
    assert [i.id for i in store.items(session.id)] == [keep.id]
    assert [i.id for i in store.items()] == [keep.id]
    with pytest.raises(NotFoundError):
        store.item(gone.id)
    with pytest.raises(NotFoundError):
        store.update_item(gone.id, text="edit a deleted item")
    row = _raw(event_path, "SELECT text, deleted_at FROM item WHERE id = ?", (gone.id,))[0]
    assert row["text"] == "delete me"
    assert STAMP.match(row["deleted_at"])
    assert store.snapshot().items == (store.item(keep.id),)
    assert store.restore_item(gone.id).text == "delete me"
    assert len(store.items(session.id)) == 2


def test_an_item_needs_text_and_an_existing_session(store: EventStore, session: Session) -> None:
    with pytest.raises(ValidationError):
        store.add_item(session.id, " \n ")
    with pytest.raises(NotFoundError):
        store.add_item(str(uuid.uuid4()), "lost note")


def test_item_text_is_made_xml_safe(store: EventStore, session: Session) -> None:
    assert store.add_item(session.id, "bell\x07 and\x00 nul").text == "bell and nul"


def test_set_tag_and_action_status(store: EventStore, session: Session) -> None:
    item = store.add_item(session.id, "Publish the learning agenda")
    tagged = store.set_tag(item.id, Tag.DECISION, True)
    assert tagged.has(Tag.DECISION)
    assert not store.set_tag(item.id, Tag.DECISION, False).has(Tag.DECISION)
    entry = store.add_entry(session.id, "! Circulate the calendar @UCLG")
    assert entry.action is not None
    done = store.update_item(entry.id, action=dataclasses.replace(entry.action, status=ActionStatus.DONE))
    assert done.action is not None and done.action.status is ActionStatus.DONE


# ---------------------------------------------------------------- quick entry


def test_add_entry_fills_the_action_fields(store: EventStore, session: Session) -> None:
    item = store.add_entry(
        session.id, "! Draft the roadmap @Metropolis due:2017-11-30 ^medium focus:[Capacity building]"
    )
    assert item.text == "Draft the roadmap"
    assert item.has(Tag.ACTION)
    assert item.action is not None
    assert item.action.owner == "Metropolis"
    assert item.action.due == dt.date(2017, 11, 30)
    assert item.action.horizon is Horizon.MEDIUM
    assert item.action.focus_area == "Capacity building"
    assert item.action.status is ActionStatus.OPEN


def test_add_entry_fills_the_synergy_and_quote_fields(store: EventStore, session: Session) -> None:
    synergy = store.add_entry(session.id, "~ @UCLG and @Metropolis share a learning calendar #learning")
    assert synergy.synergy is not None
    assert synergy.synergy.parties == ("UCLG", "Metropolis")
    assert synergy.free_tags == ("learning",)
    quote = store.add_entry(session.id, '" Cities are people" @Tim_Campbell')
    assert quote.speaker == "Tim Campbell"
    assert quote.text == "Cities are people"


def test_add_entry_with_markers_only_is_refused(store: EventStore, session: Session) -> None:
    with pytest.raises(ValidationError, match="no text"):
        store.add_entry(session.id, "! @UCLG")
    assert store.items() == []


# ---------------------------------------------------------------- drafts


def test_drafts_save_replace_and_clear(store: EventStore, session: Session, event_path: Path) -> None:
    assert store.draft(session.id) == ""
    store.save_draft(session.id, "! Circulate the cal")
    store.save_draft(session.id, "! Circulate the calendar")
    with EventStore.open(event_path) as after_a_crash:
        assert after_a_crash.draft(session.id) == "! Circulate the calendar"
        assert after_a_crash.drafts() == {session.id: "! Circulate the calendar"}
    store.save_draft(session.id, "  ")
    assert store.draft(session.id) == ""
    assert store.drafts() == {}


# ---------------------------------------------------------------- attachments


def test_same_bytes_twice_are_stored_once(store: EventStore, session: Session, event_path: Path) -> None:
    data = b"%PDF-1.4 slides" * 100
    first = store.add_attachment(
        data, filename="slides.pdf", kind="presentation", media_type="application/pdf", session_id=session.id
    )
    second = store.add_attachment(
        data, filename="copy of slides.pdf", kind=AttachmentKind.PRESENTATION, media_type="application/pdf"
    )
    assert first.id != second.id
    assert first.sha256 == second.sha256 == hashlib.sha256(data).hexdigest()
    assert first.size == len(data)
    assert len(_raw(event_path, "SELECT * FROM blob")) == 1
    assert store.blob_bytes(first.sha256) == data
    assert [a.order for a in store.attachments(AttachmentKind.PRESENTATION)] == [0, 1]


def test_a_large_file_is_streamed_in_chunks_and_read_back_exactly(
    store: EventStore, tmp_path: Path, event_path: Path
) -> None:
    size = 2 * CHUNK_SIZE + 12_345  # more than 4 MiB, and not a whole number of chunks
    data = random.Random(7).randbytes(size)
    source = tmp_path / "keynote.pptx"
    source.write_bytes(data)
    attachment = store.add_attachment(
        source,
        filename=source.name,
        kind="presentation",
        media_type="application/vnd.openxmlformats-officedocument.presentationml.presentation",
    )
    assert attachment.size == size
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    chunks = _raw(event_path, "SELECT length(data) AS n FROM blob_chunk ORDER BY seq")
    assert [r["n"] for r in chunks] == [CHUNK_SIZE, CHUNK_SIZE, 12_345]
    assert _raw(event_path, "SELECT chunks FROM blob")[0]["chunks"] == 3
    target = tmp_path / "out.pptx"
    store.copy_blob_to(attachment.sha256, target)
    assert target.read_bytes() == data


def test_attachment_metadata_update_delete_and_restore(store: EventStore, session: Session) -> None:
    photo = store.add_attachment(
        b"\x89PNG fake",
        filename="plenary.png",
        kind="photo",
        media_type="image/png",
        caption="Plenary",
        width=4,
        height=3,
    )
    updated = store.update_attachment(
        photo.id, caption="The plenary hall", credit="J. Puig", selected=True, session_id=session.id
    )
    assert (updated.caption, updated.credit, updated.selected, updated.session_id) == (
        "The plenary hall",
        "J. Puig",
        True,
        session.id,
    )
    store.delete_attachment(photo.id)
    assert store.attachments() == []
    assert store.search("plenary") == []
    assert store.restore_attachment(photo.id).caption == "The plenary hall"
    assert [h.ref for h in store.search("plenary")] == [photo.id]


def test_missing_attachment_source_is_a_user_error(store: EventStore, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"gone\.pdf"):
        store.add_attachment(
            tmp_path / "gone.pdf", filename="gone.pdf", kind="document", media_type="application/pdf"
        )


# ---------------------------------------------------------------- snapshot


def test_snapshot_is_detached_and_immutable(store: EventStore, session: Session) -> None:
    item = store.add_entry(session.id, "! Share the calendar @UCLG")
    snapshot = store.snapshot()
    store.update_item(item.id, text="changed after the snapshot")
    store.add_item(session.id, "added after the snapshot")
    assert [i.text for i in snapshot.items] == ["Share the calendar"]
    assert snapshot.session(session.id).title == "Guiding questions"
    assert snapshot.items_of(snapshot.session(session.id)) == snapshot.items
    assert snapshot.actions() == snapshot.items
    with pytest.raises(dataclasses.FrozenInstanceError):
        snapshot.items[0].text = "edited"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        snapshot.event = snapshot.event  # type: ignore[misc]
    assert isinstance(snapshot.items, tuple) and isinstance(snapshot.sessions, tuple)


def test_snapshot_leaves_out_what_is_deleted(store: EventStore, session: Session) -> None:
    other = store.add_session(store.day(2).id, "Deleted later")
    store.add_item(other.id, "in a deleted session")
    store.add_attachment(b"x", filename="x.png", kind="photo", media_type="image/png", session_id=other.id)
    kept = store.add_item(session.id, "kept")
    store.delete_session(other.id)
    snapshot = store.snapshot()
    assert [s.id for s in snapshot.sessions] == [session.id]
    assert [i.id for i in snapshot.items] == [kept.id]
    assert snapshot.attachments == ()
    assert [d.index for d in snapshot.days] == [1, 2, 3]


def test_focus_areas_rename_follows_the_actions(store: EventStore, session: Session) -> None:
    area = store.add_focus_area("Learning")
    assert store.add_focus_area("learning").id == area.id
    item = store.add_entry(session.id, "! Map programmes focus:Learning")
    store.rename_focus_area(area.id, "Peer learning")
    action = store.item(item.id).action
    assert action is not None and action.focus_area == "Peer learning"
    assert [a.name for a in store.focus_areas()] == ["Peer learning"]


def test_people_are_matched_by_name_and_emails_are_checked(store: EventStore) -> None:
    first = store.add_person("Ana Pérez", organisation="Metropolis")
    again = store.add_person("ana pérez", email="ana@metropolis.org")
    assert first.id == again.id
    assert again.organisation == "Metropolis" and again.email == "ana@metropolis.org"
    with pytest.raises(ValidationError) as info:
        store.add_person("Bob", email="bob-at-uclg")
    assert info.value.field == "email"


def test_restoring_records_who_restored(store: EventStore, session: Session, event_path: Path) -> None:
    photo = store.add_attachment(b"jpeg", filename="p.jpg", kind="photo", media_type="image/jpeg")
    area = store.add_focus_area("Housing")
    item = store.add_item(session.id, "a note")
    store.delete_attachment(photo.id)
    store.delete_focus_area(area.id)
    store.delete_item(item.id)
    with EventStore.open(event_path, author="ben") as other:
        other.restore_attachment(photo.id)
        other.restore_focus_area(area.id)
        other.restore_item(item.id)
    for table, record_id in (("attachment", photo.id), ("focus_area", area.id), ("item", item.id)):
        row = _raw(event_path, f"SELECT author, deleted_at FROM {table} WHERE id = ?", (record_id,))[0]
        assert (row["author"], row["deleted_at"]) == ("ben", None), table
