"""Conversions between SQLite rows and domain records, and the value formats used in the file.

Every read of a row goes through `decoding`: whatever a damaged or hostile file holds (text that is
not UTF-8, a date that is not one, a list that is not JSON, NULL where a value must be), the reader
gets the "damaged file" sentence naming the kind of record, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from meetingkit.core import model
from meetingkit.core.model import (
    ActionStatus,
    AttachmentKind,
    Consent,
    Horizon,
    Item,
    Role,
    SessionPerson,
    Tag,
)
from meetingkit.store.consent import from_legacy
from meetingkit.store.errors import DamagedRecordError, translate

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

    from meetingkit.core.model import (
        ActionFields,
        Attachment,
        Day,
        Event,
        FocusArea,
        Organisation,
        Person,
        Session,
        SynergyFields,
    )


class BadValue(ValueError):
    """A stored value that is not what its column must hold; the message says what it should be."""


# What reading a damaged row can raise: decoding (UnicodeDecodeError is a ValueError), enums and
# dates (ValueError), NULL or a number where text must be (TypeError), a deeply nested JSON list
# (RecursionError), a row lacking a column (IndexError).
_ROW_FAILURES: Final = (ValueError, TypeError, IndexError, KeyError, RecursionError)


def undecodable_text(exc: BaseException) -> bool:
    """Text that is not UTF-8, as sqlite3 reports it while handing a row over: an error with no SQLite code.

    Connections hand text over through Python's own UTF-8 decoder (the default text factory): a text factory
    of ours would be a Python call per value, a third of decoding a note.
    """
    return (
        isinstance(exc, sqlite3.OperationalError)
        and getattr(exc, "sqlite_errorcode", None) is None
        and str(exc).startswith("Could not decode to UTF-8")
    )


def with_article(noun: str) -> str:
    """ "an item", "a session": for the sentences that name a kind of record."""
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def lenient_text(data: bytes) -> str:
    """For SQLite's own reports on damaged pages (quick_check, integrity_check), which quote raw bytes."""
    return data.decode("utf-8", "replace")


def _why(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError) or undecodable_text(exc):
        return "text that is not UTF-8"
    if isinstance(exc, json.JSONDecodeError | RecursionError):
        return "a list that is not valid JSON"
    if isinstance(exc, BadValue):
        return str(exc)
    return "a value that is missing or malformed"


# The failures only a damaged value causes (no bug of ours raises these), for code that does more than read.
DAMAGE_SIGNS: Final = (UnicodeDecodeError, BadValue, json.JSONDecodeError)


@contextmanager
def decoding(
    kind: str, file_name: str, failures: tuple[type[BaseException], ...] = _ROW_FAILURES
) -> Iterator[None]:
    """Turn any failure to read or convert a `kind` record into the one "damaged file" sentence."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        if undecodable_text(exc):
            raise _damaged_record(kind, file_name, exc) from None
        # A damaged page that quick_check did not visit (an index pointing nowhere) surfaces mid-read.
        mapped = translate(exc, file_name)
        if mapped is None:
            raise
        raise mapped from None
    except failures as exc:
        raise _damaged_record(kind, file_name, exc) from None


def _damaged_record(kind: str, file_name: str, exc: BaseException) -> DamagedRecordError:
    reason = _why(exc)
    # `check` lists damaged records, but cannot open a file whose schema is damaged.
    hint = "" if kind == "schema" else " or run `meetingkit check` to list the damaged records"
    return DamagedRecordError(
        f"{file_name} is damaged: {with_article(kind)} record holds {reason}; restore it from a backup copy{hint}.",
        kind,
        reason,
    )


def text_of(row: sqlite3.Row, column: str) -> str:
    """A text column's value; anything else (NULL, a number, a blob) is a damaged record."""
    value = row[column]
    if not isinstance(value, str):
        raise BadValue(f"no text in its {column}")
    return value


def _ref(row: sqlite3.Row, column: str) -> str:
    """An id, or a reference to one: never empty."""
    value = text_of(row, column)
    if not value:
        raise BadValue(f"no id in its {column}")
    return value


def _opt_text(row: sqlite3.Row, column: str) -> str | None:
    value = row[column]
    if value is not None and not isinstance(value, str):
        raise BadValue(f"no text in its {column}")
    return value


def _int(row: sqlite3.Row, column: str) -> int:
    value = row[column]
    if not isinstance(value, int):
        raise BadValue(f"no number in its {column}")
    return value


def _opt_int(row: sqlite3.Row, column: str) -> int | None:
    value = row[column]
    if value is not None and not isinstance(value, int):
        raise BadValue(f"no number in its {column}")
    return value


def list_of(row: sqlite3.Row, column: str) -> tuple[str, ...]:
    """A list column's names; a value that is not a JSON list of strings is a damaged record."""
    names = _names(text_of(row, column))
    if names is None:
        raise BadValue(f"no list of names in its {column}")
    return names


@lru_cache(maxsize=4096)
def _names(text: str) -> tuple[str, ...] | None:
    """The names a JSON list holds, None if it is not a list of strings. Cached: a congress's notes share a
    few tag lists (`[]`, `["action"]`...), and parsing them was two fifths of decoding a note."""
    value = json.loads(text)
    if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
        return None
    return tuple(value)


def _date_of(row: sqlite3.Row, column: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text_of(row, column))
    except ValueError:
        raise BadValue(f"no real date in its {column}") from None


def new_id() -> str:
    """A random UUID (version 4), written as str(uuid.uuid4()) writes it."""
    # Made here from 16 random bytes: importing uuid imports platform, ~2.5 ms of every `add`.
    value = int.from_bytes(os.urandom(16), "big")
    value = (value & ~(0xF000 << 64)) | (4 << 76)  # the version
    value = (value & ~(0xC000 << 48)) | (0x8000 << 48)  # the RFC 4122 variant
    hexed = f"{value:032x}"
    return f"{hexed[:8]}-{hexed[8:12]}-{hexed[12:16]}-{hexed[16:20]}-{hexed[20:]}"


_STABLE = "6d6b6974-6d65-6574-696e-67206b697421"


def stable_id(kind: str, *parts: str) -> str:
    """The id of a record that stands for one real thing (a person of a name, a role in a session...).

    Two laptops that add the same thing get the same id, so merging their files gives one record.
    """
    import uuid

    return str(uuid.uuid5(uuid.UUID(_STABLE), "\x1f".join([kind, *parts])))


def now() -> str:
    """UTC, millisecond precision, ISO 8601 with Z: sorts as text and merges across machines."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_ts(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    return dt.datetime.fromisoformat(value)  # Python 3.11 reads the "Z" itself


def ts(value: dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _stamp_of(row: sqlite3.Row, column: str) -> dt.datetime | None:
    try:
        return parse_ts(_opt_text(row, column))
    except ValueError:
        raise BadValue(f"no real timestamp in its {column}") from None


def _time(row: sqlite3.Row, column: str) -> dt.time | None:
    value = _opt_text(row, column)
    try:
        return dt.time.fromisoformat(value) if value else None
    except ValueError:
        raise BadValue(f"no real time of day in its {column}") from None


def _opt_date(row: sqlite3.Row, column: str) -> dt.date | None:
    return _date_of(row, column) if _opt_text(row, column) else None


def event_from(row: sqlite3.Row) -> Event:
    from meetingkit.core.model import Event  # made on first use (core/model.py says why)

    return Event(
        id=_ref(row, "id"),
        title=text_of(row, "title"),
        subtitle=text_of(row, "subtitle"),
        venue=text_of(row, "venue"),
        city=text_of(row, "city"),
        start=_date_of(row, "start_date"),
        end=_date_of(row, "end_date"),
        organisers=list_of(row, "organisers"),
        languages=list_of(row, "languages"),
        description=text_of(row, "description"),
        conclusions=text_of(row, "conclusions"),
        logo_attachment_id=_opt_text(row, "logo_attachment_id"),
        timezone=text_of(row, "timezone"),
    )


def day_from(row: sqlite3.Row) -> Day:
    from meetingkit.core.model import Day  # made on first use (core/model.py says why)

    return Day(
        id=_ref(row, "id"),
        index=_int(row, "idx"),
        date=_date_of(row, "date"),
        theme=text_of(row, "theme"),
        description=text_of(row, "description"),
    )


def session_from(row: sqlite3.Row, people: tuple[SessionPerson, ...]) -> Session:
    from meetingkit.core.model import Session  # made on first use (core/model.py says why)

    return Session(
        id=_ref(row, "id"),
        day_id=_ref(row, "day_id"),
        order=_int(row, "ord"),
        title=text_of(row, "title"),
        start=_time(row, "start_time"),
        end=_time(row, "end_time"),
        room=text_of(row, "room"),
        format=text_of(row, "format"),
        questions=list_of(row, "questions"),
        summary=text_of(row, "summary"),
        people=people,
    )


def session_person_from(row: sqlite3.Row) -> SessionPerson:
    return SessionPerson(
        person_id=_ref(row, "person_id"),
        name=text_of(row, "name"),
        role=Role(text_of(row, "role")),
        organisation=text_of(row, "organisation"),
    )


# The columns a note is made of, in the order items_from reads them: a SELECT of ITEM_SELECT whose cursor
# returns plain tuples (no sqlite3.Row, and not the bookkeeping columns) is what items_from decodes.
ITEM_COLUMNS: Final = (
    "id",
    "session_id",
    "ord",
    "text",
    "captured_at",
    "author",
    "tags",
    "speaker",
    "owner",
    "due",
    "horizon",
    "status",
    "focus_area",
    "parties",
    "theme",
)
ITEM_SELECT: Final = ", ".join(f"item.{column}" for column in ITEM_COLUMNS)
_ACTION, _SYNERGY = str(Tag.ACTION), str(Tag.SYNERGY)


def items_from(cursor: Iterable[tuple[object, ...]]) -> list[Item]:
    """The notes of a cursor over ITEM_SELECT's columns that returns tuples, as item_from makes them.

    The window decodes a session's notes before its first paint (1,000 on a congress): item_from's dozen
    calls a row and sqlite3.Row's lookups by name were half of `store.items(session)`. Here a row whose
    values are all as they must be is read in one go; any other goes to item_from, which names what is
    wrong exactly as before (a property test holds the two to the same notes and the same errors).
    """
    decoded: list[Item] = []
    append = decoded.append
    for values in cursor:
        id_, session_id, order, text, captured_at, author, tags_text, speaker = values[:8]
        tags = _names(tags_text) if isinstance(tags_text, str) else None
        if (
            tags is not None
            and isinstance(id_, str)
            and id_
            and isinstance(session_id, str)
            and session_id
            and isinstance(order, int)
            and isinstance(text, str)
            and isinstance(captured_at, str)
            and captured_at
            and isinstance(author, str)
            and isinstance(speaker, str)
        ):
            try:
                captured = dt.datetime.fromisoformat(captured_at)
                fields = _fields_of(tags, values) if _ACTION in tags or _SYNERGY in tags else (None, None)
            except ValueError:  # a date, a horizon or a status that is not one: item_from says which
                fields = None
            if fields is not None:
                append(Item(id_, session_id, order, text, captured, author, tags, *fields, speaker))
                continue
        append(item_from(dict(zip(ITEM_COLUMNS, values, strict=True))))  # type: ignore[arg-type]
    return decoded


def _fields_of(
    tags: tuple[str, ...], values: tuple[object, ...]
) -> tuple[ActionFields | None, SynergyFields | None] | None:
    """What an action or synergy note adds, from items_from's values; None when a value is not as it
    must be (item_from then says which)."""
    owner, due, horizon, status, focus_area, parties, theme = values[8:]
    action = None
    if _ACTION in tags:
        if not (
            isinstance(owner, str)
            and (due is None or isinstance(due, str))
            and (horizon is None or isinstance(horizon, str))
            and isinstance(status, str)
            and isinstance(focus_area, str)
        ):
            return None
        action = model.ActionFields(
            owner=owner,
            due=dt.date.fromisoformat(due) if due else None,
            horizon=Horizon(horizon) if horizon else None,
            status=ActionStatus(status),
            focus_area=focus_area,
        )
    synergy = None
    if _SYNERGY in tags:
        names = _names(parties) if isinstance(parties, str) else None
        if names is None or not isinstance(theme, str):
            return None
        synergy = model.SynergyFields(parties=names, theme=theme)
    return action, synergy


def item_from(row: sqlite3.Row) -> Item:
    tags = list_of(row, "tags")
    action = None
    if str(Tag.ACTION) in tags:
        horizon = _opt_text(row, "horizon")
        action = model.ActionFields(
            owner=text_of(row, "owner"),
            due=_opt_date(row, "due"),
            horizon=Horizon(horizon) if horizon else None,
            status=ActionStatus(text_of(row, "status")),
            focus_area=text_of(row, "focus_area"),
        )
    synergy = None
    if str(Tag.SYNERGY) in tags:
        synergy = model.SynergyFields(parties=list_of(row, "parties"), theme=text_of(row, "theme"))
    captured = _stamp_of(row, "captured_at")
    if captured is None:
        raise BadValue("no capture time")
    return Item(
        id=_ref(row, "id"),
        session_id=_ref(row, "session_id"),
        order=_int(row, "ord"),
        text=text_of(row, "text"),
        captured_at=captured,
        author=text_of(row, "author"),
        tags=tags,
        action=action,
        synergy=synergy,
        speaker=text_of(row, "speaker"),
    )


def person_from(row: sqlite3.Row) -> Person:
    from meetingkit.core.model import Person  # made on first use (core/model.py says why)

    return Person(
        id=_ref(row, "id"),
        name=text_of(row, "name"),
        organisation=text_of(row, "organisation"),
        title=text_of(row, "title"),
        email=text_of(row, "email"),
    )


def organisation_from(row: sqlite3.Row) -> Organisation:
    from meetingkit.core.model import Organisation  # made on first use (core/model.py says why)

    return Organisation(
        id=_ref(row, "id"),
        name=text_of(row, "name"),
        kind=text_of(row, "kind"),
        country=text_of(row, "country"),
    )


def focus_area_from(row: sqlite3.Row) -> FocusArea:
    from meetingkit.core.model import FocusArea  # made on first use (core/model.py says why)

    return FocusArea(
        id=_ref(row, "id"),
        name=text_of(row, "name"),
        order=_int(row, "ord"),
        description=text_of(row, "description"),
    )


def _consent(row: sqlite3.Row) -> Consent:
    """Three states; a file before schema 4 (a copy handed in for a merge) holds a yes/no (store/consent.py)."""
    value = row["consent"]
    if isinstance(value, int):
        return from_legacy(value, chosen=False)
    try:
        return Consent(text_of(row, "consent"))
    except ValueError:
        raise BadValue("no consent value in its consent") from None


def attachment_from(row: sqlite3.Row) -> Attachment:
    from meetingkit.core.model import Attachment  # made on first use (core/model.py says why)

    return Attachment(
        id=_ref(row, "id"),
        kind=AttachmentKind(text_of(row, "kind")),
        filename=text_of(row, "filename"),
        media_type=text_of(row, "media_type"),
        size=_int(row, "size"),
        sha256=_ref(row, "sha256"),
        session_id=_opt_text(row, "session_id"),
        caption=text_of(row, "caption"),
        credit=text_of(row, "credit"),
        order=_int(row, "ord"),
        selected=bool(_int(row, "selected")),
        consent=_consent(row),
        width=_opt_int(row, "width"),
        height=_opt_int(row, "height"),
        taken_at=_stamp_of(row, "taken_at"),
    )


def _raw_session_person(row: sqlite3.Row) -> object:
    return (_ref(row, "id"), _ref(row, "session_id"), _ref(row, "person_id"), Role(text_of(row, "role")))


def _session_alone(row: sqlite3.Row) -> Session:
    return session_from(row, ())


# Every table of records, the kind users know it by, and its decoder (of a `SELECT *` row).
RECORD_TABLES: Final[dict[str, tuple[str, Callable[[sqlite3.Row], object]]]] = {
    "event": ("event", event_from),
    "day": ("day", day_from),
    "session": ("session", _session_alone),
    "person": ("person", person_from),
    "organisation": ("organisation", organisation_from),
    "session_person": ("session role", _raw_session_person),
    "item": ("item", item_from),
    "focus_area": ("focus area", focus_area_from),
    "attachment": ("attachment", attachment_from),
}
_STAMP_COLUMNS: Final = ("created_at", "updated_at", "deleted_at")


def record_from(table: str, row: sqlite3.Row) -> object:
    """A whole stored record, stamps included, as merge and the JSON copy carry it."""
    record = RECORD_TABLES[table][1](row)
    for column in _STAMP_COLUMNS:
        _stamp_of(row, column)
    for column in _STAMP_COLUMNS[:2]:
        if not row[column]:
            raise BadValue(f"no real timestamp in its {column}")
    return record
