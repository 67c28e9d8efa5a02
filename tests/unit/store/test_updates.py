"""Update files: what the other copy lacks, in one file; merged like a .meeting file, refused in one sentence."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.replicas import canonical

from meetingkit.core.model import Session
from meetingkit.store import EventStore, updates
from meetingkit.store.errors import DamagedFileError, NewerFileError, StoreUserError


@pytest.fixture
def pair(store: EventStore, session: Session, tmp_path: Path) -> Iterator[tuple[EventStore, EventStore]]:
    """The organiser's file and Ben's copy of it, both open."""
    store.add_entry(session.id, "* Shared before the copy")
    shutil.copyfile(store.path, tmp_path / "ben.meeting")
    ben = EventStore.open(tmp_path / "ben.meeting", author="ben")
    yield store, ben
    ben.close()


def _send(store: EventStore, out: Path, baseline: updates.Baseline) -> updates.Sent:
    return updates.write(store.path, out, author=store.author, baseline=baseline)


def _texts(store: EventStore) -> list[str]:
    return sorted(i.text for i in store.items())


def test_an_update_for_a_copy_carries_only_what_it_lacks_and_merges_once(
    pair: tuple[EventStore, EventStore], session: Session, tmp_path: Path
) -> None:
    org, ben = pair
    for n in range(3):
        ben.add_entry(session.id, f"Ben's note {n}")
    photo = ben.add_attachment(b"PNG" * 1000, filename="stage.png", kind="photo", media_type="image/png")
    sent = _send(ben, tmp_path / "ben.mkupdate", updates.baseline_of(org.path, org.event().id))
    assert sent.blobs == 1
    assert sent.size < org.path.stat().st_size

    [report] = org.merge([sent.path])
    assert report.name == "ben.mkupdate"
    assert report.added == 4  # three notes and the photo
    assert _texts(org) == _texts(ben)
    assert org.blob_bytes(photo.sha256) == b"PNG" * 1000
    [again] = org.merge([sent.path])
    assert (again.added, again.changed, again.conflicts) == (0, 0, ())
    assert canonical(org) == canonical(ben)


def test_a_dry_run_of_an_update_changes_nothing(
    pair: tuple[EventStore, EventStore], session: Session, tmp_path: Path
) -> None:
    org, ben = pair
    ben.add_entry(session.id, "Only in Ben's copy")
    sent = _send(ben, tmp_path / "ben.mkupdate", updates.baseline_of(org.path, org.event().id))
    before = canonical(org)
    [report] = org.merge([sent.path], dry_run=True)
    assert report.added == 1
    assert canonical(org) == before


def test_updates_sent_to_one_folder_chain_and_merge_in_any_order(
    pair: tuple[EventStore, EventStore], session: Session, tmp_path: Path
) -> None:
    org, ben = pair
    folder = tmp_path / "outbox"
    folder.mkdir()
    event_id = ben.event().id
    ben.add_entry(session.id, "First batch")
    ben.add_attachment(b"PNG" * 1000, filename="stage.png", kind="photo", media_type="image/png")
    first = _send(ben, folder / "1.mkupdate", updates.baseline_in_folder(folder, event_id, "ben"))
    ben.add_entry(session.id, "Second batch")
    baseline = updates.baseline_in_folder(folder, event_id, "ben")
    assert baseline.previous == "1.mkupdate"
    second = _send(ben, folder / "2.mkupdate", baseline)
    assert (first.blobs, second.blobs) == (1, 0)  # the photo is not sent twice
    assert second.size < first.size

    before = canonical(org)
    with pytest.raises(StoreUserError, match=r"^2\.mkupdate builds on .* \(merge 1\.mkupdate first\)"):
        org.merge([second.path])
    assert canonical(org) == before

    reports = org.merge([second.path, first.path])  # one merge: ordered so each finds what it builds on
    assert [r.name for r in reports] == ["1.mkupdate", "2.mkupdate"]
    assert _texts(org) == _texts(ben)


def test_an_update_of_another_event_is_refused_in_one_sentence(
    store: EventStore, session: Session, tmp_path: Path
) -> None:
    other = EventStore.create(
        tmp_path / "other.meeting", title="Other", start="2020-01-01", end="2020-01-01", author="x"
    )
    other.close()
    sent = updates.write(
        tmp_path / "other.meeting", tmp_path / "x.mkupdate", author="x", baseline=updates.Baseline()
    )
    before = canonical(store)
    with pytest.raises(StoreUserError, match=r"^x\.mkupdate holds changes of another event \('Other'\)"):
        store.merge([sent.path])
    assert canonical(store) == before


def _tamper(path: Path, sql: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(sql)
    conn.close()


def test_a_newer_or_damaged_update_file_is_refused_and_nothing_changes(
    pair: tuple[EventStore, EventStore], session: Session, tmp_path: Path
) -> None:
    org, ben = pair
    ben.add_entry(session.id, "Ben's note")
    newer = _send(ben, tmp_path / "newer.mkupdate", updates.Baseline()).path
    _tamper(newer, "PRAGMA user_version = 9")
    damaged = _send(ben, tmp_path / "damaged.mkupdate", updates.Baseline()).path
    _tamper(damaged, "UPDATE yupdate SET data = x'0102030405'")
    foreign_table = _send(ben, tmp_path / "extra.mkupdate", updates.Baseline()).path
    _tamper(foreign_table, "CREATE VIEW v AS SELECT 1")
    before = canonical(org)
    with pytest.raises(NewerFileError, match=r"^newer\.mkupdate was written by a newer meetingkit"):
        org.merge([newer])
    with pytest.raises(DamagedFileError, match=r"^damaged\.mkupdate is damaged"):
        org.merge([damaged])
    with pytest.raises(DamagedFileError, match=r"^extra\.mkupdate is damaged"):
        org.merge([foreign_table])
    assert canonical(org) == before


def test_an_update_from_them_tells_what_they_hold(
    pair: tuple[EventStore, EventStore], session: Session, tmp_path: Path
) -> None:
    """Replying to Ben's update sends Ben only what he did not have when he wrote it."""
    org, ben = pair
    ben.add_entry(session.id, "Ben's note")
    from_ben = _send(ben, tmp_path / "ben.mkupdate", updates.baseline_of(org.path, org.event().id))
    org.merge([from_ben.path])
    org.add_entry(session.id, "The organiser's answer")
    reply = _send(org, tmp_path / "org.mkupdate", updates.baseline_of(from_ben.path, org.event().id))
    [report] = ben.merge([reply.path])
    assert report.added == 1
    assert canonical(org) == canonical(ben)
