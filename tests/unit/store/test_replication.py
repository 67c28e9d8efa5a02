"""Several rapporteurs' copies of one event: merged field by field, nothing concurrent lost, every conflict shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.replicas import assert_search_is_a_rebuild, canonical, copies, skew
from support.versions import as_version

from meetingkit.core.errors import UserError
from meetingkit.core.model import ActionFields, Role
from meetingkit.store import EventStore
from meetingkit.store.schema import SCHEMA_VERSION

DAY_MS = 24 * 3600 * 1000


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[EventStore, EventStore]]:
    """Ana's and Ben's copies of one event file that already holds a session with an action."""
    original = tmp_path / "event.meeting"
    with EventStore.create(
        original, title="Learning Meeting", start="2017-09-12", end="2017-09-13", author="Org"
    ) as s:
        session = s.add_session(s.day(1).id, "Opening plenary", start="09:30", end="10:30", room="Sala 1")
        s.add_entry(session.id, "! Circulate the calendar @UCLG")
    ana_path, ben_path = copies(original, ["ana", "ben"])
    with EventStore.open(ana_path, author="Ana") as ana, EventStore.open(ben_path, author="Ben") as ben:
        yield ana, ben


def exchange(*stores: EventStore) -> None:
    """Everyone merges everyone else's file (twice round, so what one learnt from another travels on)."""
    for _ in range(2):
        for store in stores:
            store.merge([other.path for other in stores if other is not store])


def action(store: EventStore) -> str:
    return next(i.id for i in store.items() if i.action is not None)


def session_id(store: EventStore) -> str:
    return store.sessions()[0].id


def test_edits_of_different_fields_of_one_action_both_survive(laptops: tuple[EventStore, EventStore]) -> None:
    ana, ben = laptops
    item = action(ana)
    ana.update_item(item, action=ActionFields(owner="Ana Ruiz"))
    ben.update_item(item, action=ActionFields(owner="UCLG", due=dt.date(2017, 10, 5)))
    ana.update_item(item, action=ActionFields(owner="Ana Ruiz", due=None))
    ben.update_session(session_id(ben), summary="Ben's summary.")
    ana.update_session(session_id(ana), room="Sala Europa")
    exchange(ana, ben)
    for store in (ana, ben):
        merged = store.session(session_id(store))
        assert (merged.room, merged.summary) == ("Sala Europa", "Ben's summary.")
    assert canonical(ana) == canonical(ben)


def test_one_field_edited_on_two_laptops_is_a_conflict_listed_with_both_values(
    laptops: tuple[EventStore, EventStore],
) -> None:
    ana, ben = laptops
    ana.update_session(session_id(ana), room="Sala 2")
    ben.update_session(session_id(ben), room="Sala 3")
    reports = ana.merge([ben.path])
    assert [(c.field, sorted(x.value for x in c.candidates)) for c in reports[0].conflicts] == [
        ("room", ["Sala 2", "Sala 3"])
    ]
    exchange(ana, ben)
    (conflict,) = ana.conflicts()
    assert {(c.value, c.author) for c in conflict.candidates} == {("Sala 2", "Ana"), ("Sala 3", "Ben")}
    assert ana.session(session_id(ana)).room == ben.session(session_id(ben)).room  # the same default shows
    ben.resolve(conflict.id, take=[c.value for c in conflict.candidates].index("Sala 2") + 1)
    exchange(ana, ben)
    assert ana.conflicts() == [] and ben.conflicts() == []
    assert ana.session(session_id(ana)).room == "Sala 2"


def test_a_correction_made_after_receiving_wins_even_on_a_slow_clock(
    laptops: tuple[EventStore, EventStore],
) -> None:
    ana, ben = laptops
    skew(ben, -DAY_MS)  # Ben's laptop is a day behind
    ana.update_session(session_id(ana), room="Sala 9")
    ben.merge([ana.path])
    ben.update_session(session_id(ben), room="Sala 4")  # Ben corrects what he received
    ana.merge([ben.path])
    assert ana.session(session_id(ana)).room == "Sala 4"
    assert ana.conflicts() == []


def test_a_text_edited_on_two_laptops_keeps_both_sets_of_words(
    laptops: tuple[EventStore, EventStore],
) -> None:
    ana, ben = laptops
    ana.update_session(session_id(ana), summary="Cities learn from cities.")
    exchange(ana, ben)
    ana.update_session(session_id(ana), summary="Cities learn from cities, fast.")
    ben.update_session(session_id(ben), summary="Networks: cities learn from cities.")
    exchange(ana, ben)
    for store in (ana, ben):
        assert store.session(session_id(store)).summary == "Networks: cities learn from cities, fast."
    assert ana.conflicts() == []


def test_sessions_added_and_moved_on_two_laptops_end_in_one_order(
    laptops: tuple[EventStore, EventStore],
) -> None:
    ana, ben = laptops
    day = ana.day(1).id
    a1 = ana.add_session(day, "Ana's workshop")
    ben.add_session(day, "Ben's panel")
    ana.move_session(a1.id, day, 0)
    exchange(ana, ben)
    titles = [s.title for s in ana.sessions(day)]
    assert titles == [s.title for s in ben.sessions(day)]
    assert titles[0] == "Ana's workshop" and set(titles) == {
        "Ana's workshop",
        "Opening plenary",
        "Ben's panel",
    }
    assert canonical(ana) == canonical(ben)


def test_the_same_person_role_and_photo_added_twice_are_one_record_each(
    laptops: tuple[EventStore, EventStore],
) -> None:
    ana, ben = laptops
    for store in (ana, ben):
        store.update_session(session_id(store), people=[("Ana Ruiz", Role.MODERATOR)])
        store.add_attachment(
            b"\x89PNG same bytes",
            filename="stage.png",
            kind="photo",
            media_type="image/png",
            session_id=session_id(store),
        )
    exchange(ana, ben)
    people = ana.session(session_id(ana)).people
    assert [(p.name, p.role) for p in people] == [("Ana Ruiz", Role.MODERATOR)]
    assert [p.name for p in ana.people()].count("Ana Ruiz") == 1
    assert len(ana.attachments()) == 1
    assert canonical(ana) == canonical(ben)


def test_a_session_deleted_while_notes_were_added_elsewhere_is_a_conflict(
    laptops: tuple[EventStore, EventStore],
) -> None:
    ana, ben = laptops
    ana.delete_session(session_id(ana))
    note = ben.add_entry(session_id(ben), "A note Ben took meanwhile")
    (report,) = ana.merge([ben.path])
    assert [c.field for c in report.conflicts] == ["notes"]
    exchange(ana, ben)
    (conflict,) = ana.conflicts()
    assert conflict.field == "notes" and [c.value for c in conflict.candidates] == ["deleted", "1 note added"]
    assert ana.snapshot().sessions == ()  # until resolved the deletion shows, and the note is kept
    ana.resolve(conflict.id, take=2)  # restore the session
    exchange(ana, ben)
    for store in (ana, ben):
        assert note.id in {i.id for i in store.snapshot().items}
        assert store.conflicts() == []


def test_a_note_deleted_on_one_laptop_and_edited_on_the_other_is_a_conflict(
    laptops: tuple[EventStore, EventStore],
) -> None:
    ana, ben = laptops
    item = action(ana)
    ana.delete_item(item)
    ben.update_item(item, action=ActionFields(owner="Ben"))
    exchange(ana, ben)
    (conflict,) = ben.conflicts()
    assert conflict.field == "deleted"
    assert [c.value for c in conflict.candidates] == ["deleted", "edited: owner"]
    ben.resolve(conflict.id, take=2)
    exchange(ana, ben)
    assert ana.item(item).action == ActionFields(owner="Ben")
    assert ana.conflicts() == []


def test_a_note_edited_then_deleted_on_one_laptop_and_deleted_on_the_other_is_no_conflict(
    laptops: tuple[EventStore, EventStore],
) -> None:
    """The one who edited also deleted: nobody wants the edit back."""
    ana, ben = laptops
    item = action(ana)
    exchange(ana, ben)
    ben.update_item(item, action=ActionFields(owner="Ben"))
    ben.delete_item(item)
    ana.delete_item(item)  # the newest deletion never saw Ben's edit
    exchange(ana, ben)
    for store in (ana, ben):
        assert store.conflicts() == []
        assert item not in {i.id for i in store.snapshot().items}


def test_merging_is_all_or_nothing_and_checks_every_input_first(
    laptops: tuple[EventStore, EventStore], tmp_path: Path
) -> None:
    ana, ben = laptops
    ben.add_entry(session_id(ben), "Only in Ben's file")
    with EventStore.create(
        tmp_path / "other.meeting", title="Another event", start="2020-01-01", end="2020-01-01"
    ):
        pass
    before = canonical(ana)
    with pytest.raises(UserError, match="holds another event"):
        ana.merge([ben.path, tmp_path / "other.meeting"])
    assert canonical(ana) == before
    (tmp_path / "garbage.meeting").write_bytes(b"not a database" * 100)
    with pytest.raises(UserError):
        ana.merge([ben.path, tmp_path / "garbage.meeting"])
    assert canonical(ana) == before


def test_a_dry_run_reports_and_changes_nothing(laptops: tuple[EventStore, EventStore]) -> None:
    ana, ben = laptops
    ben.add_entry(session_id(ben), "New in Ben's")
    before = canonical(ana)
    (report,) = ana.merge([ben.path], dry_run=True)
    assert (report.added, report.changed) == (1, 0)
    assert canonical(ana) == before
    (report,) = ana.merge([ben.path])
    assert report.added == 1


def test_merging_again_changes_nothing_and_the_order_of_inputs_does_not_matter(tmp_path: Path) -> None:
    original = tmp_path / "event.meeting"
    with EventStore.create(
        original, title="Congress", start="2024-05-01", end="2024-05-02", author="Org"
    ) as s:
        s.add_session(s.day(1).id, "Plenary")
    paths = copies(original, ["org", "a", "b", "c"])
    stores = [EventStore.open(p, author=p.stem) for p in paths]
    try:
        org, *rapporteurs = stores
        for n, store in enumerate(rapporteurs):
            sid = store.sessions()[0].id
            store.add_entry(sid, f"Note {n} #question")
            store.update_session(sid, room=f"Room {n}")
        forward = [str(p) for p in paths[1:]]
        org.merge(forward)
        twin = EventStore.open(copies(original, ["twin"])[0], author="twin")
        try:
            twin.merge(list(reversed(forward)))
            assert canonical(org) == canonical(twin)
            again = org.merge(forward)
            assert all((r.added, r.changed, r.conflicts) == (0, 0, ()) for r in again)
            assert_search_is_a_rebuild(org)
        finally:
            twin.close()
    finally:
        for store in stores:
            store.close()


def test_copies_of_an_old_file_upgraded_apart_share_their_base(tmp_path: Path) -> None:
    original = tmp_path / "event.meeting"
    with EventStore.create(
        original, title="Old event", start="2017-09-12", end="2017-09-13", author="Org"
    ) as s:
        sid = s.add_session(s.day(1).id, "Plenary", summary="Written before replication.").id
        for n in range(5):
            s.add_entry(sid, f"Note {n}")
    as_version(original, 2)  # the last version before replication
    ana_path, ben_path = copies(original, ["ana", "ben"])
    with EventStore.open(ana_path, author="Ana") as ana, EventStore.open(ben_path, author="Ben") as ben:
        (report,) = ana.merge([ben.path])
        assert (report.added, report.changed, report.conflicts) == (0, 0, ())
        ana.update_session(sid, summary="Written before replication. Ana added this.")
        ben.update_session(sid, summary="Ben: written before replication.")
        exchange(ana, ben)
        assert canonical(ana) == canonical(ben)
        # The first edit of a text from an old file has no shared Y.Text yet: both versions are offered.
        assert [c.field for c in ana.conflicts()] == ["summary"]


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_an_old_file_merges_into_an_upgraded_copy(tmp_path: Path, version: int) -> None:
    original = tmp_path / "event.meeting"
    with EventStore.create(
        original, title="Old event", start="2017-09-12", end="2017-09-12", author="Org"
    ) as s:
        s.add_session(s.day(1).id, "Plenary")
    as_version(original, version)
    (upgraded,) = copies(original, ["upgraded"])
    with EventStore.open(upgraded, author="Ana") as ana:
        ana.add_entry(ana.sessions()[0].id, "After the upgrade")
        (report,) = ana.merge([original])
        assert (report.added, report.changed, report.conflicts) == (0, 0, ())


def test_a_merge_is_backed_up_first_and_can_be_restored(laptops: tuple[EventStore, EventStore]) -> None:
    ana, ben = laptops
    ben.add_entry(session_id(ben), "From Ben")
    ana.merge([ben.path])
    (backup,) = ana.backups()
    assert backup.reason == "merge"
    with EventStore.open(backup.path, read_only=True) as old:
        assert "From Ben" not in {i.text for i in old.items()}


def test_words_deleted_from_a_text_travel_too(laptops: tuple[EventStore, EventStore]) -> None:
    """A deletion alone leaves Yjs's state vector as it was: it must still be saved and sent."""
    ana, ben = laptops
    ana.update_session(session_id(ana), summary="Cities learn from cities, fast and well.")
    exchange(ana, ben)
    ben.update_session(session_id(ben), summary="Cities learn from cities.")
    exchange(ana, ben)
    assert ana.session(session_id(ana)).summary == "Cities learn from cities."


def test_a_long_update_log_is_folded_and_loses_nothing(
    laptops: tuple[EventStore, EventStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    from meetingkit.store import replica

    monkeypatch.setattr(replica, "COMPACT_AFTER", 4)
    ana, ben = laptops
    notes = [ana.add_entry(session_id(ana), f"Note {n}").id for n in range(12)]
    assert len(ana.query("SELECT seq FROM replica_update")) <= 4
    ben.merge([ana.path])
    assert set(notes) <= {i.id for i in ben.items()}
    assert canonical(ana) == canonical(ben)


def test_a_session_created_on_two_laptops_is_offered_and_merged_in_one_step(
    laptops: tuple[EventStore, EventStore],
) -> None:
    ana, ben = laptops
    day = ana.day(2).id
    a = ana.add_session(day, "Side event", room="Sala 3", people=[("Ana Ruiz", Role.RAPPORTEUR)])
    ana.add_entry(a.id, "Ana's first note")
    b = ben.add_session(day, "Side  event ", summary="Ben's summary.", people=[("Ben Li", Role.MODERATOR)])
    ben.add_entry(b.id, "Ben's first note")
    exchange(ana, ben)
    ((first, second),) = ana.probable_duplicates()
    kept = ana.merge_sessions(first.id, second.id)
    assert sorted(i.text for i in ana.items(kept.id)) == ["Ana's first note", "Ben's first note"]
    assert {(p.name, p.role) for p in kept.people} == {
        ("Ana Ruiz", Role.RAPPORTEUR),
        ("Ben Li", Role.MODERATOR),
    }
    assert (kept.room, kept.summary) == ("Sala 3", "Ben's summary.")
    assert ana.probable_duplicates() == []
    exchange(ana, ben)
    assert canonical(ana) == canonical(ben)


def test_a_summary_draft_accepted_on_a_rapporteurs_laptop_reaches_the_organiser(
    laptops: tuple[EventStore, EventStore],
) -> None:
    from meetingkit.assistant.session import draft_session
    from meetingkit.core.drafts import DraftScope

    ana, ben = laptops
    sid = session_id(ana)
    ana.add_entry(sid, "= Agreed to publish the guide in October")
    ana.save_summary_draft(draft_session(ana.snapshot(), ana.session(sid)))
    accepted = ana.accept_summary_draft(DraftScope.SESSION, sid).accepted
    assert accepted is not None
    ben.save_summary_draft(
        draft_session(ben.snapshot(), ben.session(sid))
    )  # Ben drafted too, accepted nothing
    exchange(ana, ben)
    received = ben.summary_draft(DraftScope.SESSION, sid)
    assert received is not None and received.accepted == accepted
    assert ben.conflicts() == []  # two generated drafts are not a conflict: drafts are made again at will
    assert canonical(ana) == canonical(ben)


def test_an_empty_default_never_competes_with_a_value_someone_set(
    laptops: tuple[EventStore, EventStore],
) -> None:
    ana, ben = laptops
    ana.add_person("Li Wei", organisation="UCLG", title="Mayor")
    ben.add_person("Li Wei")
    exchange(ana, ben)
    (li,) = [p for p in ben.people() if p.name == "Li Wei"]
    assert (li.organisation, li.title) == ("UCLG", "Mayor")
    assert ben.conflicts() == []


def test_the_backup_ring_keeps_the_newest_within_its_count_and_bytes(
    laptops: tuple[EventStore, EventStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    from meetingkit.store import backups

    ana, _ben = laptops
    monkeypatch.setattr(backups, "KEEP", 5)
    taken = [ana.backup("manual").path for _ in range(7)]
    assert [b.path for b in ana.backups()] == taken[::-1][:5]
    monkeypatch.setattr(backups, "KEEP_BYTES", 1)  # every copy is over budget: the newest three stay
    newest = ana.backup("manual").path
    assert [b.path for b in ana.backups()] == [newest, *taken[::-1][:2]]
