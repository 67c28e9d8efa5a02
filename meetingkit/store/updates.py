"""Update files: what one copy of an event holds and another lacks, in one immutable file to hand over.

An update file (``NAME.mkupdate``, format 1) is a small SQLite database, application id "MKUP":

* ``header`` (one row): the format, the event's id and title, who sent it and when, ``since`` (the Yjs state
  vector the receiver is known to hold), ``state`` (the sender's whole state vector when it was written),
  ``holds`` (the hashes of every photo or slide the sender held) and ``previous`` (the update file this one
  follows, when it counts from the last send to the same folder);
* ``yupdate`` (one row): the Yjs update of everything the sender's document holds beyond ``since``;
* ``blob`` / ``blob_chunk``: the bytes of attachments the receiver is not known to hold, in the event
  file's own tables, so merging copies them exactly as it does from a ``.meeting`` file.

What the receiver lacks is known, in order of preference, from a file of theirs (``--for THEIR.meeting``:
its state vector and photos, exact), from an update file they sent (its ``state`` and ``holds``: what they
had when they wrote it), or else from the last update this author wrote into the same folder (each send then
holds what changed since the previous one, and names it). An update the receiver cannot use yet (it builds
on an earlier one the receiver has not merged) is refused in one sentence naming that earlier file: Yjs would
otherwise hold it back silently, and the file's update log would not keep it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from meetingkit.core import atomic
from meetingkit.store import replica as rep
from meetingkit.store import trust
from meetingkit.store.connection import inspect_file
from meetingkit.store.errors import DamagedFileError, NewerFileError, NotAnEventFileError, StoreUserError
from meetingkit.store.merging import Input
from meetingkit.store.registers import Entry
from meetingkit.store.schema import BLOB_TABLES
from meetingkit.store.yjs_encoding import EMPTY_STATE, decode_state, encode_state

if TYPE_CHECKING:
    from pycrdt import Doc, Map  # imported when a document is built (replica.new_doc)

APPLICATION_ID: Final = 0x4D4B5550  # "MKUP"
FORMAT: Final = 1
SUFFIX: Final = ".mkupdate"

SCHEMA: Final = f"""
CREATE TABLE header (
    format INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    event_title TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    since BLOB NOT NULL,
    state BLOB NOT NULL,
    holds TEXT NOT NULL,
    previous TEXT NOT NULL
) STRICT;
CREATE TABLE yupdate (data BLOB NOT NULL) STRICT;
{BLOB_TABLES}"""


class NotYetError(StoreUserError):
    """An update file builds on changes the receiver does not hold yet: merge the one it follows first."""


@dataclass(frozen=True)
class Header:
    """An update file's header: which event, who wrote it, when, and what it holds."""

    event_id: str
    event_title: str
    author: str
    created_at: str
    since: bytes
    state: bytes
    holds: frozenset[str]
    previous: str


@dataclass(frozen=True)
class Baseline:
    """What the receiver is known to hold: a Yjs state vector and the attachments' hashes."""

    since: bytes = EMPTY_STATE
    covers: frozenset[str] = frozenset()
    previous: str = ""  # the update file this one follows


@dataclass(frozen=True)
class Sent:
    """An update file written: where, its size, and how many attachments it carries."""

    path: Path
    size: int  # bytes on disk
    blobs: int  # attachments' contents it carries


@dataclass(frozen=True)
class UpdateInput(Input):
    """An update file to merge: its header and Yjs update; `doc` is set by `prepare` (receiver + update)."""

    header: Header = Header("", "", "", "", EMPTY_STATE, EMPTY_STATE, frozenset(), "")
    update: bytes = b""


# ---------------------------------------------------------------------- state vectors


def covers(have: bytes, need: bytes) -> bool:
    """True when a replica at state `have` holds everything a replica at `need` held."""
    held = decode_state(have)
    return all(held.get(client, 0) >= clock for client, clock in decode_state(need).items())


def _union(states: Iterable[bytes]) -> bytes:
    merged: dict[int, int] = {}
    for data in states:
        for client, clock in decode_state(data).items():
            merged[client] = max(merged.get(client, 0), clock)
    return encode_state(merged)


# ---------------------------------------------------------------------- reading


def is_update_file(path: Path) -> bool:
    """An SQLite file with the update files' application id (anything else goes the event files' way)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False  # a pipe or device: opening it could wait forever; the event-file checks name it
        # O_NONBLOCK: should the path become a FIFO after the check above, the read fails instead of waiting.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            head = os.read(fd, 100)
        finally:
            os.close(fd)
    except OSError:
        return False
    return (
        head.startswith(b"SQLite format 3\x00")
        and len(head) == 100
        and head[68:72] == APPLICATION_ID.to_bytes(4, "big")
    )


def _expected_schema() -> dict[str, trust.SchemaEntry]:
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.executescript(SCHEMA)
        return trust.schema_of(conn)


def open_update(path: Path) -> tuple[sqlite3.Connection, Header]:
    """A read-only connection to an update file and its header, checked; one sentence if it is not one."""
    name = path.name
    trust.require_regular_file(path)
    if not is_update_file(path):
        raise NotAnEventFileError(f"{name} is not a meetingkit update file.")
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise StoreUserError(f"{name} cannot be read: {exc.strerror or exc}.") from None
    trust.refuse_wal(path, head)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        raise DamagedFileError(f"{name} cannot be opened: {exc}.") from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        trust.bound_work(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > FORMAT:
            raise NewerFileError(
                f"{name} was written by a newer meetingkit (update format {version}, this version reads up to"
                f" {FORMAT}); please update meetingkit."
            )
        if trust.schema_of(conn) != _expected_schema():
            raise DamagedFileError(
                f"{name} is damaged (its tables are not an update file's); nothing was merged."
            )
        conn.set_progress_handler(None, 0)  # our own schema: only our SQL runs from here
        rows = conn.execute(
            "SELECT format, event_id, event_title, author, created_at, since, state, holds, previous FROM header"
        ).fetchall()
        if len(rows) != 1 or rows[0][0] != version:
            raise DamagedFileError(f"{name} is damaged (its header does not read); nothing was merged.")
        row = rows[0]
        holds = json.loads(row[7])
        if not isinstance(holds, list) or not all(isinstance(h, str) for h in holds):
            raise ValueError("holds")
        decode_state(row[5])
        decode_state(row[6])
        header = Header(
            str(row[1]),
            str(row[2]),
            str(row[3]),
            str(row[4]),
            bytes(row[5]),
            bytes(row[6]),
            frozenset(holds),
            str(row[8]),
        )
        return conn, header
    except (sqlite3.DatabaseError, ValueError, TypeError, UnicodeDecodeError):
        conn.close()
        raise DamagedFileError(f"{name} is damaged and cannot be read safely; nothing was merged.") from None
    except BaseException:
        conn.close()
        raise


def read_input(path: Path, event_id: str, event_title: str, into: str) -> UpdateInput:
    """An update file checked for merging into the event `event_id` (named `into`); the caller closes its conn."""
    conn, header = open_update(path)
    try:
        if header.event_id != event_id:
            raise StoreUserError(
                f"{path.name} holds changes of another event ('{header.event_title}') than {into}"
                f" ('{event_title}'); nothing was merged."
            )
        updates = conn.execute("SELECT data FROM yupdate").fetchall()
        if len(updates) != 1 or not isinstance(updates[0][0], bytes):
            raise DamagedFileError(f"{path.name} is damaged (it holds no update); nothing was merged.")
    except sqlite3.DatabaseError:
        conn.close()
        raise DamagedFileError(
            f"{path.name} is damaged and cannot be read safely; nothing was merged."
        ) from None
    except BaseException:
        conn.close()
        raise
    from pycrdt import Doc

    return UpdateInput(path, conn, Doc(), header=header, update=bytes(updates[0][0]))


def prepare(inputs: Sequence[Input], receiver: Doc[Any], into: str) -> list[Input]:
    """The inputs in an order where each update file finds what it builds on, each with a document holding it.

    Event files come first (they are whole); then update files, each once the receiver and the inputs before it
    hold its `since`. An update that can never be used here, or whose content does not read, refuses the merge.
    """
    waiting = [i for i in inputs if isinstance(i, UpdateInput)]
    if not waiting:
        return list(inputs)
    ordered = [i for i in inputs if not isinstance(i, UpdateInput)]
    running = rep.new_doc()
    running.apply_update(receiver.get_update())
    for source in ordered:
        running.apply_update(source.doc.get_update())
    entries: Map[str] = running["entries"]
    known = set(entries.keys())
    while waiting:
        state = bytes(running.get_state())
        ready = next((u for u in waiting if covers(state, u.header.since)), None)
        if ready is None:
            first = waiting[0]
            earlier = f" (merge {first.header.previous} first)" if first.header.previous else ""
            raise NotYetError(
                f"{first.path.name} builds on changes {into} does not hold yet{earlier}; nothing was merged."
            )
        try:
            running.apply_update(ready.update)
            fresh = set(entries.keys()) - known
            for key in fresh:
                entry = Entry.from_json(key, entries[key])
                if entry.table not in rep.TABLES or not isinstance(entry.values, dict) or not entry.record:
                    raise ValueError(f"entry {key}")
        except (ValueError, KeyError, TypeError, AttributeError, RuntimeError):
            raise DamagedFileError(
                f"{ready.path.name} is damaged (its changes do not read); nothing was merged."
            ) from None
        known |= fresh
        doc = rep.new_doc()
        doc.apply_update(running.get_update())
        ordered.append(replace(ready, doc=doc))
        waiting.remove(ready)
    return ordered


# ---------------------------------------------------------------------- what the receiver holds


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)


def baseline_of(path: Path, event_id: str) -> Baseline:
    """What the owner of `path` (their .meeting file, or an update file they sent) holds of event `event_id`."""
    if is_update_file(path):
        conn, header = open_update(path)
        conn.close()
        if header.event_id != event_id:
            raise StoreUserError(f"{path.name} holds changes of another event ('{header.event_title}').")
        return Baseline(header.state, header.holds)
    inspect_file(path)
    with closing(_read_only(path)) as conn:
        row = conn.execute("SELECT id, title FROM event").fetchone()
        if row is None or row[0] != event_id:
            raise StoreUserError(f"{path.name} holds another event ('{row[1] if row else 'no event'}').")
        with rep.other_document(conn) as doc:
            state = bytes(doc.get_state())
        held = frozenset(str(r[0]) for r in conn.execute("SELECT sha256 FROM blob"))
    return Baseline(state, held)


def baseline_in_folder(folder: Path, event_id: str, author: str) -> Baseline:
    """What a receiver who merged every update `author` wrote into `folder` for this event holds."""
    headers: list[tuple[str, str, Header]] = []
    try:
        candidates = sorted(folder.glob(f"*{SUFFIX}"))
    except OSError:
        candidates = []
    for path in candidates:
        try:
            conn, header = open_update(path)
        except StoreUserError:
            continue  # not ours to judge here: the receiver names it
        conn.close()
        if header.event_id == event_id and header.author == author:
            headers.append((header.created_at, path.name, header))
    if not headers:
        return Baseline()
    headers.sort()
    return Baseline(
        _union(h.state for _at, _name, h in headers),
        frozenset().union(*(h.holds for _at, _name, h in headers)),
        headers[-1][1],
    )


# ---------------------------------------------------------------------- writing


def write(source: Path, target: Path, *, author: str, baseline: Baseline) -> Sent:
    """Write the update file `target`: what `source` (an event file) holds beyond `baseline`; whole or absent."""
    with closing(_read_only(source)) as conn:
        event = conn.execute("SELECT id, title FROM event").fetchone()
        with rep.other_document(conn) as doc:
            update = bytes(doc.get_update(baseline.since))
            state = bytes(doc.get_state())
        holds = sorted(str(r[0]) for r in conn.execute("SELECT sha256 FROM blob"))
        carried = [sha for sha in holds if sha not in baseline.covers]
        atomic.clear_leftovers(target)
        partial = atomic.partial_name(target)
        try:
            with closing(sqlite3.connect(partial, isolation_level=None)) as out:
                # A fresh file, renamed into place only when complete: no journal. Six small tables in
                # 4 KiB pages would take 24 KiB; 1 KiB pages keep a few notes' update small.
                out.execute("PRAGMA journal_mode = OFF")
                out.execute("PRAGMA page_size = 1024")
                out.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                out.execute(f"PRAGMA user_version = {FORMAT}")
                out.execute("BEGIN")
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        out.execute(statement)
                out.execute(
                    "INSERT INTO header VALUES (?,?,?,?,?,?,?,?,?)",
                    (
                        FORMAT,
                        event[0],
                        event[1],
                        author,
                        dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
                        baseline.since,
                        state,
                        json.dumps(holds),
                        baseline.previous,
                    ),
                )
                out.execute("INSERT INTO yupdate(data) VALUES (?)", (update,))
                for sha in carried:
                    blob = conn.execute(
                        "SELECT sha256, size, chunks FROM blob WHERE sha256 = ?", (sha,)
                    ).fetchone()
                    out.execute("INSERT INTO blob VALUES (?,?,?)", tuple(blob))
                    # One chunk at a time: a presentation is never held whole in memory.
                    for chunk in conn.execute(
                        "SELECT sha256, seq, data FROM blob_chunk WHERE sha256 = ? ORDER BY seq", (sha,)
                    ):
                        out.execute("INSERT INTO blob_chunk VALUES (?,?,?)", tuple(chunk))
                out.execute("COMMIT")
            with open(partial, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise atomic.output_error(target, exc) from None
        except sqlite3.Error as exc:
            partial.unlink(missing_ok=True)
            raise atomic.OutputError(
                f"Cannot write {target}: {exc}; nothing was left half written."
            ) from None
    return Sent(target, target.stat().st_size, len(carried))
