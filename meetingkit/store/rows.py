"""Conversions between SQLite rows and domain records, and the value formats used in the file."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid

from meetingkit.core.model import (
    ActionFields,
    ActionStatus,
    Attachment,
    AttachmentKind,
    Day,
    Event,
    FocusArea,
    Horizon,
    Item,
    Organisation,
    Person,
    Role,
    Session,
    SessionPerson,
    SynergyFields,
    Tag,
)


def new_id() -> str:
    return str(uuid.uuid4())


_STABLE = uuid.UUID("6d6b6974-6d65-6574-696e-67206b697421")


def stable_id(kind: str, *parts: str) -> str:
    """The id of a record that stands for one real thing (a person of a name, a role in a session...).

    Two laptops that add the same thing get the same id, so merging their files gives one record.
    """
    return str(uuid.uuid5(_STABLE, "\x1f".join([kind, *parts])))


def now() -> str:
    """UTC, millisecond precision, ISO 8601 with Z: sorts as text and merges across machines."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_ts(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def ts(value: dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def event_from(row: sqlite3.Row) -> Event:
    return Event(
        id=row["id"],
        title=row["title"],
        subtitle=row["subtitle"],
        venue=row["venue"],
        city=row["city"],
        start=dt.date.fromisoformat(row["start_date"]),
        end=dt.date.fromisoformat(row["end_date"]),
        organisers=tuple(json.loads(row["organisers"])),
        languages=tuple(json.loads(row["languages"])),
        description=row["description"],
        conclusions=row["conclusions"],
        logo_attachment_id=row["logo_attachment_id"],
        timezone=row["timezone"],
    )


def day_from(row: sqlite3.Row) -> Day:
    return Day(
        id=row["id"],
        index=row["idx"],
        date=dt.date.fromisoformat(row["date"]),
        theme=row["theme"],
        description=row["description"],
    )


def session_from(row: sqlite3.Row, people: tuple[SessionPerson, ...]) -> Session:
    return Session(
        id=row["id"],
        day_id=row["day_id"],
        order=row["ord"],
        title=row["title"],
        start=_time(row["start_time"]),
        end=_time(row["end_time"]),
        room=row["room"],
        format=row["format"],
        questions=tuple(json.loads(row["questions"])),
        summary=row["summary"],
        people=people,
    )


def session_person_from(row: sqlite3.Row) -> SessionPerson:
    return SessionPerson(
        person_id=row["person_id"], name=row["name"], role=Role(row["role"]), organisation=row["organisation"]
    )


def item_from(row: sqlite3.Row) -> Item:
    tags = tuple(json.loads(row["tags"]))
    action = None
    if str(Tag.ACTION) in tags:
        action = ActionFields(
            owner=row["owner"],
            due=_date(row["due"]),
            horizon=Horizon(row["horizon"]) if row["horizon"] else None,
            status=ActionStatus(row["status"]),
            focus_area=row["focus_area"],
        )
    synergy = None
    if str(Tag.SYNERGY) in tags:
        synergy = SynergyFields(parties=tuple(json.loads(row["parties"])), theme=row["theme"])
    captured = parse_ts(row["captured_at"])
    assert captured is not None
    return Item(
        id=row["id"],
        session_id=row["session_id"],
        order=row["ord"],
        text=row["text"],
        captured_at=captured,
        author=row["author"],
        tags=tags,
        action=action,
        synergy=synergy,
        speaker=row["speaker"],
    )


def person_from(row: sqlite3.Row) -> Person:
    return Person(
        id=row["id"],
        name=row["name"],
        organisation=row["organisation"],
        title=row["title"],
        email=row["email"],
    )


def organisation_from(row: sqlite3.Row) -> Organisation:
    return Organisation(id=row["id"], name=row["name"], kind=row["kind"], country=row["country"])


def focus_area_from(row: sqlite3.Row) -> FocusArea:
    return FocusArea(id=row["id"], name=row["name"], order=row["ord"], description=row["description"])


def attachment_from(row: sqlite3.Row) -> Attachment:
    return Attachment(
        id=row["id"],
        kind=AttachmentKind(row["kind"]),
        filename=row["filename"],
        media_type=row["media_type"],
        size=row["size"],
        sha256=row["sha256"],
        session_id=row["session_id"],
        caption=row["caption"],
        credit=row["credit"],
        order=row["ord"],
        selected=bool(row["selected"]),
        consent=bool(row["consent"]),
        width=row["width"],
        height=row["height"],
        taken_at=parse_ts(row["taken_at"]),
    )
