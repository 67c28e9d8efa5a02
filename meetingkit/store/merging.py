"""Merging rapporteurs' files into one: every input checked first, all of them folded in one transaction.

Each input's Yjs document is read (or, for a file from before replication, the base its rows would get),
and what FILE lacks is applied to FILE's replica (replica.py): new records are added, each field takes the
value its registers say, concurrent edits become conflicts, and the photos' bytes the new records need are
copied chunk by chunk. Nothing is compared by wall-clock time and a record missing from an input is never
a deletion.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from meetingkit.store import replica as rep
from meetingkit.store import rows
from meetingkit.store.errors import DamagedFileError
from meetingkit.store.register_conflicts import Conflict, conflicts
from meetingkit.store.registers import Entry

if TYPE_CHECKING:
    from pycrdt import Doc, Map  # imported when a document is built (replica.new_doc)


@dataclass(frozen=True)
class Input:
    """An input file, checked and read: its name, its document, and a connection to read its photos from."""

    path: Path
    conn: sqlite3.Connection
    doc: Doc[Any]


@dataclass(frozen=True)
class MergeReport:
    """What merging one file brought: records added, fields changed, and the conflicts left open."""

    name: str
    added: int  # records new to FILE
    changed: int  # fields of FILE's records whose value changed
    conflicts: tuple[Conflict, ...]  # conflicts this input brought that are open after the merge


class _DryRun(Exception):
    pass


def read_input(path: Path, conn: sqlite3.Connection, known: Set[str]) -> Input:
    """Read and check another file's document: a damaged update or entry refuses the file, naming it.

    `known`: the entry ids FILE holds already. Entries are immutable, so only the others can bring
    anything, and only they are decoded here (the whole document of a congress is 100,000 entries).
    """
    try:
        with rep.other_document(conn) as doc:
            entries: Map[str] = doc["entries"]
            for key in set(entries.keys()) - known:
                entry = Entry.from_json(key, entries[key])
                if entry.table not in rep.TABLES or not isinstance(entry.values, dict) or not entry.record:
                    raise ValueError(f"entry {key}")
            return Input(path, conn, doc)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DamagedFileError(
            f"{path.name} is damaged (its replicated changes do not read: {type(exc).__name__}); nothing was merged."
        ) from None


def known_entries(conn: sqlite3.Connection) -> set[str]:
    """The ids of every register entry FILE holds."""
    return {str(r[0]) for r in conn.execute("SELECT id FROM reg_entry")}


def fold(conn: sqlite3.Connection, replica: rep.Replica, inputs: Sequence[Input]) -> list[MergeReport]:
    """Apply every input to FILE's replica inside the caller's transaction; returns one report per input.

    Every record an input brings is read back from its row as written here, whole: a record no file may
    hold (an impossible date, a broken list) refuses the merge naming that input, before it is committed.
    """
    conn.execute("PRAGMA defer_foreign_keys = ON")  # photos' bytes are copied after their records
    reports: list[MergeReport] = []
    for source in inputs:
        update = bytes(source.doc.get_update(replica.state()))
        applied = replica.apply(conn, update)
        _verify_brought(conn, source.path, applied.records)
        _copy_missing_blobs(conn, source.conn)
        new_ids = {e.id for e in applied.entries}
        touched = {record for _table, record in applied.records}
        notes = [record for table, record in applied.records if table == "item"]
        # A note added to a session deleted here is the session's conflict.
        touched |= {
            str(r[0])
            for r in conn.execute(
                "SELECT DISTINCT session_id FROM item WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(notes),),
            )
        }
        entries = replica.entries_by_record(conn, touched)
        brought: list[Conflict] = []
        for record in sorted(touched):
            written = entries.get(record, [])
            if len(written) < 2 and not (written and written[0].table == "session"):
                continue  # one write is no conflict (but notes added to a deleted session are)
            before = {c.id for c in conflicts([e for e in entries[record] if e.id not in new_ids])}
            brought += [c for c in replica.conflicts_of(conn, record) if c.id not in before]
        reports.append(MergeReport(source.path.name, applied.added, applied.changed, tuple(brought)))
    return reports


def _verify_brought(conn: sqlite3.Connection, path: Path, records: Iterable[tuple[str, str]]) -> None:
    """Read the rows of the records an input brought, whole: a damaged one is that input's damage."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, record in records:
        by_table[table].append(record)
    for table, ids in by_table.items():
        if table not in rows.RECORD_TABLES:
            continue  # the assistant's drafts: read (and checked) where they are used
        with rows.decoding(rows.RECORD_TABLES[table][0], path.name):
            for row in conn.execute(
                f"SELECT * FROM {table} WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
            ):
                rows.record_from(table, row)


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
