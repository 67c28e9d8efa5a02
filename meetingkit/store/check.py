"""`meetingkit check`: the integrity and consistency report of an event file.

A damaged record is listed (kind, row, what is wrong) and the report on all the others still
comes out: a table that does not decode in one pass is decoded again record by record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from meetingkit.core.model import Event, Tag
from meetingkit.store import rows
from meetingkit.store.errors import DamagedRecordError
from meetingkit.store.eventstore import EventStore


@dataclass
class CheckReport:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _live_records(store: EventStore, report: CheckReport) -> dict[str, list[Any]]:
    """Every live record that can be read, by table; each one that cannot becomes an error line.

    A table is read in one query and decoded in one pass; only when a row does not decode is the table
    decoded row by row to name each culprit. Text SQLite cannot even hand over (not UTF-8) fails the
    whole query, and only then is the table read row by row.
    """
    found: dict[str, list[Any]] = {}
    for table, (kind, _decoder) in rows.RECORD_TABLES.items():
        try:
            stored = store.query(
                f"SELECT rowid AS check_rowid, * FROM {table} WHERE deleted_at IS NULL ORDER BY rowid",
                kind=kind,
            )
        except DamagedRecordError:
            found[table] = _live_records_one_by_one(store, report, table, kind)
            continue
        try:
            with rows.decoding(kind, store.path.name):
                found[table] = [rows.record_from(table, row) for row in stored]
        except DamagedRecordError:
            # Only now is each row decoded on its own, to name every damaged one.
            found[table] = []
            for row in stored:
                try:
                    with rows.decoding(kind, store.path.name):
                        found[table].append(rows.record_from(table, row))
                except DamagedRecordError as exc:
                    report.errors.append(
                        f"{_which(store, table, kind, row['check_rowid'])} is damaged: it holds {exc.reason}"
                    )
    return found


def _live_records_one_by_one(store: EventStore, report: CheckReport, table: str, kind: str) -> list[Any]:
    found = []
    # rowids are plain integers: listing them reads nothing a damaged record could spoil.
    for (rowid,) in store.query(f"SELECT rowid FROM {table} WHERE deleted_at IS NULL ORDER BY rowid"):
        try:
            with rows.decoding(kind, store.path.name):
                row = store.query(f"SELECT * FROM {table} WHERE rowid = ?", (rowid,), kind=kind)[0]
                found.append(rows.record_from(table, row))
        except DamagedRecordError as exc:
            report.errors.append(f"{_which(store, table, kind, rowid)} is damaged: it holds {exc.reason}")
    return found


def _which(store: EventStore, table: str, kind: str, rowid: int) -> str:
    """The record as users can find it again: its id when that much can be read, else its row number."""
    try:
        with rows.decoding(kind, store.path.name):
            record_id = rows.text_of(
                store.query(f"SELECT id FROM {table} WHERE rowid = ?", (rowid,))[0], "id"
            )
    except DamagedRecordError:
        record_id = ""
    if record_id.isprintable() and 0 < len(record_id) <= 64:
        return f"{kind} {record_id}"
    return f"{kind} record at row {rowid}"


def check(store: EventStore, *, verify_blobs: bool = True) -> CheckReport:
    report = CheckReport()
    integrity = [str(r[0]) for r in store.query_lenient("PRAGMA integrity_check(20)")]
    if integrity != ["ok"]:
        report.errors += [f"database: {' '.join(line.split())[:200]}" for line in integrity]
    for row in store.query("PRAGMA foreign_key_check"):
        report.errors.append(f"{rows.with_article(str(row[0]))} record refers to a missing {row[2]}")

    records = _live_records(store, report)
    events: list[Event] = records["event"]
    event = events[0] if events else None
    days = sorted(records["day"], key=lambda d: d.index)
    day_index = {d.id: d.index for d in days}
    # The order of the document: day, session, note.
    sessions = sorted(
        (s for s in records["session"] if s.day_id in day_index), key=lambda s: (day_index[s.day_id], s.order)
    )
    session_index = {s.id: n for n, s in enumerate(sessions)}
    items = sorted(
        (i for i in records["item"] if i.session_id in session_index),
        key=lambda i: (session_index[i.session_id], i.order),
    )
    live_sessions = set(session_index)
    attachments = [a for a in records["attachment"] if a.session_id is None or a.session_id in live_sessions]
    if event is None and not any("event record" in e for e in report.errors):
        report.errors.append("the file holds no event record")
    title = event.title if event else "The event"
    report.facts.append(
        f"{title}: {len(days)} days, {len(sessions)} sessions, {len(items)} items,"
        f" {len(records['person'])} people, {len(attachments)} attachments"
    )
    if event is not None:
        for day in days:
            expected = event.start + dt.timedelta(days=day.index - 1)
            if day.date != expected:
                report.warnings.append(f"day {day.index} is dated {day.date}, expected {expected}")
    with_notes = {i.session_id for i in items}
    for session in sessions:
        if session.id not in with_notes and not session.summary.strip():
            report.warnings.append(f"session '{session.title}' has no notes and no summary yet")
    for item in items:
        if item.action is not None and not item.action.owner:
            report.warnings.append(f"action '{_short(item.text)}' has no owner")
    for item in items:
        if item.has(Tag.SYNERGY) and item.synergy is not None and len(item.synergy.parties) < 2:
            report.warnings.append(f"synergy '{_short(item.text)}' names fewer than two parties")
    if verify_blobs:
        for (rowid,) in store.query("SELECT rowid FROM blob ORDER BY rowid"):
            try:
                with rows.decoding("attachment data", store.path.name):
                    row = store.query("SELECT sha256, size FROM blob WHERE rowid = ?", (rowid,))[0]
                    sha, expected_size = rows.text_of(row, "sha256"), row["size"]
            except DamagedRecordError as exc:
                report.errors.append(f"attachment data record {rowid} is damaged: it holds {exc.reason}")
                continue
            digest = hashlib.sha256()
            size = 0
            for chunk in store.blob_chunks(sha):
                digest.update(chunk)
                size += len(chunk)
            if digest.hexdigest() != sha or size != expected_size:
                report.errors.append(f"attachment data {sha[:12]}… does not match its checksum")
    for attachment in attachments:
        if not store.query("SELECT 1 FROM blob WHERE sha256 = ?", (attachment.sha256,)):
            report.errors.append(f"attachment {attachment.filename} has no data")
    return report


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 50 else flat[:49] + "…"
