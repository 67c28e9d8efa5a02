"""Capturing into a file whose history is not loaded: what reaches the other laptops is complete.

A note added right after opening is written without reading the event's replicated history (that is what
keeps `meetingkit add` and the first Enter cheap on a congress). These tests take the shortcut's risky paths
(a change given up halfway, an old text edited after new notes, reopening) and check, the way a colleague
would, that merging the file brings every note with its words.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.replicas import canonical, copies

from meetingkit.store import EventStore, replica
from meetingkit.store.registers import POSITION, Entry


class _GivenUp(Exception):
    pass


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Path, Path, str]]:
    original = tmp_path / "event.meeting"
    with EventStore.create(
        original, title="Congress", start="2024-05-01", end="2024-05-02", author="Org"
    ) as s:
        session = s.add_session(s.day(1).id, "Plenary")
        s.add_entry(session.id, "Opening words")
    ana, ben = copies(original, ["ana", "ben"])
    yield ana, ben, session.id


def _notes(store: EventStore) -> list[str]:
    return sorted(item.text for item in store.items())


def test_notes_added_around_a_change_given_up_all_reach_a_colleague(laptops: tuple[Path, Path, str]) -> None:
    ana_path, ben_path, session_id = laptops
    with EventStore.open(ana_path, author="Ana") as ana:
        ana.add_entry(session_id, "First note")
        with contextlib.suppress(_GivenUp), ana.batch():
            ana.add_entry(session_id, "Never saved")
            raise _GivenUp
        ana.add_entry(session_id, "Second note")
        ana.add_entry(session_id, "Third note")
    with EventStore.open(ben_path, author="Ben") as ben:
        ben.merge([ana_path])
        assert _notes(ben) == ["First note", "Opening words", "Second note", "Third note"]


def test_an_old_text_edited_after_new_notes_keeps_both(laptops: tuple[Path, Path, str]) -> None:
    ana_path, ben_path, session_id = laptops
    with EventStore.open(ana_path, author="Ana") as ana:
        opening = ana.items(session_id)[0]
        ana.add_entry(session_id, "A new note")
        with ana.batch():  # one transaction that adds a note and edits an existing text
            ana.add_entry(session_id, "Another note")
            ana.update_item(opening.id, text="Opening words, corrected")
        ana.add_entry(session_id, "Last note")
    with EventStore.open(ben_path, author="Ben") as ben:
        ben.merge([ana_path])
        assert _notes(ben) == ["A new note", "Another note", "Last note", "Opening words, corrected"]
        with EventStore.open(ana_path, author="Ana") as ana:
            assert canonical(ana) == canonical(ben)


def test_each_open_adds_notes_without_losing_earlier_ones(laptops: tuple[Path, Path, str]) -> None:
    ana_path, ben_path, session_id = laptops
    for n in range(4):
        with EventStore.open(ana_path, author="Ana") as ana:
            ana.add_entry(session_id, f"Note {n}")
            if n % 2:
                with contextlib.suppress(_GivenUp), ana.batch():
                    ana.add_entry(session_id, "Never saved")
                    raise _GivenUp
                ana.add_entry(session_id, f"Note {n} after the change given up")
    with EventStore.open(ben_path, author="Ben") as ben:
        ben.merge([ana_path])
        expected = ["Opening words", "Note 0", "Note 1", "Note 2", "Note 3"]
        expected += ["Note 1 after the change given up", "Note 3 after the change given up"]
        assert _notes(ben) == sorted(expected)


def test_history_read_on_another_thread_is_taken_with_what_was_saved_since(
    laptops: tuple[Path, Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app reads the history after the window is shown; notes typed meanwhile are not lost, and editing
    an old text then does not read the history again on the window's thread."""
    ana_path, ben_path, session_id = laptops
    with EventStore.open(ana_path, author="Ana") as ana:
        ana.add_entry(session_id, "Typed before the history was read")
        history = ana.history_job()()
        ana.add_entry(session_id, "Typed while it was read")
        assert ana.adopt_history(history)
        reads: list[object] = []
        original = replica.load_doc
        monkeypatch.setattr(replica, "load_doc", lambda *a, **k: reads.append(a) or original(*a, **k))
        opening = next(i for i in ana.items(session_id) if i.text == "Opening words")
        ana.update_item(opening.id, text="Opening words, corrected")
        ana.add_entry(session_id, "Typed after")
        assert reads == []
    with EventStore.open(ben_path, author="Ben") as ben:
        ben.merge([ana_path])
        assert _notes(ben) == [
            "Opening words, corrected",
            "Typed after",
            "Typed before the history was read",
            "Typed while it was read",
        ]


def test_a_history_gone_stale_is_not_taken(laptops: tuple[Path, Path, str]) -> None:
    """Folded into one update meanwhile (every few hundred changes): the history read before is refused."""
    ana_path, ben_path, session_id = laptops
    with EventStore.open(ana_path, author="Ana") as ana:
        history = ana.history_job()()
        with EventStore.open(ana_path, author="Ana's script") as script:
            for n in range(replica.COMPACT_AFTER + 2):
                script.add_entry(session_id, f"Scripted note {n}")
        assert not ana.adopt_history(history)
        ana.add_entry(session_id, "Typed after the fold")
        opening = next(i for i in ana.items(session_id) if i.text == "Opening words")
        ana.update_item(opening.id, text="Opening words, corrected")
    with EventStore.open(ben_path, author="Ben") as ben:
        ben.merge([ana_path])
        notes = _notes(ben)
        assert len(notes) == replica.COMPACT_AFTER + 4
        assert "Typed after the fold" in notes and "Opening words, corrected" in notes


def test_a_note_renumbered_by_its_neighbour_supersedes_its_old_place(tmp_path: Path) -> None:
    """A note whose position key is missing (a file from before replication, say) gets one when its
    session changes; that write supersedes its earlier position and does not claim to create the note."""
    path = tmp_path / "event.meeting"
    with EventStore.create(path, title="Congress", start="2024-05-01", end="2024-05-01", author="Org") as s:
        session = s.add_session(s.day(1).id, "Plenary")
        first = s.add_entry(session.id, "First")
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM reg_pos WHERE record = ?", (first.id,))
    with EventStore.open(path, author="Ana") as ana:
        ana.add_entry(session.id, "Second")
        bodies = [
            Entry.from_json(row[0], row[1])
            for row in ana.query("SELECT id, body FROM reg_entry WHERE record = ? ORDER BY id", (first.id,))
        ]
        newest = bodies[-1]
        assert POSITION in newest.values and not newest.created
        assert tuple(newest.supersedes[POSITION]) == (bodies[0].id,)
