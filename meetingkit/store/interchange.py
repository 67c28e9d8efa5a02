"""The JSON interchange format: a versioned, schema-described, lossless copy of an event file.

Every record keeps its id, stamps and tombstone, and attachment bytes travel base64-encoded, so
`export --to json` then `import` into a new file gives the same event, and importing into a file
that already holds the event updates it record by record (the newer `updated_at` wins).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import glob
import hashlib
import json
import math
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any, Final

import jsonschema

from meetingkit import __version__
from meetingkit.core.atomic import clear_leftovers, output_error, partial_name, write_atomically
from meetingkit.core.errors import UserError
from meetingkit.core.text import one_line, xml_safe
from meetingkit.core.zones import zone
from meetingkit.store import consent, rows
from meetingkit.store.eventstore import EventStore

FORMAT: Final = "meetingkit-event"
VERSION: Final = 2  # 2: photo consent is unknown / agreed / refused, not a yes/no

# Tables in dependency order (a row only refers to rows of earlier tables), with their JSON columns.
TABLES: Final[dict[str, tuple[str, ...]]] = {
    "event": ("organisers", "languages"),
    "day": (),
    "organisation": (),
    "person": (),
    "focus_area": (),
    "session": ("questions",),
    "session_person": (),
    "item": ("tags", "parties"),
    "attachment": (),
}
_KEYS: Final = {
    "event": "event",
    "day": "days",
    "organisation": "organisations",
    "person": "people",
    "focus_area": "focus_areas",
    "session": "sessions",
    "session_person": "session_people",
    "item": "items",
    "attachment": "attachments",
}
_BOOL_COLUMNS: Final = {"attachment": ("selected",)}
# The schema checks only the shape of these values; a calendar or clock must accept them too.
_DATES: Final = ("start_date", "end_date", "date", "due")
_TIMES: Final = ("start_time", "end_time")
_STAMPS: Final = ("created_at", "updated_at", "deleted_at", "captured_at", "taken_at")


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)


def schema() -> dict[str, Any]:
    text = files("meetingkit.resources").joinpath("schema", "event.schema.json").read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def _columns(store: EventStore, table: str) -> list[str]:
    return [row["name"] for row in store.query(f"PRAGMA table_info({table})")]


def _row_to_json(table: str, row: sqlite3.Row) -> dict[str, Any]:
    record: dict[str, Any] = dict(row)
    for column in TABLES[table]:
        record[column] = json.loads(record[column])
    for column in _BOOL_COLUMNS.get(table, ()):
        record[column] = bool(record[column])
    return record


def export_data(store: EventStore) -> dict[str, Any]:
    """The whole event as plain JSON data, deterministic (records sorted by id)."""
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "generator": f"meetingkit {__version__}"}
    for table, key in _KEYS.items():
        records = [_row_to_json(table, r) for r in store.query(f"SELECT * FROM {table} ORDER BY id")]
        data[key] = records[0] if table == "event" else records
    blobs: dict[str, str] = {}
    used = sorted({a["sha256"] for a in data["attachments"]})
    for sha in used:
        blobs[sha] = base64.b64encode(store.blob_bytes(sha)).decode("ascii")
    data["blobs"] = blobs
    return data


def export_json(store: EventStore, target: Path) -> None:
    data = export_data(store)
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    write_atomically(target, text)


def _schema_message(error: jsonschema.ValidationError) -> str:
    """jsonschema's message, whose quote of the offending value (the whole file, at worst) is cut short."""
    message = error.message
    shown = repr(error.instance)
    if len(shown) > _MAX_QUOTE // 2 and shown in message:
        message = message.replace(shown, one_line(shown, _MAX_QUOTE // 2))
    return _quote(message)


def _where(error: jsonschema.ValidationError) -> str:
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return path.lstrip(".") or "(top level)"


# Bounds checked before anything is parsed, so a hostile file costs a clear sentence, not memory or a crash.
# The largest real file is an event with a few hundred photos inside (base64): well under 2 GiB.
MAX_FILE_BYTES: Final = 2 * 1024**3
# The format nests five levels deep; Python's parser and the schema validator recurse per level.
MAX_DEPTH: Final = 32
# Every integer of the format (positions, sizes, dimensions) fits in SQLite's 64-bit integer with room.
MAX_INTEGER: Final = 2**53
_MAX_NUMBER_CHARS: Final = 40
# What a message may quote of the file: one line, never the file itself.
_MAX_QUOTE: Final = 120
_STRUCTURE: Final = re.compile(r'[\[\]{}"\\]')


class _NumberError(ValueError):
    pass


def _quote(text: object) -> str:
    return one_line(xml_safe(str(text)), _MAX_QUOTE)


def _check_depth(raw: str, name: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH, scanning brackets outside strings (one pass, no parsing)."""
    depth = 0
    in_string = False
    skip_until = -1
    for match in _STRUCTURE.finditer(raw):
        pos = match.start()
        if pos < skip_until:
            continue
        ch = raw[pos]
        if in_string:
            if ch == "\\":
                skip_until = pos + 2
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = raw.count("\n", 0, pos) + 1
                raise UserError(
                    f"{name} nests lists or objects more than {MAX_DEPTH} levels deep (line {line});"
                    " it is not a meetingkit JSON file."
                )
        elif ch in "]}":
            depth -= 1


def _parse_int(text: str) -> int:
    if len(text) > _MAX_NUMBER_CHARS:
        raise _NumberError(f"the number {text[:20]}… is too long")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text) if len(text) <= _MAX_NUMBER_CHARS else math.inf
    if not math.isfinite(value):
        raise _NumberError(f"the number {text[:20]} is out of range")
    return value


def _refuse_constant(text: str) -> None:
    raise _NumberError(f"{text} is not a number JSON allows")


def _cleaned(value: Any, where: str, name: str) -> Any:
    """`value` with every string cleaned as the writers clean text (lone surrogates and characters XML
    cannot hold are dropped) and every integer checked against the range a record can hold."""
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, bool) or value is None or isinstance(value, float):
        return value
    if isinstance(value, int):
        if not -MAX_INTEGER <= value <= MAX_INTEGER:
            raise UserError(f"{name}: field {where or '(top level)'}: {_quote(value)} is out of range")
        return value
    if isinstance(value, list):
        return [_cleaned(v, f"{where}[{i}]", name) for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {xml_safe(k): _cleaned(v, f"{where}.{k}" if where else k, name) for k, v in value.items()}
    return value


def parse(raw: str, name: str) -> Any:
    """JSON text as data, refusing what could exhaust the parser (depth, huge numbers) in one sentence."""
    _check_depth(raw, name)
    try:
        data = json.loads(
            raw, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    except (_NumberError, RecursionError) as exc:
        reason = str(exc) if isinstance(exc, _NumberError) else "it nests too deeply"
        raise UserError(f"{name} is not a meetingkit JSON file: {reason}.") from None
    return _cleaned(data, "", name)


def load(source: Path) -> dict[str, Any]:
    """Read and validate an interchange file; a problem names the bad field."""
    try:
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(
                f"{source.name} is larger than {MAX_FILE_BYTES // 1024**3} GiB; it is not a meetingkit JSON file."
            )
        raw = source.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{source.name} is not UTF-8 text, so it is not a meetingkit JSON file.") from None
    except OSError as exc:
        raise UserError(f"Cannot read {source.name}: {exc.strerror or exc}.") from None
    data = parse(raw, source.name)
    validate(data, source.name)
    return data  # type: ignore[no-any-return]


def validate(data: Any, name: str = "the JSON") -> None:
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        raise UserError(
            f"{name}: field (top level): {kind} where an event object should be; not a meetingkit event file."
        )
    version = data.get("version")
    if isinstance(version, int) and data.get("format") == FORMAT and version > VERSION:
        raise UserError(
            f"{name} was written by a newer meetingkit (format version {version}); please update meetingkit."
        )
    validator = jsonschema.Draft202012Validator(schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        raise UserError(f"{name}: field {_quote(_where(error))}: {_schema_message(error)}")
    for sha, encoded in data["blobs"].items():
        try:
            payload = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise UserError(f"{name}: field blobs.{sha}: not valid base64") from None
        if hashlib.sha256(payload).hexdigest() != sha:
            raise UserError(f"{name}: field blobs.{sha}: the data does not match its sha256")
    for key in _KEYS.values():
        records = [data[key]] if key == "event" else data[key]
        for index, record in enumerate(records):
            where = key if key == "event" else f"{key}[{index}]"
            _check_values(record, f"{name}: field {where}")
    zone_name = data["event"].get("timezone", "")
    if zone_name and zone(zone_name) is None:
        raise UserError(
            f"{name}: field event.timezone: '{_quote(zone_name)}' is not a time zone such as Europe/Madrid"
        )
    missing = {a["sha256"] for a in data["attachments"]} - set(data["blobs"])
    if missing:
        raise UserError(f"{name}: field blobs: data for {len(missing)} attachment(s) is missing")


def _check_values(record: dict[str, Any], where: str) -> None:
    """Dates, times and timestamps that match the schema's pattern but not the calendar ("2017-02-30")."""
    for column, value in record.items():
        if not isinstance(value, str):
            continue
        try:
            if column in _DATES:
                dt.date.fromisoformat(value)
            elif column in _TIMES:
                dt.time.fromisoformat(value)
            elif column in _STAMPS:
                rows.parse_ts(value)
        except ValueError:
            raise UserError(f"{where}.{column}: '{_quote(value)}' is not a real date or time") from None


# Columns added after a JSON file may have been written: its records get the column's default.
_LATER_COLUMNS: Final[dict[str, dict[str, object]]] = {"event": {"timezone": ""}}


def _to_row(table: str, record: dict[str, Any], columns: Iterable[str]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for column in columns:
        value = record.get(column, _LATER_COLUMNS.get(table, {}).get(column))
        if column in TABLES[table]:
            value = json.dumps(value if value is not None else [], ensure_ascii=False, separators=(",", ":"))
        elif column in _BOOL_COLUMNS.get(table, ()):
            value = int(bool(value))
        elif table == "attachment" and column == "consent":
            value = consent.from_legacy(
                value, chosen=False
            ).value  # a version 1 yes: nobody can say who chose it
        elif column in _STAMPS and isinstance(value, str) and value:
            # One spelling (UTC, Z, milliseconds): the merge compares stamps as text.
            value = rows.ts(dt.datetime.fromisoformat(value.replace("Z", "+00:00")))
        row[column] = value
    return row


def import_data(store: EventStore, data: dict[str, Any], *, name: str = "the JSON") -> ImportReport:
    """Merge validated interchange data into `store`: new records are added, newer ones replace older."""
    report = ImportReport()
    current_event = store.event()
    if data["event"]["id"] != current_event.id:
        raise UserError(
            f"{name} holds another event ('{_quote(data['event']['title'])}') than {store.path.name}"
            f" ('{_quote(current_event.title)}'); import it into a new file instead."
        )
    return _merge(store, data, name, report)


def _merge(store: EventStore, data: dict[str, Any], name: str, report: ImportReport) -> ImportReport:
    try:
        _merge_all(store, data, name, report)
    except sqlite3.IntegrityError as exc:
        raise UserError(
            f"{name}: the records do not fit together ({_quote(exc)}); nothing was imported"
        ) from None
    return report


def _merge_all(store: EventStore, data: dict[str, Any], name: str, report: ImportReport) -> None:
    with store.transaction() as conn:
        # References are checked all at once below, so a dangling one can be named by its field.
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for sha, encoded in sorted(data["blobs"].items()):
            if conn.execute("SELECT 1 FROM blob WHERE sha256 = ?", (sha,)).fetchone() is None:
                store.put_blob(base64.b64decode(encoded))
        for table, key in _KEYS.items():
            records = [data[key]] if table == "event" else data[key]
            columns = _columns(store, table)
            for record in records:
                row = _to_row(table, record, columns)
                existing = conn.execute(
                    f"SELECT updated_at FROM {table} WHERE id = ?", (row["id"],)
                ).fetchone()
                if existing is None:
                    names = ", ".join(columns)
                    marks = ", ".join(f":{c}" for c in columns)
                    conn.execute(f"INSERT INTO {table}({names}) VALUES ({marks})", row)
                    report.created += 1
                elif row["updated_at"] > existing["updated_at"]:
                    assignments = ", ".join(f"{c} = :{c}" for c in columns if c != "id")
                    conn.execute(f"UPDATE {table} SET {assignments} WHERE id = :id", row)
                    report.updated += 1
                else:
                    report.unchanged += 1
        # Validity of references is checked before anything is committed.
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            table, rowid, parent, fkid = problems[0]
            raise UserError(
                f"{name}: field {_field_of(conn, data, table, rowid, fkid)}: refers to a {parent}"
                " that is not in the file"
            )
        store.reindex_all(conn)


def _field_of(conn: sqlite3.Connection, data: dict[str, Any], table: str, rowid: int, fkid: int) -> str:
    """Where in the JSON a dangling reference sits, e.g. items[3].session_id."""
    column = next((r[3] for r in conn.execute(f"PRAGMA foreign_key_list({table})") if r[0] == fkid), "")
    key = _KEYS.get(table, table)
    row = conn.execute(f"SELECT id FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
    records = data.get(key)
    if row is not None and isinstance(records, list):
        for index, record in enumerate(records):
            if record.get("id") == row[0]:
                return f"{key}[{index}].{column}"
    return f"{key}.{column}"


def import_json_file(store: EventStore, source: Path) -> ImportReport:
    return import_data(store, load(source), name=source.name)


def create_from_json(target: Path, source: Path, *, author: str | None = None) -> EventStore:
    """Create a new event file holding exactly the event described by `source`.

    Built whole under a temporary name in the target's folder and renamed into place: a kill or a
    failure leaves no file at `target` or a complete one, never a half-imported event.
    """
    target = Path(target)
    data = load(source)
    event = data["event"]
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
        with store.transaction() as conn:
            # The placeholder records `create` made are replaced by the file's own, in the same commit.
            for table in reversed(list(_KEYS)):
                conn.execute(f"DELETE FROM {table}")
            _merge(store, data, source.name, ImportReport())
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
