"""The event's records that capturing a note never builds: the event itself, its days and its sessions (the
window's first screen needs these; `add` finds its session by id and title alone; the snapshot exporters read is in core.snapshot, and the people, organisations,
focus areas and attachments the organiser pages show are in core.organiser_records).

Imported through meetingkit.core.model like every domain record; kept apart so that a one-line `add` does
not make these dataclasses (each ~0.7 ms to create, at every start of a command).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

TYPE_CHECKING = False
if TYPE_CHECKING:
    from meetingkit.core.model import Role, SessionPerson


@dataclass(frozen=True, slots=True)
class Event:
    """The meeting itself: title, dates, place, organisers, and its description and conclusions."""

    id: str
    title: str
    start: dt.date
    end: dt.date
    subtitle: str = ""
    venue: str = ""
    city: str = ""
    organisers: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("en",)
    description: str = ""
    conclusions: str = ""
    logo_attachment_id: str | None = None
    timezone: str = ""  # IANA name, e.g. "Europe/Madrid"; "" means the computer's own zone


@dataclass(frozen=True, slots=True)
class Day:
    """One day of the event, with its theme."""

    id: str
    index: int
    date: dt.date
    theme: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class Session:
    """One session of a day: its programme details, its people and its summary."""

    id: str
    day_id: str
    order: int
    title: str
    start: dt.time | None = None
    end: dt.time | None = None
    room: str = ""
    format: str = ""
    questions: tuple[str, ...] = ()
    summary: str = ""
    people: tuple[SessionPerson, ...] = ()

    def people_with(self, role: Role) -> tuple[SessionPerson, ...]:
        return tuple(p for p in self.people if p.role is role)
