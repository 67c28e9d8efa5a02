"""Hand-built event snapshots (a small Barcelona-like meeting) and generated photos for the export tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from meetingkit.core.model import (
    ActionFields,
    ActionStatus,
    Attachment,
    AttachmentKind,
    Consent,
    Day,
    Event,
    EventSnapshot,
    FocusArea,
    Horizon,
    Item,
    Organisation,
    Person,
    Role,
    Session,
    SessionPerson,
    SynergyFields,
)

UTC = dt.UTC


def moment(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2024, 9, day, hour, minute, tzinfo=UTC)


def item(
    iid: str,
    session: str,
    order: int,
    text: str,
    *tags: str,
    action: ActionFields | None = None,
    synergy: SynergyFields | None = None,
    speaker: str = "",
    at: dt.datetime | None = None,
) -> Item:
    return Item(
        id=iid,
        session_id=session,
        order=order,
        text=text,
        captured_at=at or moment(12, 9, order),
        tags=tuple(tags),
        action=action,
        synergy=synergy,
        speaker=speaker,
    )


def photo(
    aid: str,
    order: int,
    *,
    session: str | None = None,
    consent: Consent = Consent.AGREED,
    selected: bool = True,
    caption: str = "",
    credit: str = "",
) -> Attachment:
    return Attachment(
        id=aid,
        kind=AttachmentKind.PHOTO,
        filename=f"{aid}.png",
        media_type="image/png",
        size=1000,
        sha256=aid * 4,
        session_id=session,
        caption=caption,
        credit=credit,
        order=order,
        selected=selected,
        consent=consent,
        width=1200,
        height=800,
    )


def build_snapshot(*, items: tuple[Item, ...] | None = None, **event_changes: object) -> EventSnapshot:
    event = Event(
        id="ev",
        title="UCLG and Metropolis: Connecting with a world of learners",
        subtitle="Learning exchange on City-to-City learning",
        start=dt.date(2024, 9, 12),
        end=dt.date(2024, 9, 14),
        venue="Casa Llotja de Mar",
        city="Barcelona",
        organisers=("UCLG", "Metropolis"),
        description="City leaders, partners and networks met to **plan their agendas** on learning.",
        conclusions="Both organisations agreed to:\n\n- precise the learning strategy\n- involve more partners",
    )
    if event_changes:
        event = dataclasses.replace(event, **event_changes)  # type: ignore[arg-type]
    days = (
        Day("d1", 1, dt.date(2024, 9, 12), theme="How are networks and cities learning?"),
        Day("d2", 2, dt.date(2024, 9, 13), theme="Expectations and the role of UCLG"),
        Day("d3", 3, dt.date(2024, 9, 14), theme="Synergies and next steps"),
    )
    sessions = (
        Session(
            "s1",
            "d1",
            1,
            "Methodologies of learning",
            start=dt.time(9, 30),
            end=dt.time(11, 0),
            room="Sala Europa",
            format="Panel",
            questions=("How are networks and cities learning?", "What is being learned?"),
            summary="Networks shared **methods** and [the peer review guide](https://example.org/guide).",
            people=(
                SessionPerson("p1", "Emilia Saiz", Role.MODERATOR, "UCLG"),
                SessionPerson("p2", "Octavi de la Varga", Role.SPEAKER, "Metropolis"),
                SessionPerson("p3", "Sara Hoeflich", Role.SPEAKER, "UCLG"),
                SessionPerson("p4", "Anna Calvete", Role.RAPPORTEUR, "UCLG"),
            ),
        ),
        Session(
            "s2",
            "d2",
            1,
            "Smart Cities and beyond",
            start=dt.time(10, 0),
            end=dt.time(11, 30),
            room="Auditorium",
            people=(SessionPerson("p5", "Tim Campbell", Role.SPEAKER, "Urban Age"),),
        ),
        Session("s3", "d2", 2, "Building the roadmap", start=dt.time(14, 0), end=dt.time(16, 0)),
        Session("s4", "d3", 1, "Synergies between both organisations"),
    )
    default_items = (
        item("i1", "s1", 1, "Peer learning works best with *small groups*", "key-point"),
        item("i2", "s1", 2, "Adopt a common glossary", "decision"),
        item("i3", "s1", 3, "Learning is a matter of trust", "quote", speaker="Tim Campbell"),
        item("i4", "s1", 4, "Who needs to learn?", "question"),
        item("i5", "s1", 5, "Plain note with `code` and a list:\n\n- one\n    - nested\n- two"),
        item(
            "i6",
            "s1",
            6,
            "Facilitate peer learning",
            "action",
            action=ActionFields(
                "UCLG", dt.date(2024, 12, 31), Horizon.SHORT, ActionStatus.OPEN, "Facilitate peer learning"
            ),
        ),
        item(
            "i7",
            "s2",
            1,
            "Monitor and evaluate learning outcomes",
            "action",
            action=ActionFields("Metropolis", None, Horizon.LONG, ActionStatus.OPEN, "Research"),
        ),
        item(
            "i8",
            "s3",
            1,
            "Improve communication and visibility",
            "action",
            action=ActionFields(
                "UCLG", dt.date(2025, 3, 1), Horizon.SHORT, ActionStatus.DONE, "Communication and visibility"
            ),
        ),
        item(
            "i9",
            "s4",
            1,
            "Joint training calendar",
            "synergy",
            synergy=SynergyFields(("UCLG", "Metropolis"), "training"),
        ),
        item(
            "i10",
            "s4",
            2,
            "Shared **knowledge** platform",
            "synergy",
            synergy=SynergyFields(("Metropolis", "Cities Alliance"), "knowledge"),
        ),
    )
    return EventSnapshot(
        event=event,
        days=days,
        sessions=sessions,
        items=default_items if items is None else items,
        people=(
            Person("p1", "Emilia Saiz", "o1", "Secretary General"),
            Person("p2", "Octavi de la Varga", "o2", "Secretary General"),
            Person("p3", "Sara Hoeflich", "o1"),
            Person("p4", "Anna Calvete", "o1"),
            Person("p5", "Tim Campbell", "Urban Age"),
            Person("p6", "Independent Expert"),
        ),
        organisations=(Organisation("o1", "UCLG"), Organisation("o2", "Metropolis")),
        attachments=(
            photo("ph1", 1, session="s1", caption="Opening plenary", credit="Jordi Pujol"),
            photo("ph2", 2, session="s2", consent=Consent.REFUSED, caption="No consent"),
            photo("ph3", 3, caption="Group photo"),
            photo("ph4", 4, selected=False, caption="Not selected"),
            Attachment(
                "pr1",
                AttachmentKind.PRESENTATION,
                "Smart Cities and beyond.pdf",
                "application/pdf",
                5000,
                "ab" * 32,
                session_id="s2",
            ),
        ),
        focus_areas=(
            FocusArea("f1", "Facilitate peer learning", 1),
            FocusArea("f2", "Communication and visibility", 2),
            FocusArea("f3", "Knowledge management", 3),
        ),
    )


@pytest.fixture
def snapshot() -> EventSnapshot:
    return build_snapshot()


def png_bytes(width: int = 120, height: int = 80, colour: tuple[int, int, int] = (40, 110, 160)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def image_source() -> Callable[[Attachment], bytes | Path | None]:
    data = png_bytes()

    def source(attachment: Attachment) -> bytes | Path | None:
        return data

    return source
