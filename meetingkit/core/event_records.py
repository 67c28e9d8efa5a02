"""The event's records that capturing a note never builds: the event itself and its days (the window's first
screen needs these two; the snapshot exporters read is in core.snapshot, and the people, organisations,
focus areas and attachments the organiser pages show are in core.organiser_records).

Imported through meetingkit.core.model like every domain record; kept apart so that a one-line `add` does
not make these dataclasses (each ~0.7 ms to create, at every start of a command).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


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
