"""Merging rapporteurs' files into one: every input checked first, all of them folded in one transaction.

Each input's Yjs document is read (or, for a file from before replication, the base its rows would get),
and what FILE lacks is applied to FILE's replica (replica.py): new records are added, each field takes the
value its registers say, concurrent edits become conflicts, and the photos' bytes the new records need are
copied chunk by chunk. Nothing is compared by wall-clock time and a record missing from an input is never
a deletion.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pycrdt import Doc, Map

from meetingkit.store import replica as rep
from meetingkit.store.errors import DamagedFileError
from meetingkit.store.registers import Conflict, Entry, conflicts


@dataclass(frozen=True)
class Input:
    """An input file, checked and read: its name, its document, and a connection to read its photos from."""

    path: Path
    conn: sqlite3.Connection
    doc: Doc[Any]


@dataclass(frozen=True)
class MergeReport:
    name: str
    added: int  # records new to FILE
    changed: int  # fields of FILE's records whose value changed
    conflicts: tuple[Conflict, ...]  # conflicts this input brought that are open after the merge


class _DryRun(Exception):
    pass


def read_input(path: Path, conn: sqlite3.Connection) -> Input:
    """Read and check another file's document: a damaged update or entry refuses the file, naming it."""
    try:
        with rep.other_document(conn) as doc:
            entries: Map[str] = doc["entries"]
            for key, body in entries.items():
                entry = Entry.from_json(key, body)
                if entry.table not in rep.TABLES or not isinstance(entry.values, dict) or not entry.record:
                    raise ValueError(f"entry {key}")
            return Input(path, conn, doc)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DamagedFileError(
            f"{path.name} is damaged (its replicated changes do not read: {type(exc).__name__}); nothing was merged."
        ) from None


def fold(conn: sqlite3.Connection, replica: rep.Replica, inputs: Sequence[Input]) -> list[MergeReport]:
    """Apply every input to FILE's replica inside the caller's transaction; returns one report per input."""
    conn.execute("PRAGMA defer_foreign_keys = ON")  # photos' bytes are copied after their records
    reports: list[MergeReport] = []
    for source in inputs:
        update = bytes(source.doc.get_update(replica.state()))
        applied = replica.apply(conn, update)
        _copy_missing_blobs(conn, source.conn)
        new_ids = {e.id for e in applied.entries}
        brought: list[Conflict] = []
        touched = set(applied.records)
        for table, record in applied.records:
            if table == "item":  # a note added to a session deleted here is the session's conflict
                row = conn.execute("SELECT session_id FROM item WHERE id = ?", (record,)).fetchone()
                if row is not None:
                    touched.add(("session", row[0]))
        for _table, record in sorted(touched):
            entries = replica.entries_of(conn, record)
            before = {c.id for c in conflicts([e for e in entries if e.id not in new_ids])}
            brought += [c for c in replica.conflicts_of(conn, record) if c.id not in before]
        reports.append(MergeReport(source.path.name, applied.added, applied.changed, tuple(brought)))
    return reports


def _copy_missing_blobs(conn: sqlite3.Connection, source: sqlite3.Connection) -> None:
    """Bytes of attachments FILE now lists but does not hold, one chunk at a time (never a whole photo)."""
    missing = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT a.sha256 FROM attachment a LEFT JOIN blob b ON b.sha256 = a.sha256 WHERE b.sha256 IS NULL"
        )
    ]
    for sha in missing:
        blob = source.execute("SELECT size, chunks FROM blob WHERE sha256 = ?", (sha,)).fetchone()
        if blob is None:
            continue  # the foreign-key check names it
        conn.execute("INSERT INTO blob(sha256, size, chunks) VALUES (?,?,?)", (sha, blob[0], blob[1]))
        for seq, data in source.execute(
            "SELECT seq, data FROM blob_chunk WHERE sha256 = ? ORDER BY seq", (sha,)
        ):
            conn.execute("INSERT INTO blob_chunk(sha256, seq, data) VALUES (?,?,?)", (sha, seq, data))
