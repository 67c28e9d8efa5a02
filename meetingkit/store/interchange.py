"""The JSON interchange format: a versioned, schema-described, lossless copy of an event file.

Every record keeps its id, stamps and tombstone, and attachment bytes travel base64-encoded, so
`export --to json` then `import` into a new file gives the same event, and importing into a file
that already holds the event updates it record by record (the newer `updated_at` wins).

Both directions stream (interchange_writer.py, interchange_reader.py): memory is bounded by one page of
records and one attachment, whatever the size of the event. An import is one transaction: records are
written as they are read, a page at a time, and the first problem rolls everything back, so a refused
file leaves nothing behind while a good one is read only once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

# The C backend by name: it is the speed, and a bundler sees the import (ijson picks backends at run time).
import ijson.backends.yajl2_c as ijson
from ijson.common import JSONError

from meetingkit.core.atomic import clear_leftovers, output_error, partial_name
from meetingkit.core.errors import UserError
from meetingkit.store import consent, rows
from meetingkit.store.eventstore import EventStore
from meetingkit.store.interchange_format import (
    BOOL_COLUMNS,
    FORMAT,
    KEYS,
    STAMPS,
    TABLES,
    VERSION,
    schema,
)
from meetingkit.store.interchange_reader import (
    BUFFER,
    Blob,
    Record,
    check_file,
    first_event,
    open_source,
    quote,
    read,
)
from meetingkit.store.interchange_writer import export_json
from meetingkit.store.replica import HISTORY_TABLES, changes_listed_at_end

__all__ = [
    "FORMAT",
    "KEYS",
    "TABLES",
    "VERSION",
    "ImportReport",
    "check_file",
    "create_from_json",
    "export_json",
    "import_json_file",
    "schema",
]

# Records written per statement batch: large enough that SQLite's per-statement cost vanishes, small
# enough that a page of notes stays a few hundred kilobytes.
_PAGE: Final = 500
# Tables whose records have search entries (indexing.py).
_SEARCHED: Final = ("session", "item", "attachment")


@dataclass
class ImportReport:
    """What an import did: records created, updated and unchanged, and notes for the user."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)


# Columns added after a JSON file may have been written: its records get the column's default.
_LATER_COLUMNS: Final[dict[str, dict[str, object]]] = {"event": {"timezone": ""}}


# How every stamp is stored (rows.ts): a file written by meetingkit needs no conversion.
_STORED_STAMP: Final = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")


def _stamp(value: Any) -> Any:
    if type(value) is not str or not value or _STORED_STAMP.fullmatch(value):
        return value
    # One spelling (UTC, Z, milliseconds): the merge compares stamps as text.
    return rows.ts(dt.datetime.fromisoformat(value.replace("Z", "+00:00")))


# One encoder for every list column: json.dumps with options builds one per call (two lists a note).
_LIST: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _json_list(value: Any) -> str:
    return _LIST.encode(value) if value else "[]"


def _consent(value: Any) -> str:
    return consent.from_legacy(value, chosen=False).value  # a version 1 yes: nobody can say who chose it


def _converters(table: str, columns: Iterable[str]) -> list[tuple[str, Any, Callable[[Any], Any] | None]]:
    """Per column of `table`: its name, its default when a record lacks it, how a JSON value is stored."""
    plan: list[tuple[str, Any, Callable[[Any], Any] | None]] = []
    for column in columns:
        convert: Callable[[Any], Any] | None = None
        if column in TABLES[table]:
            convert = _json_list
        elif column in BOOL_COLUMNS.get(table, ()):
            convert = lambda value: int(bool(value))  # noqa: E731 (one line, named by its slot)
        elif table == "attachment" and column == "consent":
            convert = _consent
        elif column in STAMPS:
            convert = _stamp
        plan.append((column, _LATER_COLUMNS.get(table, {}).get(column), convert))
    return plan


def _to_row(
    record: dict[str, Any], plan: list[tuple[str, Any, Callable[[Any], Any] | None]]
) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for column, default, convert in plan:
        value = record.get(column, default)
        row[column] = value if convert is None else convert(value)
    return row


class _Writer:
    """Writes the records of one import into the open transaction, a page per table at a time."""

    def __init__(self, store: EventStore, conn: sqlite3.Connection, *, reindex_all: bool) -> None:
        self.store = store
        self.conn = conn
        self.report = ImportReport()
        self.pending: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
        self.columns = {table: self._columns(table) for table in TABLES}
        self.plans = {table: _converters(table, self.columns[table]) for table in TABLES}
        self.changed: dict[str, list[str]] = {table: [] for table in _SEARCHED}
        self.reindex_all = reindex_all

    def _columns(self, table: str) -> list[str]:
        return [row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")]

    def add(self, record: Record) -> None:
        page = self.pending[record.table]
        page.append(_to_row(record.values, self.plans[record.table]))
        if len(page) >= _PAGE:
            self.flush(record.table)

    def flush(self, table: str) -> None:
        """Write the table's pending page: new records in one statement batch, newer ones in another."""
        page = self.pending[table]
        if not page:
            return
        self.pending[table] = []
        ids = [row["id"] for row in page]
        marks = ",".join("?" * len(ids))
        stored = dict(
            self.conn.execute(f"SELECT id, updated_at FROM {table} WHERE id IN ({marks})", ids).fetchall()
        )
        new, newer = [], []
        for row in page:
            if row["id"] not in stored:
                new.append(row)
            elif row["updated_at"] > stored[row["id"]]:
                newer.append(row)
        columns = self.columns[table]
        if new:
            names = ", ".join(columns)
            values = ", ".join(f":{c}" for c in columns)
            self.conn.executemany(f"INSERT INTO {table}({names}) VALUES ({values})", new)
        if newer:
            assignments = ", ".join(f"{c} = :{c}" for c in columns if c != "id")
            self.conn.executemany(f"UPDATE {table} SET {assignments} WHERE id = :id", newer)
        self.report.created += len(new)
        self.report.updated += len(newer)
        self.report.unchanged += len(page) - len(new) - len(newer)
        if table in self.changed and not self.reindex_all:
            self.changed[table].extend(row["id"] for row in [*new, *newer])

    def finish(self) -> None:
        for table in TABLES:
            self.flush(table)
        if self.reindex_all:
            self.store.reindex_all(self.conn)
            return
        # Only what this import changed: a session's entry, then its notes' and attachments' entries.
        for table in _SEARCHED:
            for record in self.changed[table]:
                self.store._reindex_record(self.conn, table, record)


def _import(store: EventStore, source: Path, *, event_id: str | None, reindex_all: bool) -> ImportReport:
    """Stream `source` into `store` in one transaction; `event_id`: the event the file must hold."""
    name = source.name
    conn: sqlite3.Connection | None = None
    try:
        with store.transaction() as conn:
            # References are checked all at once below, so a dangling one can be named by its field.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            if event_id is None:
                # A new file holds only what this import writes, from cleaned str values: its text is UTF-8
                # by construction, so SQLite's own decoder reads it back for the flush and the index (the
                # store's checking decoder is a Python call per value: ~30 per note).
                conn.text_factory = str
                # The placeholder records `create` made are replaced by the file's own, in the same commit,
                # and so is their history: merged into a copy of the event, they were a second event.
                for table in (*reversed(list(KEYS)), *HISTORY_TABLES):
                    conn.execute(f"DELETE FROM {table}")
            writer = _Writer(store, conn, reindex_all=reindex_all)
            with changes_listed_at_end(conn) if event_id is None else contextlib.nullcontext():
                for piece in read(source):
                    if isinstance(piece, Blob):
                        store.put_blob(piece.data)
                        continue
                    if piece.table == "event" and event_id is not None and piece.values["id"] != event_id:
                        raise UserError(
                            f"{name} holds another event ('{quote(piece.values['title'])}') than"
                            f" {store.path.name} ('{quote(store.event().title)}'); import it into a new file"
                            " instead."
                        )
                    writer.add(piece)
                writer.finish()
            problem = conn.execute("PRAGMA foreign_key_check").fetchone()
            if problem is not None:
                table, rowid, parent, fkid = problem
                raise UserError(
                    f"{name}: field {_field_of(conn, source, table, rowid, fkid)}: refers to a {parent}"
                    " that is not in the file"
                )
    except sqlite3.IntegrityError as exc:
        raise UserError(
            f"{name}: the records do not fit together ({quote(exc)}); nothing was imported"
        ) from None
    finally:
        if conn is not None:
            conn.text_factory = str
    return writer.report


def _field_of(conn: sqlite3.Connection, source: Path, table: str, rowid: int, fkid: int) -> str:
    """Where in the JSON a dangling reference sits, e.g. items[3].session_id (the file is read again
    for it: only when there is such an error)."""
    column = next((r[3] for r in conn.execute(f"PRAGMA foreign_key_list({table})") if r[0] == fkid), "")
    key = KEYS.get(table, table)
    row = conn.execute(f"SELECT id FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
    if row is not None and key != "event":
        with open_source(source) as handle, contextlib.suppress(JSONError):
            for index, record in enumerate(ijson.items(handle, f"{key}.item", buf_size=BUFFER)):
                if isinstance(record, dict) and record.get("id") == row[0]:
                    return f"{key}[{index}].{column}"
    return f"{key}.{column}"


def import_json_file(store: EventStore, source: Path) -> ImportReport:
    """Merge the interchange file `source` into `store`: new records are added, newer ones replace older;
    the search index is brought up to date for the records that changed."""
    return _import(store, source, event_id=store.event().id, reindex_all=False)


def create_from_json(target: Path, source: Path, *, author: str | None = None) -> EventStore:
    """Create a new event file holding exactly the event described by `source`.

    Built whole under a temporary name in the target's folder and renamed into place: a kill or a
    failure leaves no file at `target` or a complete one, never a half-imported event.
    """
    target = Path(target)
    event = first_event(source)
    if target.exists():
        raise UserError(f"{target.name} already exists; choose another name or import into it.")
    clear_leftovers(target)
    partial = partial_name(target)
    try:
        store = EventStore.create(
            partial, title=event["title"], start=event["start_date"], end=event["end_date"], author=author
        )
    except UserError as exc:
        _remove(partial)
        # Its sentence names the temporary file; the user only knows the one they asked for.
        raise UserError(str(exc).replace(partial.name, target.name)) from None
    except OSError as exc:
        _remove(partial)
        raise output_error(target, exc) from None
    try:
        _import(store, source, event_id=None, reindex_all=True)
        store.close()
        if target.exists():  # made by someone else meanwhile: never replace it
            raise UserError(f"{target.name} already exists; choose another name or import into it.")
        os.replace(partial, target)
    except OSError as exc:
        store.close()
        _remove(partial)
        raise output_error(target, exc) from None
    except UserError as exc:  # a full disk met by SQLite, a record that does not fit
        store.close()
        _remove(partial)
        raise UserError(str(exc).replace(partial.name, target.name)) from None
    except BaseException:
        store.close()
        _remove(partial)
        raise
    return EventStore.open(target, author=author)


def _remove(partial: Path) -> None:
    """The partial event file and what SQLite keeps beside it (its journal, the store's `.new`)."""
    for path in [partial, *partial.parent.glob(glob.escape(partial.name) + "[-.]*")]:
        with contextlib.suppress(OSError):
            path.unlink()
