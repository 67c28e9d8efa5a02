"""CSV import of a programme (one session a row) or a participants list, with per-row errors.

Reading and checking is separate from writing: `read_csv` gives a preview (the rows that will be
imported and the errors of the others) that the app shows before anything changes; `apply` writes
the good rows in one transaction.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sqlite3
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from meetingkit.core import validation as v
from meetingkit.core.errors import UserError, ValidationError
from meetingkit.core.model import Day, Role
from meetingkit.core.text import one_line
from meetingkit.store import rows
from meetingkit.store.eventstore import EventStore

Kind = Literal["programme", "participants"]

# Accepted header spellings (lower-cased, spaces and dashes as underscores) for each field.
PROGRAMME_FIELDS: dict[str, tuple[str, ...]] = {
    "day": ("day", "date", "day/date", "day_date"),
    "start": ("start", "start_time", "from", "begin"),
    "end": ("end", "end_time", "to", "until"),
    "title": ("title", "session", "session_title", "name"),
    "room": ("room", "venue", "location"),
    "format": ("format", "type", "kind"),
    "speakers": ("speakers", "speaker", "panelists", "panellists"),
    "moderator": ("moderator", "chair", "facilitator"),
    "rapporteur": ("rapporteur", "note_taker", "notetaker"),
    "questions": ("questions", "guiding_questions", "question"),
}
PARTICIPANT_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full_name", "participant"),
    "organisation": ("organisation", "organization", "org", "institution", "affiliation"),
    "role": ("role", "title", "position", "job_title"),
    "email": ("email", "e-mail", "e_mail", "mail"),
}


@dataclass(frozen=True)
class ProgrammeRow:
    """One session of a programme CSV, as read, with its line number for messages."""

    line: int
    day: int
    title: str
    start: dt.time | None
    end: dt.time | None
    room: str
    format: str
    speakers: tuple[str, ...]
    moderator: str
    rapporteur: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class ParticipantRow:
    """One person of a participants CSV, as read, with its line number for messages."""

    line: int
    name: str
    organisation: str
    role: str
    email: str


@dataclass
class CsvPreview:
    """A CSV read but not yet imported: its rows, and the errors that would stop the import."""

    kind: Kind
    rows: list[ProgrammeRow | ParticipantRow] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _norm(header: str) -> str:
    return re.sub(r"[\s\-]+", "_", header.strip().lstrip("\ufeff").lower())


def _map_headers(headers: list[str], fields: dict[str, tuple[str, ...]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for position, header in enumerate(headers):
        key = _norm(header)
        for name, spellings in fields.items():
            if key in spellings and name not in found:
                found[name] = position
    return found


def _split_list(value: str, separators: str = ";|\n") -> tuple[str, ...]:
    parts = re.split(f"[{re.escape(separators)}]", value)
    return tuple(" ".join(p.split()) for p in parts if p.strip())


def _decode(data: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(f"{name} is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8.")


# A participants list of 100,000 people is a few MB; anything near this is not a list a person made.
MAX_FILE_BYTES = 256 * 1024 * 1024


def _rows(text: str, dialect: type[csv.Dialect], name: str) -> list[tuple[int, list[str]]]:
    """Each row with the file line it starts on: a quoted cell may hold line breaks (Excel writes them)."""
    reader = csv.reader(io.StringIO(text), dialect)
    table: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            table.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field limit" in str(exc):
            limit = csv.field_size_limit()
            raise UserError(
                f"{name}: line {start}: a cell is longer than {limit:,} characters; a programme or"
                " participants list has no such cell (is a quote left open?)."
            ) from None
        reason = one_line(str(exc), 100)
        raise UserError(f"{name}: line {start}: {reason}; save it again as CSV UTF-8.") from None
    return table


def read_csv(source: Path, store: EventStore, kind: Kind | None = None) -> CsvPreview:
    """Parse and check a CSV file against the event; nothing is written."""
    try:
        if source.stat().st_size > MAX_FILE_BYTES:
            raise UserError(
                f"{source.name} is larger than {MAX_FILE_BYTES // 1024**2} MB; it is not a programme or a"
                " participants list."
            )
        data = source.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {source.name}: {exc.strerror or exc}.") from None
    text = _decode(data, source.name)
    if not text.strip():
        raise UserError(f"{source.name} is empty.")
    dialect: type[csv.Dialect] = csv.excel
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        pass  # one column, or nothing to tell the delimiter by: Excel's comma
    table = _rows(text, dialect, source.name)
    headers = table[0][1]
    programme = _map_headers(headers, PROGRAMME_FIELDS)
    participants = _map_headers(headers, PARTICIPANT_FIELDS)
    if kind is None:
        if "title" in programme and "day" in programme:
            kind = "programme"
        elif "name" in participants:
            kind = "participants"
        else:
            raise UserError(
                f"{source.name}: the first row must name the columns: a programme needs 'day' and 'title';"
                " a participants list needs 'name'."
            )
    if kind == "programme":
        if "title" not in programme or "day" not in programme:
            raise UserError(f"{source.name}: a programme needs the columns 'day' (or 'date') and 'title'.")
        preview = CsvPreview("programme")
        days = store.days()
        for line, cells in table[1:]:
            if not any(c.strip() for c in cells):
                continue
            try:
                preview.rows.append(_programme_row(line, cells, programme, days))
            except ValidationError as exc:
                preview.errors.append((line, str(exc)))
        return preview
    if "name" not in participants:
        raise UserError(f"{source.name}: a participants list needs a 'name' column.")
    preview = CsvPreview("participants")
    for line, cells in table[1:]:
        if not any(c.strip() for c in cells):
            continue
        try:
            preview.rows.append(_participant_row(line, cells, participants))
        except ValidationError as exc:
            preview.errors.append((line, str(exc)))
    return preview


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str:
    position = columns.get(name)
    if position is None or position >= len(cells):
        return ""
    return cells[position].strip()


def _day_number(value: str, day_list: list[Day]) -> int:
    text = value.strip()
    if re.fullmatch(r"\d{1,2}", text):
        number = int(text)
        if 1 <= number <= len(day_list):
            return number
        raise ValidationError("day", f"there is no day {number}; the event has days 1 to {len(day_list)}")
    match = re.fullmatch(r"(?i)day\s*(\d{1,2})", text)
    if match:
        return _day_number(match.group(1), day_list)
    date = v.date("day", text)
    for day in day_list:
        if day.date == date:
            return day.index
    first, last = day_list[0].date, day_list[-1].date
    raise ValidationError(
        "day", f"{date.isoformat()} is outside the event ({first.isoformat()} to {last.isoformat()})"
    )


def _programme_row(line: int, cells: list[str], columns: dict[str, int], days: list[Day]) -> ProgrammeRow:
    start = v.time("start", _cell(cells, columns, "start"))
    end = v.time("end", _cell(cells, columns, "end"))
    v.time_range(start, end)
    return ProgrammeRow(
        line=line,
        day=_day_number(_cell(cells, columns, "day"), days),
        title=v.title("title", _cell(cells, columns, "title")),
        start=start,
        end=end,
        room=v.short("room", _cell(cells, columns, "room")),
        format=v.short("format", _cell(cells, columns, "format")),
        speakers=tuple(
            v.title("speakers", s) for s in _split_list(_cell(cells, columns, "speakers"), ";|\n,")
        ),
        moderator=v.short("moderator", _cell(cells, columns, "moderator")),
        rapporteur=v.short("rapporteur", _cell(cells, columns, "rapporteur")),
        questions=_split_list(_cell(cells, columns, "questions")),
    )


def _participant_row(line: int, cells: list[str], columns: dict[str, int]) -> ParticipantRow:
    email = v.short("email", _cell(cells, columns, "email"))
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise ValidationError("email", f"'{email}' is not an e-mail address")
    return ParticipantRow(
        line=line,
        name=v.title("name", _cell(cells, columns, "name")),
        organisation=v.short("organisation", _cell(cells, columns, "organisation")),
        role=v.short("role", _cell(cells, columns, "role")),
        email=email,
    )


# SQLite's NOCASE, with which the store matches people's and organisations' names, folds ASCII only.
_NOCASE = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _nocase(name: str) -> str:
    return name.translate(_NOCASE)


def _apply_participants(store: EventStore, conn: sqlite3.Connection, people: list[ParticipantRow]) -> None:
    """EventStore.add_person for every row, in time linear in the rows.

    add_person looks each name up with a query (person.name has no index), which made 100,000 rows
    take minutes; here the names already in the file are read once into sets, with the same rules:
    a name already there (case-insensitive) is updated with the fields the row gives, a new one added,
    and a new organisation added once.
    """
    known: dict[str, sqlite3.Row] = {
        _nocase(r["name"]): r
        for r in conn.execute(
            "SELECT id, name, organisation, title, email FROM person WHERE deleted_at IS NULL"
        )
    }
    organisations = {
        _nocase(r["name"]) for r in conn.execute("SELECT name FROM organisation WHERE deleted_at IS NULL")
    }
    added: dict[str, str] = {}  # folded name -> id of a person this import added
    stamp = rows.now()
    for row in people:
        if row.organisation and _nocase(row.organisation) not in organisations:
            conn.execute(
                "INSERT INTO organisation(id, name, created_at, updated_at, author) VALUES (?,?,?,?,?)",
                (rows.new_id(), row.organisation, stamp, stamp, store.author),
            )
            organisations.add(_nocase(row.organisation))
        key = _nocase(row.name)
        existing = known.get(key)
        person_id = existing["id"] if existing is not None else added.get(key)
        if person_id is None:
            person_id = rows.new_id()
            conn.execute(
                "INSERT INTO person(id, name, organisation, title, email, created_at, updated_at, author)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (person_id, row.name, row.organisation, row.role, row.email, stamp, stamp, store.author),
            )
            added[key] = person_id
            continue
        # As add_person: the fields the row gives replace the stored ones; empty ones keep them.
        conn.execute(
            "UPDATE person SET organisation = coalesce(nullif(?, ''), organisation),"
            " title = coalesce(nullif(?, ''), title), email = coalesce(nullif(?, ''), email),"
            " updated_at = ?, author = ? WHERE id = ?",
            (row.organisation, row.role, row.email, stamp, store.author, person_id),
        )


def apply(store: EventStore, preview: CsvPreview) -> int:
    """Write the preview's good rows in one transaction; returns how many records were written."""
    with store.transaction() as conn:
        _apply_participants(store, conn, [r for r in preview.rows if isinstance(r, ParticipantRow)])
        for row in preview.rows:
            if isinstance(row, ProgrammeRow):
                people: list[tuple[str, Role]] = []
                if row.moderator:
                    people.append((row.moderator, Role.MODERATOR))
                people += [(name, Role.SPEAKER) for name in row.speakers]
                if row.rapporteur:
                    people.append((row.rapporteur, Role.RAPPORTEUR))
                store.add_session(
                    store.day(row.day).id,
                    row.title,
                    start=row.start,
                    end=row.end,
                    room=row.room,
                    format=row.format,
                    questions=row.questions,
                    people=people,
                )
    return len(preview.rows)
