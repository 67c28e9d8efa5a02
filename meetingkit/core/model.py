"""The domain records of one event: plain, immutable records that every layer passes around.

Dataclasses, except the note and a session's person, which every `meetingkit add` makes: frozen records
(core/frozen.py) that compare, hash, show and pickle as the dataclasses did.

The notes are defined here. What an action or a synergy note adds is in core.action_fields and
core.synergy_fields (a plain note needs neither, nor the dataclasses module); the records a capture never
builds (the event, its days and its sessions: core.event_records, as `add` finds its session by id and title
alone; the snapshot: core.snapshot; people, organisations, focus areas, attachments: core.organiser_records)
are imported from here all the same: they are made on first use, not by every `add` nor all at the window's
launch (a dataclass costs ~0.7 ms to create).
"""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum

from meetingkit.core.frozen import Frozen

TYPE_CHECKING = False
if TYPE_CHECKING:
    from meetingkit.core.action_fields import ActionFields as ActionFields
    from meetingkit.core.event_records import Day as Day
    from meetingkit.core.event_records import Event as Event
    from meetingkit.core.event_records import Session as Session
    from meetingkit.core.organiser_records import Attachment as Attachment
    from meetingkit.core.organiser_records import FocusArea as FocusArea
    from meetingkit.core.organiser_records import Organisation as Organisation
    from meetingkit.core.organiser_records import Person as Person
    from meetingkit.core.snapshot import EventSnapshot as EventSnapshot
    from meetingkit.core.synergy_fields import SynergyFields as SynergyFields
else:
    # Where each record made on first use is defined.
    _MADE_APART = {
        "Day": "meetingkit.core.event_records",
        "Event": "meetingkit.core.event_records",
        "Session": "meetingkit.core.event_records",
        "ActionFields": "meetingkit.core.action_fields",
        "SynergyFields": "meetingkit.core.synergy_fields",
        "EventSnapshot": "meetingkit.core.snapshot",
        "Attachment": "meetingkit.core.organiser_records",
        "FocusArea": "meetingkit.core.organiser_records",
        "Organisation": "meetingkit.core.organiser_records",
        "Person": "meetingkit.core.organiser_records",
    }

    def __getattr__(name: str) -> object:
        # Hidden from the type checker, which reads the imports above and so still knows every name.
        module = _MADE_APART.get(name)
        if module is None:  # "__path__" too: `from core.model import X` asks for it first
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        # The import statement's own function, not importlib (deferred_modules.py says why).
        __import__(module)
        value = getattr(sys.modules[module], name)
        globals()[name] = value  # asked once: the next lookup finds it here
        return value


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


class DraftScope(StrEnum):
    """What a summary draft of the assistant covers (its records are in core.drafts)."""

    SESSION = "session"
    DAY = "day"
    EVENT = "event"


class AttachmentKind(StrEnum):
    PHOTO = "photo"
    PRESENTATION = "presentation"
    DOCUMENT = "document"


class SessionPerson(Frozen):
    """A person named in a session with their role there (a frozen record: core/frozen.py says why)."""

    __slots__ = ("name", "organisation", "person_id", "role")
    _FIELDS = ("person_id", "name", "role", "organisation")

    person_id: str
    name: str
    role: Role
    organisation: str

    def __init__(self, person_id: str, name: str, role: Role, organisation: str = "") -> None:
        set_field = object.__setattr__
        set_field(self, "person_id", person_id)
        set_field(self, "name", name)
        set_field(self, "role", role)
        set_field(self, "organisation", organisation)


class Item(Frozen):
    """One captured note in a session (a frozen record: core/frozen.py says why it is not a dataclass)."""

    __slots__ = (
        "action",
        "author",
        "captured_at",
        "id",
        "order",
        "session_id",
        "speaker",
        "synergy",
        "tags",
        "text",
    )
    _FIELDS = (
        "id",
        "session_id",
        "order",
        "text",
        "captured_at",
        "author",
        "tags",
        "action",
        "synergy",
        "speaker",
    )

    id: str
    session_id: str
    order: int
    text: str
    captured_at: dt.datetime
    author: str
    tags: tuple[str, ...]
    action: ActionFields | None
    synergy: SynergyFields | None
    speaker: str

    def __init__(
        self,
        id: str,
        session_id: str,
        order: int,
        text: str,
        captured_at: dt.datetime,
        author: str = "",
        tags: tuple[str, ...] = (),
        action: ActionFields | None = None,
        synergy: SynergyFields | None = None,
        speaker: str = "",
    ) -> None:
        set_field = object.__setattr__
        set_field(self, "id", id)
        set_field(self, "session_id", session_id)
        set_field(self, "order", order)
        set_field(self, "text", text)
        set_field(self, "captured_at", captured_at)
        set_field(self, "author", author)
        set_field(self, "tags", tags)
        set_field(self, "action", action)
        set_field(self, "synergy", synergy)
        set_field(self, "speaker", speaker)

    def has(self, tag: Tag | str) -> bool:
        return str(tag) in self.tags

    @property
    def free_tags(self) -> tuple[str, ...]:
        builtin = {str(t) for t in Tag}
        return tuple(t for t in self.tags if t not in builtin)
