"""Reading a JSON interchange file as a stream: one record or one blob at a time, each checked as it comes.

The file is parsed incrementally (ijson's C backend), never held whole: a congress with hundreds of photos
costs one photo's base64 at a time. Each record is checked against its part of the schema by a validator
compiled once (jsonschema-rs); only a record that fails is walked again by jsonschema to word the best
error, so messages stay what they were (`field items[3].session_id: …`). Hostile files are refused in one
sentence: nesting deeper than MAX_DEPTH stops the parse at once, and what the fast parser refuses
(huge numbers, NaN, bytes that are not UTF-8) is worded by the standard parser when the file is small
enough to read whole, else from the parser's own reason.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import contextlib
import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Final

# The C backend by name: it is the speed, and a bundler sees the import (ijson picks backends at run time).
import ijson.backends.yajl2_c as ijson
import jsonschema_rs
from ijson.common import JSONError

from meetingkit.core.errors import UserError
from meetingkit.core.text import one_line, xml_safe
from meetingkit.core.zones import zone
from meetingkit.store import rows
from meetingkit.store.interchange_format import (
    DATES,
    FORMAT,
    KEYS,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_INTEGER,
    MAX_NUMBER_CHARS,
    STAMPS,
    TIMES,
    VERSION,
    schema,
)

if TYPE_CHECKING:
    import jsonschema

# Bytes handed to the parser at a time: yajl copies a string that spans buffers again for each one, so a
# photo's base64 read 64 KiB at a time costs twenty times what it costs in 8 MiB reads.
BUFFER: Final = 8 * 1024 * 1024
# A file the fast parser refuses is read whole by the standard one to name the problem (line, column,
# number); hand-edited files are this small, and a larger one gets the fast parser's reason.
_DIAGNOSE_LIMIT: Final = 16 * 1024 * 1024
# What a message may quote of the file: one line, never the file itself.
_MAX_QUOTE: Final = 120
_RECORD_KEYS: Final = {key: table for table, key in KEYS.items() if table != "event"}
_SCHEMA_KEYS: Final = frozenset(schema()["properties"])
_SCALAR_EVENTS: Final = frozenset({"string", "number", "boolean", "null"})
_SHA256: Final = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class Record:
    """One record of an interchange file: its table and its values, validated."""

    table: str
    values: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Blob:
    """One attachment's contents from an interchange file, checked against its hash."""

    sha256: str
    data: bytes  # decoded, and checked against its sha256


def quote(text: object) -> str:
    return one_line(xml_safe(str(text)), _MAX_QUOTE)


# ---------------------------------------------------------------- validators, compiled once


@cache
def _subschema(key: str) -> dict[str, Any]:
    """The schema of one record of `key` ("" for the whole file), with the definitions it refers to."""
    root = schema()
    if not key:
        return root
    part = root["properties"][key]
    if key in _RECORD_KEYS:
        part = part["items"]
    return {"$schema": root["$schema"], "$defs": root["$defs"], **part}


@cache
def _fast(key: str) -> jsonschema_rs.Draft202012Validator:
    return jsonschema_rs.Draft202012Validator(_subschema(key))


def _where(prefix: str, error: jsonschema.ValidationError) -> str:
    path = prefix + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return path.lstrip(".") or "(top level)"


def _schema_message(error: jsonschema.ValidationError) -> str:
    """jsonschema's message, whose quote of the offending value (the whole file, at worst) is cut short."""
    message = error.message
    shown = repr(error.instance)
    if len(shown) > _MAX_QUOTE // 2 and shown in message:
        message = message.replace(shown, one_line(shown, _MAX_QUOTE // 2))
    return quote(message)


def _check(key: str, value: Any, where: str, name: str) -> None:
    """Refuse `value` unless it fits the schema of `key`; the message names the field as jsonschema's
    best match does (it runs only when there is an error to word)."""
    if _fast(key).is_valid(value):
        return
    # Imported here: jsonschema (with referencing and attrs) is ~40 ms of every import's start, and a valid
    # file never needs it.
    import jsonschema

    validator = jsonschema.Draft202012Validator(_subschema(key))
    error = jsonschema.exceptions.best_match(validator.iter_errors(value))
    if error is None:  # the two validators disagree: word it from the fast one
        raise UserError(f"{name}: field {where or '(top level)'}: does not fit the format")
    raise UserError(f"{name}: field {quote(_where(where, error))}: {_schema_message(error)}")


# ---------------------------------------------------------------- values


def _cleaned(value: Any, where: str, name: str) -> Any:
    """`value` with every string cleaned as the writers clean text (characters XML cannot hold are
    dropped) and every number checked against the range a record can hold."""
    kind = type(value)
    if kind is str:
        return _text(value)
    if kind is bool or value is None:
        return value
    if kind is int:
        if not -MAX_INTEGER <= value <= MAX_INTEGER:
            raise UserError(f"{name}: field {where or '(top level)'}: {quote(value)} is out of range")
        return value
    if kind is float:
        if not math.isfinite(value):
            raise UserError(f"{name} is not a meetingkit JSON file: the number at {where} is out of range.")
        return value
    if kind is list:
        return [_cleaned(v, f"{where}[{i}]", name) for i, v in enumerate(value)]
    if kind is dict:
        return {_text(k): _cleaned(v, f"{where}.{k}" if where else k, name) for k, v in value.items()}
    return value


def _text(text: str) -> str:
    # Printable text holds nothing XML refuses (controls, surrogates and non-characters are not
    # printable), so the regex runs only on the rest: most values of a file are one-line text.
    return text if text.isprintable() else xml_safe(text)


def _cleaned_record(record: dict[str, Any], where: str, name: str) -> dict[str, Any]:
    """`_cleaned` for one record, the flat values every record mostly holds taken in one loop."""
    result: dict[str, Any] = {}
    for key, value in record.items():
        kind = type(value)
        if kind is str:
            result[_text(key)] = _text(value)
        elif value is None or kind is bool or (kind is int and -MAX_INTEGER <= value <= MAX_INTEGER):
            result[_text(key)] = value
        else:
            result[_text(key)] = _cleaned(value, f"{where}.{key}", name)
    return result


_CHECKED: Final = (
    *((c, dt.date.fromisoformat) for c in DATES),
    *((c, dt.time.fromisoformat) for c in TIMES),
    *((c, rows.parse_ts) for c in STAMPS),
)


def _check_values(record: dict[str, Any], where: str) -> None:
    """Dates, times and timestamps that match the schema's pattern but not the calendar ("2017-02-30")."""
    for column, parse in _CHECKED:
        value = record.get(column)
        if not isinstance(value, str):
            continue
        try:
            parse(value)
        except ValueError:
            raise UserError(f"{where}.{column}: '{quote(value)}' is not a real date or time") from None


# ---------------------------------------------------------------- the stream


class _TooDeep(Exception):
    pass


class _Events:
    """The parser's events with the nesting depth kept, so a hostile file stops at MAX_DEPTH."""

    def __init__(self, handle: BinaryIO) -> None:
        self._events = ijson.basic_parse(handle, buf_size=BUFFER, use_float=True)
        self.depth = 0

    def next(self) -> tuple[str, Any]:
        event, value = next(self._events)
        if event == "start_map" or event == "start_array":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise _TooDeep
        elif event == "end_map" or event == "end_array":
            self.depth -= 1
        return event, value

    def skip(self, event: str) -> None:
        """Pass over the value that starts with `event` without building it."""
        depth = self.depth
        if event == "start_map" or event == "start_array":
            while self.depth >= depth:
                self.next()

    def value(self, event: str, value: Any) -> Any:
        """The whole value that starts with (event, value), built from the events that follow."""
        if event in _SCALAR_EVENTS:
            return value
        if event == "start_array":
            items: list[Any] = []
            while True:
                event, value = self.next()
                if event == "end_array":
                    return items
                items.append(self.value(event, value))
        result: dict[str, Any] = {}
        while True:
            event, value = self.next()
            if event == "end_map":
                return result
            result[value] = self.value(*self.next())

    def flat_record(self) -> Any:
        """The next value of a list of records; a flat record (lists of text inside) is built in one loop."""
        event, value = self.next()
        if event != "start_map":
            return _END if event == "end_array" else self.value(event, value)
        record: dict[str, Any] = {}
        key = ""
        events = self._events
        # The hot loop of an import (twenty events a note): keys and plain values without a method call.
        while True:
            event, value = next(events)
            if event == "map_key":
                key = value
            elif event in _SCALAR_EVENTS:
                record[key] = value
            elif event == "end_map":
                self.depth -= 1
                return record
            else:  # a list or an object inside the record: counted like any other
                self.depth += 1
                if self.depth > MAX_DEPTH:
                    raise _TooDeep
                record[key] = self.value(event, value)


_END: Final = object()


def open_source(source: Path) -> BinaryIO:
    try:
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(
                f"{source.name} is larger than {MAX_FILE_BYTES // 1024**3} GiB; it is not a meetingkit JSON file."
            )
        handle = source.open("rb")
    except OSError as exc:
        raise UserError(f"Cannot read {source.name}: {exc.strerror or exc}.") from None
    if handle.read(len(codecs.BOM_UTF8)) != codecs.BOM_UTF8:  # Notepad's "UTF-8" starts with one
        handle.seek(0)
    return handle


def read(source: Path) -> Generator[Record | Blob, None, None]:
    """The records and blobs of `source`, in the file's order, each checked; then the file as a whole
    (required parts, versions, time zone, every attachment's data present). A problem raises UserError.

    The caller writes each piece as it comes and keeps nothing if the iteration raises.
    """
    name = source.name
    try:
        with open_source(source) as handle:
            yield from _Reader(_Events(handle), name).pieces()
    except _TooDeep:
        raise UserError(
            f"{name} nests lists or objects more than {MAX_DEPTH} levels deep; it is not a meetingkit JSON file."
        ) from None
    except JSONError as exc:
        raise _diagnosed(source, exc) from None
    except OSError as exc:
        raise UserError(f"Cannot read {name}: {exc.strerror or exc}.") from None


class _Reader:
    def __init__(self, events: _Events, name: str) -> None:
        self.events = events
        self.name = name
        self.top: dict[str, Any] = {}  # the file with records and blobs left out, checked at the end
        self.shas: set[str] = set()
        self.used: set[str] = set()

    def pieces(self) -> Iterator[Record | Blob]:
        event, value = self.events.next()
        if event != "start_map":
            self.events.skip(event)  # to its end: a hostile nesting is named as such
            kind = "a list" if event == "start_array" else "a single value"
            raise UserError(
                f"{self.name}: field (top level): {kind} where an event object should be;"
                " not a meetingkit event file."
            )
        while True:
            event, key = self.events.next()
            if event == "end_map":
                break
            event, value = self.events.next()
            if key not in _SCHEMA_KEYS:
                # Refused at the end by the schema (no such part), once the whole file is known to be JSON.
                self.events.skip(event)
                self.top[key] = None
                continue
            if key in self.top:
                raise UserError(f"{self.name}: field {quote(key)} appears twice")
            if key in _RECORD_KEYS and event == "start_array":
                self.top[key] = []
                yield from self._records(key)
            elif key == "blobs" and event == "start_map":
                self.top[key] = {}
                yield from self._blobs()
            elif key == "event" and event == "start_map":
                record = self._record("event", "event", self.events.value(event, value))
                self.top[key] = record
                yield Record("event", record)
            else:
                self.top[key] = self._scalar(key, self.events.value(event, value))
        self._finish()

    def _scalar(self, key: str, value: Any) -> Any:
        value = _cleaned(value, key, self.name)
        newer = isinstance(value, int) and value > VERSION and self.top.get("format", FORMAT) == FORMAT
        if key == "version" and newer:
            raise UserError(
                f"{self.name} was written by a newer meetingkit (format version {value});"
                " please update meetingkit."
            )
        return value

    def _record(self, key: str, where: str, value: Any) -> dict[str, Any]:
        if type(value) is dict:
            record = _cleaned_record(value, where, self.name)
        else:
            record = _cleaned(value, where, self.name)  # refused just below, its message quoting it
        _check(key, record, where, self.name)
        _check_values(record, f"{self.name}: field {where}")
        return record

    def _records(self, key: str) -> Iterator[Record]:
        table = _RECORD_KEYS[key]
        index = 0
        while (value := self.events.flat_record()) is not _END:
            record = self._record(key, f"{key}[{index}]", value)
            if table == "attachment":
                self.used.add(record["sha256"])
            yield Record(table, record)
            index += 1

    def _blobs(self) -> Iterator[Blob]:
        while True:
            event, sha = self.events.next()
            if event == "end_map":
                return
            sha = xml_safe(sha)
            where = f"blobs.{sha}"
            if not _SHA256.fullmatch(sha):
                _check("blobs", {sha: ""}, "blobs", self.name)
            event, encoded = self.events.next()
            if event != "string":
                _check("blobs", {sha: self.events.value(event, encoded)}, "blobs", self.name)
            try:
                data = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError):
                raise UserError(f"{self.name}: field {quote(where)}: not valid base64") from None
            if hashlib.sha256(data).hexdigest() != sha:
                raise UserError(f"{self.name}: field {where}: the data does not match its sha256")
            self.shas.add(sha)
            yield Blob(sha, data)

    def _finish(self) -> None:
        _check("", self.top, "", self.name)
        zone_name = self.top["event"].get("timezone", "")
        if zone_name and zone(zone_name) is None:
            raise UserError(
                f"{self.name}: field event.timezone: '{quote(zone_name)}' is not a time zone such as Europe/Madrid"
            )
        missing = self.used - self.shas
        if missing:
            raise UserError(f"{self.name}: field blobs: data for {len(missing)} attachment(s) is missing")


def first_event(source: Path) -> dict[str, Any]:
    """The event record of `source`, checked, read no further than it (to name a new file's event)."""
    with contextlib.closing(read(source)) as pieces:  # closes the file at once, not when collected
        for piece in pieces:
            if isinstance(piece, Record) and piece.table == "event":
                return piece.values
    raise AssertionError("read() ends with an error when the file has no event")  # pragma: no cover


def check_file(source: Path) -> None:
    """Read all of `source` and refuse it as an import would, writing nothing."""
    for _piece in read(source):
        pass


# ---------------------------------------------------------------- what the fast parser refused


class _NumberError(ValueError):
    pass


def _parse_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _NumberError(f"the number {text[:20]}… is too long")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text) if len(text) <= MAX_NUMBER_CHARS else math.inf
    if not math.isfinite(value):
        raise _NumberError(f"the number {text[:20]} is out of range")
    return value


def _refuse_constant(text: str) -> None:
    raise _NumberError(f"{text} is not a number JSON allows")


def _diagnosed(source: Path, exc: Exception) -> UserError:
    """One sentence for a file the fast parser refused: the standard parser's, naming line and column,
    when the file is small enough to read whole; else the fast parser's reason."""
    name = source.name
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "UTF8" in reason:
        return UserError(f"{name} is not UTF-8 text, so it is not a meetingkit JSON file.")
    try:
        small = source.stat().st_size <= _DIAGNOSE_LIMIT
        raw = source.read_text(encoding="utf-8-sig") if small else ""
    except UnicodeDecodeError:
        return UserError(f"{name} is not UTF-8 text, so it is not a meetingkit JSON file.")
    except OSError:
        small = False
    if small:
        try:
            data = json.loads(
                raw, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_refuse_constant
            )
            _cleaned(data, "", name)
        except json.JSONDecodeError as error:
            return UserError(
                f"{name} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
            )
        except (_NumberError, RecursionError) as error:
            why = str(error) if isinstance(error, _NumberError) else "it nests too deeply"
            return UserError(f"{name} is not a meetingkit JSON file: {why}.")
        except UserError as error:
            return error
    if "overflow" in reason:
        return UserError(f"{name} is not a meetingkit JSON file: a number in it is out of range.")
    return UserError(f"{name} is not valid JSON ({quote(reason.rstrip('.'))}).")
