"""The records the organiser pages show: people, organisations, roadmap focus areas and attachments.

Imported through meetingkit.core.model like every domain record; apart from core.event_records so that
neither a one-line `add` nor the window's first screen makes these dataclasses (~0.7 ms each to create).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from meetingkit.core.model import AttachmentKind, Consent


@dataclass(frozen=True, slots=True)
class Organisation:
    """An organisation people belong to (a city, a network, a partner)."""

    id: str
    name: str
    kind: str = ""
    country: str = ""


@dataclass(frozen=True, slots=True)
class Person:
    """A participant: speaker, moderator, rapporteur or attendee, with their organisation."""

    id: str
    name: str
    organisation: str = ""
    title: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class FocusArea:
    """A row of the roadmap: strategic actions are grouped by horizon, then focus area."""

    id: str
    name: str
    order: int
    description: str = ""


@dataclass(frozen=True, slots=True)
class Attachment:
    """A photo, presentation or document of the event or of a session, with its caption, credit and consent."""

    id: str
    kind: AttachmentKind
    filename: str
    media_type: str
    size: int
    sha256: str
    session_id: str | None = None
    caption: str = ""
    credit: str = ""
    order: int = 0
    selected: bool = False
    consent: Consent = Consent.UNKNOWN
    width: int | None = None
    height: int | None = None
    taken_at: dt.datetime | None = None
