"""An event file made from a JSON copy holds its records in its replicated history, not only in its rows:
copies of it merge note by note and character by character, and what it holds reaches a copy that lacks it.

The replication flush writes a page of records at a time and, past a count, starts another Yjs document of a
new replica id: the tests run with the real sizes and with tiny ones, so a small event crosses every page. New
records come in many at a time make their first entries set-based (BULK_NEW): the tests run with that count
at 1 too, so a small event takes that path as an import of a congress does.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.replicas import canonical

from meetingkit.core.model import Session
from meetingkit.store import EventStore, replica, updates
from meetingkit.store import interchange as ix
from meetingkit.store.check import check

# Records the tests add after the early copy is taken: they reach that copy only through the history.
ADDED = ("session", "session_person", "person", "focus_area", "item", "attachment")


@pytest.fixture(params=["real pages", "tiny pages", "real pages, set-based", "tiny pages, set-based"])
def pages(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param.startswith("tiny pages"):
        monkeypatch.setattr(replica, "MIRROR_PAGE", 3)
        monkeypatch.setattr(replica, "WRITES_HELD", 5)
    if request.param.endswith("set-based"):
        monkeypatch.setattr(replica, "BULK_NEW", 1)
    return str(request.param)


def _fill(store: EventStore) -> Session:
    session = store.add_session(store.day(1).id, "Guiding questions", room="Sala 1")
    store.update_session(session.id, summary="What the *room* said", people=[("Tim Campbell", "speaker")])
    store.add_person("Ana Pérez", organisation="Metropolis")
    store.add_focus_area("Capacity building")
    store.add_entry(session.id, "! Circulate the calendar @UCLG due:2017-10-15 ^short")
    store.add_entry(session.id, "~ @UCLG and @Metropolis align their learning agendas")
    for n in range(12):
        store.add_item(session.id, f"note {n}: cities learn from cities")
    gone = store.add_item(session.id, "a deleted note")
    store.delete_item(gone.id)
    other = store.add_session(store.day(2).id, "Field visit")
    store.add_item(other.id, "the tram depot")
    store.add_attachment(
        b"\x89PNG\r\n\x1a\n photo",
        filename="visit.png",
        kind="photo",
        media_type="image/png",
        session_id=other.id,
    )
    return session


def _added(store: EventStore) -> dict[str, Any]:
    content = canonical(store)
    return {table: content[table] for table in ADDED} | {"order": content["order"]}


def _imported(store: EventStore, folder: Path) -> Path:
    source = folder / "event.json"
    ix.export_json(store, source)
    target = folder / "imported.meeting"
    ix.create_from_json(target, source, author="org").close()
    return target


def test_an_imported_file_hands_every_record_to_a_copy_that_lacks_them(
    store: EventStore, tmp_path: Path, pages: str
) -> None:
    early = tmp_path / "early.meeting"
    shutil.copyfile(store.path, early)  # a rapporteur's copy from before the sessions were held
    by_update = tmp_path / "early-too.meeting"
    shutil.copyfile(store.path, by_update)
    session = _fill(store)
    imported = _imported(store, tmp_path)
    sent = updates.write(
        imported, tmp_path / f"all{updates.SUFFIX}", author="org", baseline=updates.Baseline()
    )
    with EventStore.open(by_update) as other:
        other.merge([sent.path])  # what `meetingkit send --all` hands over
        assert _added(other) == _added(store)
    with EventStore.open(imported) as new, EventStore.open(early) as copy:
        assert _added(new) == _added(store)
        copy.merge([imported])
        assert _added(copy) == _added(new)
        assert [i.text for i in copy.items(session.id)] == [i.text for i in store.items(session.id)]
        assert copy.session(session.id).summary == "What the *room* said"
        assert not [c for c in copy.conflicts() if c.table in ADDED]
        report = check(new)
        assert report.ok, report.errors
        logged = new.query("SELECT count(*) FROM replica_update")[0][0]
        assert (logged > 2) == pages.startswith("tiny pages")  # the new document every WRITES_HELD entries


def test_copies_of_an_imported_file_merge_a_note_character_by_character(
    store: EventStore, tmp_path: Path, pages: str
) -> None:
    session = _fill(store)
    imported = _imported(store, tmp_path)
    other = tmp_path / "other.meeting"
    shutil.copyfile(imported, other)
    note = next(i for i in store.items(session.id) if i.text.startswith("note 3"))
    with EventStore.open(imported) as mine, EventStore.open(other) as theirs:
        mine.update_item(note.id, text="Note 3: cities learn from cities")
        theirs.update_item(note.id, text="note 3: cities learn from cities, and towns")
        added = theirs.add_item(session.id, "said after the import")
        mine.merge([other])
        assert mine.item(note.id).text == "Note 3: cities learn from cities, and towns"
        assert mine.item(added.id).text == "said after the import"
        assert mine.conflicts() == []
        assert check(mine).ok


def test_merging_an_imported_file_into_its_original_adds_nothing(store: EventStore, tmp_path: Path) -> None:
    _fill(store)
    before = _added(store)
    imported = _imported(store, tmp_path)
    store.merge([imported])
    assert _added(store) == before
    # The copy's notes were written afresh, the deleted one included: both sides deleted it, no conflict.
    assert store.conflicts() == []
    # The placeholder event `import` starts a new file from is not in its history (it once arrived here).
    assert [r[0] for r in store.query("SELECT id FROM event")] == [store.event().id]
    assert len(store.query("SELECT id FROM day")) == 3


# ---------------------------------------------------------------------- the flush, a page at a time

EDITS = st.lists(
    st.tuples(
        st.sampled_from(["add", "edit", "delete", "move", "add session", "delete session"]),
        st.integers(0, 50),
        st.text(st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=12).filter(str.strip),
    ),
    min_size=1,
    max_size=25,
)


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="flush-pages-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _apply(store: EventStore, kind: str, n: int, text: str) -> None:
    sessions = store.sessions()
    items = [i for s in sessions for i in store.items(s.id)]
    if kind == "add" or not items:
        store.add_item(sessions[n % len(sessions)].id, text)
    elif kind == "edit":
        store.update_item(items[n % len(items)].id, text=items[n % len(items)].text + text)
    elif kind == "delete":
        store.delete_item(items[n % len(items)].id)
    elif kind == "move":
        target = sessions[n % len(sessions)]
        store.move_item(items[n % len(items)].id, n % 4, target.id)
    elif kind == "add session":
        store.add_session(store.day(1 + n % 3).id, text)
    elif len(sessions) > 1:
        store.delete_session(sessions[n % len(sessions)].id)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS, page=st.integers(1, 4), held=st.integers(1, 6), bulk=st.sampled_from([1, 2, 64]))
def test_a_batch_flushed_page_by_page_reaches_another_copy_whole(
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    edits: list[tuple[str, int, str]],
    page: int,
    held: int,
    bulk: int,
) -> None:
    work = Path(tempfile.mkdtemp(dir=folder))
    original = work / "a.meeting"
    with EventStore.create(original, title="Congress", start="2024-05-01", end="2024-05-03", author="a") as a:
        for title in ("Plenary", "Workshop"):
            session = a.add_session(a.day(1).id, title)
            for n in range(3):
                a.add_item(session.id, f"{title} {n}")
    copy = work / "b.meeting"
    shutil.copyfile(original, copy)
    with monkeypatch.context() as patched:
        patched.setattr(replica, "MIRROR_PAGE", page)
        patched.setattr(replica, "WRITES_HELD", held)
        patched.setattr(replica, "BULK_NEW", bulk)
        with EventStore.open(original, author="a") as a:
            with a.batch():  # one transaction: one flush writes every change, a page at a time
                for kind, n, text in edits:
                    _apply(a, kind, n, text)
            expected = canonical(a)
    with EventStore.open(copy, author="b") as b:
        b.merge([original])
        assert canonical(b) == expected


def _entries_by_record(path: Path) -> dict[str, str]:
    """Each record's one entry as the file stores it, its stamp and replica id (new at every import) named."""
    with EventStore.open(path) as store:
        found = {}
        for entry_id, record, body in store.query("SELECT id, record, body FROM reg_entry"):
            stamp, replica_id = entry_id.split("@")
            found[record] = (
                body.replace(entry_id, "ENTRY").replace(stamp, "STAMP").replace(replica_id, "REPLICA")
            )
        return found


def test_entries_made_set_based_are_those_made_one_by_one(
    store: EventStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(store)
    store.update_event(description="Three days on **learning**.", conclusions="Meet again.")
    source = tmp_path / "event.json"
    ix.export_json(store, source)
    made = {}
    for bulk in (1, 10**9):
        monkeypatch.setattr(replica, "BULK_NEW", bulk)
        target = tmp_path / f"bulk-{bulk}.meeting"
        ix.create_from_json(target, source, author="org").close()
        made[bulk] = _entries_by_record(target)
    assert made[1] == made[10**9]
    with EventStore.open(target) as imported:
        records = sum(imported.query(f"SELECT count(*) FROM {table}")[0][0] for table in replica.TABLES)
    assert len(made[1]) == records  # each record its one entry
