"""`check`: a healthy file reports OK; damaged pages, records, history and attachment bytes and loose ends are reported."""

from __future__ import annotations

import re
import sqlite3
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.tamper import run_sql

from meetingkit.core.model import Session
from meetingkit.store import EventStore
from meetingkit.store import check as checking
from meetingkit.store.check import check
from meetingkit.store.errors import DamagedFileError


def test_a_healthy_file_is_ok(store: EventStore, session: Session) -> None:
    store.add_entry(session.id, "! Circulate the calendar @UCLG")
    store.add_entry(session.id, "~ @UCLG and @Metropolis align agendas")
    store.add_attachment(b"photo bytes", filename="a.jpg", kind="photo", media_type="image/jpeg")
    report = check(store)
    assert report.ok
    assert report.errors == []
    assert report.facts == ["Learning Meeting: 3 days, 1 sessions, 2 items, 0 people, 1 attachments"]


def test_altered_attachment_bytes_are_reported(store: EventStore, event_path: Path) -> None:
    attachment = store.add_attachment(
        b"original slide bytes", filename="s.pdf", kind="presentation", media_type="application/pdf"
    )
    conn = sqlite3.connect(event_path)
    conn.execute(
        "UPDATE blob_chunk SET data = ? WHERE sha256 = ?", (b"tampered slide bytes", attachment.sha256)
    )
    conn.commit()
    conn.close()
    report = check(store)
    assert not report.ok
    assert report.errors == [f"attachment data {attachment.sha256[:12]}… does not match its checksum"]
    assert check(store, verify_blobs=False).ok


def test_missing_attachment_data_is_reported(store: EventStore, event_path: Path) -> None:
    store.add_attachment(b"x", filename="gone.png", kind="photo", media_type="image/png")
    conn = sqlite3.connect(event_path)  # foreign keys are off on this raw connection
    conn.execute("DELETE FROM blob_chunk")
    conn.execute("DELETE FROM blob")
    conn.commit()
    conn.close()
    report = check(store)
    assert "attachment gone.png has no data" in report.errors


def test_loose_ends_are_warnings_not_errors(store: EventStore, session: Session) -> None:
    store.add_entry(session.id, "! Somebody should write the report")
    store.add_entry(session.id, "~ Work with @Metropolis")
    report = check(store)
    assert report.ok
    assert "action 'Somebody should write the report' has no owner" in report.warnings
    assert "synergy 'Work with Metropolis' names fewer than two parties" in report.warnings
    empty = store.add_session(store.day(2).id, "Nothing yet")
    assert f"session '{empty.title}' has no notes and no summary yet" in check(store).warnings


def _index_page(path: Path, index: str) -> slice:
    """Where the root page of the table or index `index` lies in the file (a small one is that one page)."""
    conn = sqlite3.connect(path)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (index,)).fetchone()[0]
    finally:
        conn.close()
    return slice((root - 1) * size, root * size)


DAMAGE = {
    "captured_at": ("captured_at = 'soon'", "no real timestamp in its captured_at"),
    "text": ("text = CAST(x'ff41' AS TEXT)", "text that is not UTF-8"),
    "tags": ("tags = '[\"action\"'", "a list that is not valid JSON"),
}


@pytest.mark.parametrize(
    "damaged",
    [{0: "text"}, {1: "captured_at", 3: "text"}, {2: "tags", 3: "captured_at", 4: "text"}],
    ids=["first", "two", "last-three"],
)
def test_each_damaged_note_is_named_and_the_notes_around_it_still_count(
    store: EventStore, session: Session, event_path: Path, damaged: dict[int, str]
) -> None:
    notes = [store.add_entry(session.id, f"! Note {n} of the session") for n in range(5)]
    run_sql(
        event_path,
        *(f"UPDATE item SET {DAMAGE[how][0]} WHERE id = '{notes[n].id}'" for n, how in damaged.items()),
    )
    report = check(store)
    assert report.errors == [
        f"item {notes[n].id} is damaged: it holds {DAMAGE[how][1]}" for n, how in damaged.items()
    ]
    healthy = [n for n in range(5) if n not in damaged]
    assert report.facts == [
        f"Learning Meeting: 3 days, 1 sessions, {len(healthy)} items, 0 people, 0 attachments"
    ]
    assert report.warnings == [f"action 'Note {n} of the session' has no owner" for n in healthy]


def test_a_damaged_index_is_listed_first_and_the_report_still_comes_out(
    store: EventStore, session: Session, event_path: Path
) -> None:
    notes = [store.add_item(session.id, f"note {n}") for n in range(3)]
    run_sql(event_path, f"UPDATE item SET captured_at = 'soon' WHERE id = '{notes[2].id}'")
    data = bytearray(event_path.read_bytes())
    page = _index_page(event_path, "item_session")
    # One hex digit of a note's session id in the index: the index no longer matches the note.
    at = page.start + bytes(data[page]).index(session.id.encode())
    data[at] = ord("0") if data[at] != ord("0") else ord("1")
    event_path.write_bytes(bytes(data))
    report = check(store)
    assert re.fullmatch(r"database: row \d+ missing from index item_session", report.errors[0]), report.errors
    assert (
        report.errors[-1] == f"item {notes[2].id} is damaged: it holds no real timestamp in its captured_at"
    )
    assert report.facts == ["Learning Meeting: 3 days, 1 sessions, 2 items, 0 people, 0 attachments"]


def test_an_index_page_sqlite_cannot_read_is_named_in_the_report(
    store: EventStore, session: Session, event_path: Path
) -> None:
    store.add_item(session.id, "a note")
    data = bytearray(event_path.read_bytes())
    page = _index_page(event_path, "item_session")
    data[page] = bytes(page.stop - page.start)
    event_path.write_bytes(bytes(data))
    # Only SQLite's page check (on its own thread) reads that index: integrity_check stops at it, and
    # quick_check, which does not read the indexes' entries, names the page.
    report = check(store)
    assert not report.ok
    assert any(
        e.startswith(f"database: Page {page.start // (page.stop - page.start) + 1}:") for e in report.errors
    ), report.errors
    assert report.facts and report.facts[0].endswith("1 items, 0 people, 0 attachments")


def test_a_table_sqlite_cannot_read_gives_the_damaged_file_sentence(
    store: EventStore, session: Session, event_path: Path
) -> None:
    store.add_item(session.id, "a note")
    data = bytearray(event_path.read_bytes())
    page = _index_page(event_path, "item")  # the notes' own table, one page here
    data[page] = bytes(page.stop - page.start)
    event_path.write_bytes(bytes(data))
    with pytest.raises(DamagedFileError, match="is damaged and cannot be read safely"):
        check(store)


def test_when_reading_fails_the_page_check_has_ended_before_the_error_comes_out(
    store: EventStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    failed, ended = threading.Event(), threading.Event()
    run = checking._PageCheck.run

    def page_check_after_the_failure(self: checking._PageCheck) -> None:
        failed.wait(timeout=30)  # starts only once the reading has failed
        run(self)
        ended.set()

    def failing_read() -> bool:
        failed.set()
        raise DamagedFileError("the history cannot be read")

    monkeypatch.setattr(checking._PageCheck, "run", page_check_after_the_failure)
    monkeypatch.setattr(store, "history_reads", failing_read)
    with pytest.raises(DamagedFileError, match="the history cannot be read"):
        check(store)
    assert ended.is_set()  # its connection was not closed under it, and no thread is left behind


def test_a_damaged_update_in_the_history_is_reported(
    store: EventStore, session: Session, event_path: Path
) -> None:
    store.add_item(session.id, "a note")
    conn = sqlite3.connect(event_path)
    updates = conn.execute("SELECT count(*) FROM replica_update").fetchone()[0]
    conn.close()
    assert updates > 2  # the updates before the damaged one are read first
    assert check(store).ok
    run_sql(
        event_path,
        "UPDATE replica_update SET data = x'0102' WHERE seq = (SELECT max(seq) FROM replica_update)",
    )
    assert check(store).errors == [
        "the replicated changes (what merges and sync exchange) do not read;"
        " restore a backup (meetingkit restore FILE --list)"
    ]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged=st.dictionaries(st.integers(0, 7), st.sampled_from(sorted(DAMAGE)), max_size=8))
def test_whichever_notes_are_damaged_each_is_named_once_and_the_others_counted(
    damaged: dict[int, str],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "e.meeting"
        with EventStore.create(path, title="T", start="2017-09-12", end="2017-09-12", author="ana") as store:
            session = store.add_session(store.day(1).id, "Plenary")
            notes = [store.add_entry(session.id, f"! Note {n}") for n in range(8)]
            run_sql(
                path,
                *(
                    f"UPDATE item SET {DAMAGE[how][0]} WHERE id = '{notes[n].id}'"
                    for n, how in damaged.items()
                ),
            )
            report = check(store)
    assert report.errors == [
        f"item {notes[n].id} is damaged: it holds {DAMAGE[how][1]}" for n, how in sorted(damaged.items())
    ]
    healthy = [n for n in range(8) if n not in damaged]
    assert report.facts == [f"T: 1 days, 1 sessions, {len(healthy)} items, 0 people, 0 attachments"]
    # A session whose notes are all damaged reads as one without notes.
    empty = [] if healthy else ["session 'Plenary' has no notes and no summary yet"]
    assert report.warnings == empty + [f"action 'Note {n}' has no owner" for n in healthy]
