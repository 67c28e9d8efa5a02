"""The domain records of one event: plain, immutable dataclasses that every layer passes around."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

# The snapshot only holds drafts: their module (and json) load with the code that reads them.
if TYPE_CHECKING:
    from meetingkit.core.drafts import DraftScope, SummaryDraft


class Tag(StrEnum):
    """Built-in tags with a meaning; free `#tags` are plain strings next to them."""

    ACTION = "action"
    SYNERGY = "synergy"
    DECISION = "decision"
    QUESTION = "question"
    KEY_POINT = "key-point"
    QUOTE = "quote"


BUILTIN_TAGS: tuple[Tag, ...] = tuple(Tag)


class Horizon(StrEnum):
    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class Consent(StrEnum):
    """Whether the people a photo shows agreed to its publication: nobody has asked until someone says so."""

    UNKNOWN = "unknown"
    AGREED = "agreed"
    REFUSED = "refused"


class Role(StrEnum):
    """A person's role in one session."""

    MODERATOR = "moderator"
    SPEAKER = "speaker"
    RAPPORTEUR = "rapporteur"


class AttachmentKind(StrEnum):
    PHOTO = "photo"
    PRESENTATION = "presentation"
    DOCUMENT = "document"


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    name: str
    kind: str = ""
    country: str = ""


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    organisation: str = ""
    title: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class Event:
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
    id: str
    index: int
    date: dt.date
    theme: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class SessionPerson:
    """A person named in a session with their role there."""

    person_id: str
    name: str
    role: Role
    organisation: str = ""


@dataclass(frozen=True, slots=True)
class Session:
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


@dataclass(frozen=True, slots=True)
class ActionFields:
    owner: str = ""
    due: dt.date | None = None
    horizon: Horizon | None = None
    status: ActionStatus = ActionStatus.OPEN
    focus_area: str = ""


@dataclass(frozen=True, slots=True)
class SynergyFields:
    parties: tuple[str, ...] = ()
    theme: str = ""


@dataclass(frozen=True, slots=True)
class Item:
    """One captured note in a session."""

    id: str
    session_id: str
    order: int
    text: str
    captured_at: dt.datetime
    author: str = ""
    tags: tuple[str, ...] = ()
    action: ActionFields | None = None
    synergy: SynergyFields | None = None
    speaker: str = ""

    def has(self, tag: Tag | str) -> bool:
        return str(tag) in self.tags

    @property
    def free_tags(self) -> tuple[str, ...]:
        builtin = {str(t) for t in Tag}
        return tuple(t for t in self.tags if t not in builtin)


@dataclass(frozen=True, slots=True)
class FocusArea:
    """A row of the roadmap: strategic actions are grouped by horizon, then focus area."""

    id: str
    name: str
    order: int
    description: str = ""


@dataclass(frozen=True, slots=True)
class Attachment:
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


def _index(records: Iterable[object]) -> dict[str, object]:
    return {r.id: r for r in records}  # type: ignore[attr-defined]


@dataclass(frozen=True)
class EventSnapshot:
    """Everything about one event at one moment, detached from the store: exporters read only this."""

    event: Event
    days: tuple[Day, ...]
    sessions: tuple[Session, ...]
    items: tuple[Item, ...]
    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    focus_areas: tuple[FocusArea, ...] = ()
    summary_drafts: tuple[SummaryDraft, ...] = ()  # the assistant's, apart from the human summaries
    acronyms: str = ""  # the glossary, one `ABBR = Expansion` a line (core/glossary.py reads it)
    _by_id: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    # Grouped once here: exporters ask per day and per session, and a scan each time was quadratic.
    _sessions_of: dict[str, tuple[Session, ...]] = field(default_factory=dict, repr=False, compare=False)
    _items_of: dict[str, tuple[Item, ...]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, object] = {}
        for group in (self.days, self.sessions, self.items, self.attachments):
            index.update(_index(group))
        object.__setattr__(self, "_by_id", index)
        sessions_of: dict[str, list[Session]] = {}
        for session in self.sessions:
            sessions_of.setdefault(session.day_id, []).append(session)
        items_of: dict[str, list[Item]] = {}
        for item in self.items:
            items_of.setdefault(item.session_id, []).append(item)
        object.__setattr__(self, "_sessions_of", {k: tuple(v) for k, v in sessions_of.items()})
        object.__setattr__(self, "_items_of", {k: tuple(v) for k, v in items_of.items()})

    def session(self, session_id: str) -> Session:
        found = self._by_id.get(session_id)
        if not isinstance(found, Session):
            raise KeyError(session_id)
        return found

    def day(self, day_id: str) -> Day:
        found = self._by_id.get(day_id)
        if not isinstance(found, Day):
            raise KeyError(day_id)
        return found

    def sessions_of(self, day: Day) -> tuple[Session, ...]:
        return self._sessions_of.get(day.id, ())

    def items_of(self, session: Session) -> tuple[Item, ...]:
        return self._items_of.get(session.id, ())

    def tagged(self, tag: Tag | str) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.has(tag))

    def actions(self) -> tuple[Item, ...]:
        return self.tagged(Tag.ACTION)

    def synergies(self) -> tuple[Item, ...]:
        return self.tagged(Tag.SYNERGY)

    def photos(self, selected_only: bool = False) -> tuple[Attachment, ...]:
        return tuple(
            a
            for a in self.attachments
            if a.kind is AttachmentKind.PHOTO and (a.selected or not selected_only)
        )

    def published_photos(self, *, include_not_asked: bool = False) -> tuple[Attachment, ...]:
        """The selected photos the outcomes may show, in their order: consent agreed (or not asked, if chosen)."""
        allowed = {Consent.AGREED, Consent.UNKNOWN} if include_not_asked else {Consent.AGREED}
        return tuple(
            sorted(
                (a for a in self.photos(selected_only=True) if a.consent in allowed),
                key=lambda a: (a.order, a.filename.casefold()),
            )
        )

    def presentations(self) -> tuple[Attachment, ...]:
        return tuple(a for a in self.attachments if a.kind is not AttachmentKind.PHOTO)

    def attachments_of(self, session: Session) -> tuple[Attachment, ...]:
        return tuple(a for a in self.attachments if a.session_id == session.id)

    def summary_draft(self, scope: DraftScope, ref: str) -> SummaryDraft | None:
        return next((d for d in self.summary_drafts if d.scope is scope and d.ref == ref), None)
