"""`check`: a healthy file reports OK, altered attachment bytes and loose ends are reported."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from meetingkit.core.model import Session
from meetingkit.store import EventStore
from meetingkit.store.check import check


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
