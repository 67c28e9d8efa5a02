"""The snapshot of one event that exporters read: every record of the event at one moment, detached from the
store.

Imported through meetingkit.core.model like every domain record; kept apart from the event and its days so
that the window's launch, which needs those, does not make it (a dataclass costs ~0.7 ms to create).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from meetingkit.core.event_records import Day
from meetingkit.core.model import AttachmentKind, Consent, Item, Session, Tag

if TYPE_CHECKING:
    from meetingkit.core.drafts import DraftScope, SummaryDraft
    from meetingkit.core.event_records import Event
    from meetingkit.core.organiser_records import Attachment, FocusArea, Organisation, Person


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
