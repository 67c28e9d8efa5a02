"""Writing the JSON interchange file as a stream: record by record, attachment bytes chunk by chunk.

The text is exactly what `json.dumps(whole_event, ensure_ascii=False, indent=2) + "\\n"` gives for the
event as one dict (records sorted by id, blobs by sha256), so files stay byte-for-byte what earlier
versions wrote, while memory stays bounded: at most one page of records and one blob chunk at a time.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Final

from meetingkit import __version__
from meetingkit.core.atomic import atomic_output
from meetingkit.store.eventstore import EventStore
from meetingkit.store.interchange_format import BOOL_COLUMNS, FORMAT, KEYS, TABLES, VERSION

# Records read per query: enough to amortise the query, few enough that a page of notes is small.
_PAGE: Final = 500


def base64_pieces(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The base64 of the concatenated chunks, piece by piece.

    Only whole 3-byte groups are encoded from each chunk and the remainder is carried into the next,
    so the joined pieces equal the base64 of the whole (no padding in the middle).
    """
    carry = b""
    for chunk in chunks:
        data = carry + chunk if carry else chunk
        cut = len(data) - len(data) % 3
        if cut:
            yield base64.b64encode(memoryview(data)[:cut])
        carry = bytes(data[cut:])
    if carry:
        yield base64.b64encode(carry)


def _row_to_json(table: str, row: sqlite3.Row) -> dict[str, Any]:
    record: dict[str, Any] = dict(row)
    for column in TABLES[table]:
        record[column] = json.loads(record[column])
    for column in BOOL_COLUMNS.get(table, ()):
        record[column] = bool(record[column])
    return record


def _records(store: EventStore, table: str) -> Iterator[dict[str, Any]]:
    """The table's records sorted by id, a page at a time (the 100,000 notes of a congress never at once)."""
    last: str | None = None
    while True:
        if last is None:
            page = store.query(f"SELECT * FROM {table} ORDER BY id LIMIT {_PAGE}")
        else:
            page = store.query(f"SELECT * FROM {table} WHERE id > ? ORDER BY id LIMIT {_PAGE}", (last,))
        for row in page:
            yield _row_to_json(table, row)
        if len(page) < _PAGE:
            return
        last = page[-1]["id"]


def _dumped(value: Any, indent: str) -> str:
    # JSON escapes every newline inside strings, so each line break of the text is the indent's.
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


class _Out:
    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle

    def text(self, text: str) -> None:
        # A lone surrogate that slipped past the text cleaning must not cost the user the whole file.
        self._handle.write(text.encode("utf-8", "replace"))

    def raw(self, data: bytes) -> None:
        self._handle.write(data)


def write_event(store: EventStore, handle: BinaryIO) -> None:
    """The whole event as interchange JSON into `handle`."""
    out = _Out(handle)
    header = {"format": FORMAT, "version": VERSION, "generator": f"meetingkit {__version__}"}
    out.text("{\n" + "".join(f"  {json.dumps(k)}: {_dumped(v, '  ')},\n" for k, v in header.items()))
    for table, key in KEYS.items():
        out.text(f"  {json.dumps(key)}: ")
        if table == "event":
            event = next(_records(store, "event"))
            out.text(_dumped(event, "  ") + ",\n")
            continue
        first = True
        for record in _records(store, table):
            out.text(("[\n    " if first else ",\n    ") + _dumped(record, "    "))
            first = False
        out.text("[],\n" if first else "\n  ],\n")
    out.text('  "blobs": ')
    used = [r["sha256"] for r in store.query("SELECT DISTINCT sha256 FROM attachment ORDER BY sha256")]
    for index, sha in enumerate(used):
        out.text(("{\n    " if index == 0 else ",\n    ") + json.dumps(sha) + ': "')
        for piece in base64_pieces(store.blob_chunks(sha)):
            out.raw(piece)
        out.raw(b'"')
    out.text("{}\n}\n" if not used else "\n  }\n}\n")


def export_json(store: EventStore, target: Path) -> None:
    """Write the event's interchange file to `target`, whole or not at all."""
    with atomic_output(Path(target)) as handle:
        write_event(store, handle)
