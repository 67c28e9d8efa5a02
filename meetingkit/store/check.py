"""`meetingkit check`: the integrity and consistency report of an event file.

SQLite's check of every page and every reference runs on a thread of its own while the records are
decoded: it works in C without Python's lock, so on two cores neither waits for the other. Records
stream through one query per table, and of the notes only what the report needs is kept. A damaged
record is listed (kind, row, what is wrong) and the report on all the others still comes out: from the
first row that does not decode, the rest of its table is decoded record by record.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from meetingkit.core.model import Event, Item, Tag
from meetingkit.store import rows
from meetingkit.store.connection import connect
from meetingkit.store.errors import DamagedFileError, DamagedRecordError, translate
from meetingkit.store.eventstore import EventStore


@dataclass
class CheckReport:
    """What `meetingkit check` found: errors, warnings, and the facts of a healthy file."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class _Notes:
    """What the report needs of the notes, taken from each as it is decoded: the notes themselves, at
    100,000 of them, would be most of the memory `check` needs."""

    per_session: Counter[str] = field(default_factory=Counter)
    # (session id, order, text) of each action without an owner, and of each synergy naming fewer than two parties.
    unowned: list[tuple[str, int, str]] = field(default_factory=list)
    unpaired: list[tuple[str, int, str]] = field(default_factory=list)

    def add(self, item: Item) -> None:
        self.per_session[item.session_id] += 1
        if item.action is not None and not item.action.owner:
            self.unowned.append((item.session_id, item.order, _short(item.text)))
        if item.synergy is not None and len(item.synergy.parties) < 2 and item.has(Tag.SYNERGY):
            self.unpaired.append((item.session_id, item.order, _short(item.text)))


class _PageCheck(threading.Thread):
    """SQLite's integrity_check and foreign_key_check on a connection of this thread's own.

    Their error lines end in `found`; an error SQLite raises instead is kept in `failure`, for the
    caller to raise once it has joined the thread.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__(name="meetingkit check pages", daemon=True)
        self.conn = conn
        self.found: list[str] = []
        self.failure: sqlite3.Error | None = None

    def run(self) -> None:
        if sys.platform == "linux":
            # When this thread and the decoding share one core (a busy machine, or Linux giving each
            # session its share), the decoding goes first: the report waits on it, not on this check.
            # With a core to spare, this runs beside it all the same. (Linux alone takes a thread id here.)
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        try:
            try:
                integrity = [str(r[0]) for r in self.conn.execute("PRAGMA integrity_check(20)")]
            except sqlite3.DatabaseError as exc:
                if exc.sqlite_errorcode != sqlite3.SQLITE_CORRUPT:
                    raise
                # integrity_check also reads every index's entries, and stops at a page it cannot read as
                # one; quick_check does not, and names the page.
                integrity = [str(r[0]) for r in self.conn.execute("PRAGMA quick_check(20)")]
            if integrity != ["ok"]:
                # A row may hold several findings, one a line, after SQLite's "*** in database main ***".
                self.found += [
                    f"database: {' '.join(line.split())[:200]}"
                    for row in integrity
                    for line in row.splitlines()
                    if line.strip() and line.strip() != "*** in database main ***"
                ]
                return  # the references would be read through the damaged pages: what SQLite found is the report
            for row in self.conn.execute("PRAGMA foreign_key_check"):
                self.found.append(f"{rows.with_article(str(row[0]))} record refers to a missing {row[2]}")
        except sqlite3.Error as exc:
            self.failure = exc


def _records(
    store: EventStore, conn: sqlite3.Connection, report: CheckReport, table: str, kind: str
) -> Iterator[Any]:
    """Every live record of `table` that decodes, in row order; each one that does not becomes an error line.

    The table streams through one query on `conn`, decoded under one `decoding` block. Text that is not
    UTF-8 stops the query with an error of sqlite3's own (rows.undecodable_text). Either failure sends the
    rest of the table, from the row that failed, to `_named_records`.
    """
    done: sqlite3.Row | None = None  # the row of the last record handed over
    try:
        with rows.decoding(kind, store.path.name):
            try:
                for row in conn.execute(f"SELECT * FROM {table} WHERE deleted_at IS NULL ORDER BY rowid"):
                    record = rows.record_from(table, row)
                    done = row
                    yield record
                return
            except sqlite3.OperationalError as exc:
                if not rows.undecodable_text(exc):
                    raise  # SQLite's own (a damaged page...): `decoding` maps it
    except DamagedRecordError:
        pass
    # After the last record handed over, found again by its id (every record table's primary key).
    after = (
        None if done is None else store.query(f"SELECT rowid FROM {table} WHERE id = ?", (done["id"],))[0][0]
    )
    yield from _named_records(store, conn, report, table, kind, after)


def _after(rowid: int | None) -> tuple[str, tuple[int, ...]]:
    """The condition (and its parameter) for the rows after `rowid`; all rows if None."""
    return ("", ()) if rowid is None else (" AND rowid > ?", (rowid,))


def _named_records(
    store: EventStore,
    conn: sqlite3.Connection,
    report: CheckReport,
    table: str,
    kind: str,
    after: int | None,
) -> Iterator[Any]:
    """The live records of `table` after row `after` (all if None), each decoded on its own so that each
    damaged one is named. A row whose text `conn` cannot hand over is read through the store's connection
    alone, and the stream goes on after it."""
    while True:
        where, params = _after(after)
        with rows.decoding(kind, store.path.name):
            try:
                for row in conn.execute(
                    f"SELECT rowid AS check_rowid, * FROM {table} WHERE deleted_at IS NULL{where} ORDER BY rowid",
                    params,
                ):
                    after = row["check_rowid"]
                    try:
                        with rows.decoding(kind, store.path.name):
                            record = rows.record_from(table, row)
                    except DamagedRecordError as exc:
                        report.errors.append(
                            f"{_which(store, table, kind, after)} is damaged: it holds {exc.reason}"
                        )
                        continue
                    yield record
                return
            except sqlite3.OperationalError as exc:
                if not rows.undecodable_text(exc):
                    raise
        # The row after the last one handed over failed. rowids are plain integers: finding the next one
        # reads nothing a damaged record could spoil.
        where, params = _after(after)
        (after,) = store.query(
            f"SELECT rowid FROM {table} WHERE deleted_at IS NULL{where} ORDER BY rowid LIMIT 1", params
        )[0]
        try:
            with rows.decoding(kind, store.path.name):
                row = store.query(f"SELECT * FROM {table} WHERE rowid = ?", (after,), kind=kind)[0]
                record = rows.record_from(table, row)
        except DamagedRecordError as exc:
            report.errors.append(f"{_which(store, table, kind, after)} is damaged: it holds {exc.reason}")
            continue
        yield record


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


def _reader(store: EventStore) -> sqlite3.Connection:
    try:
        return connect(store.path, read_only=True)
    except sqlite3.Error as exc:
        raise (translate(exc, store.path) or exc) from None


def _read_all(store: EventStore, report: CheckReport) -> tuple[dict[str, list[Any]], _Notes]:
    """The history and every record (what Python decodes, while SQLite checks the pages on its thread)."""
    if not store.history_reads():
        # Capture does not read it (a note is still saved), but a merge, an update file or a sync would fail.
        report.errors.append(
            "the replicated changes (what merges and sync exchange) do not read;"
            " restore a backup (meetingkit restore FILE --list)"
        )
    records: dict[str, list[Any]] = {}
    notes = _Notes()
    conn = _reader(store)
    try:
        for table, (kind, _decoder) in rows.RECORD_TABLES.items():
            if table == "item":
                for item in _records(store, conn, report, table, kind):
                    notes.add(item)
            else:
                records[table] = list(_records(store, conn, report, table, kind))
    finally:
        conn.close()
    return records, notes


def check(store: EventStore, *, verify_blobs: bool = True) -> CheckReport:
    report = CheckReport()
    pages = _PageCheck(_reader(store))
    pages.conn.text_factory = rows.lenient_text  # integrity_check quotes what it found in damaged pages
    pages.start()
    try:
        records, notes = _read_all(store, report)
    except (DamagedFileError, sqlite3.DatabaseError):
        # A page the records sit on is damaged (the open left reading every page to this check): SQLite's
        # own check, left to finish, names what it found, and that is the report.
        pages.join()
        if not pages.found:
            raise
        report.errors[:0] = pages.found
        return report
    except BaseException:
        pages.conn.interrupt()  # no report will come out: SQLite's check need not run to its end
        raise
    finally:
        pages.join()
        pages.conn.close()
    if pages.failure is not None:
        raise (translate(pages.failure, store.path) or pages.failure) from None
    report.errors[:0] = pages.found

    events: list[Event] = records["event"]
    event = events[0] if events else None
    days = sorted(records["day"], key=lambda d: d.index)
    day_index = {d.id: d.index for d in days}
    # The order of the document: day, session, note.
    sessions = sorted(
        (s for s in records["session"] if s.day_id in day_index), key=lambda s: (day_index[s.day_id], s.order)
    )
    session_index = {s.id: n for n, s in enumerate(sessions)}
    items = sum(count for session_id, count in notes.per_session.items() if session_id in session_index)
    live_sessions = set(session_index)
    attachments = [a for a in records["attachment"] if a.session_id is None or a.session_id in live_sessions]
    if event is None and not any("event record" in e for e in report.errors):
        report.errors.append("the file holds no event record")
    title = event.title if event else "The event"
    report.facts.append(
        f"{title}: {len(days)} days, {len(sessions)} sessions, {items} items,"
        f" {len(records['person'])} people, {len(attachments)} attachments"
    )
    if event is not None:
        for day in days:
            expected = event.start + dt.timedelta(days=day.index - 1)
            if day.date != expected:
                report.warnings.append(f"day {day.index} is dated {day.date}, expected {expected}")
    for session in sessions:
        if not notes.per_session[session.id] and not session.summary.strip():
            report.warnings.append(f"session '{session.title}' has no notes and no summary yet")

    def in_document_order(found: list[tuple[str, int, str]]) -> list[str]:
        live = [note for note in found if note[0] in session_index]
        return [text for _session, _order, text in sorted(live, key=lambda n: (session_index[n[0]], n[1]))]

    report.warnings += [f"action '{text}' has no owner" for text in in_document_order(notes.unowned)]
    report.warnings += [
        f"synergy '{text}' names fewer than two parties" for text in in_document_order(notes.unpaired)
    ]
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
