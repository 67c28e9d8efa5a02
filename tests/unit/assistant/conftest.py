"""Events for the assistant's tests: a hand-written session with two rapporteurs, and generated events."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from meetingkit.core.model import (
    ActionFields,
    ActionStatus,
    Day,
    Event,
    EventSnapshot,
    Horizon,
    Item,
    Organisation,
    Role,
    Session,
    SessionPerson,
)
from meetingkit.core.quickentry import parse

UTC = dt.UTC


def at(minute: int, day: int = 12) -> dt.datetime:
    return dt.datetime(2024, 9, day, 9, 0, tzinfo=UTC) + dt.timedelta(minutes=minute)


def note(iid: str, session: str, minute: int, line: str, *, author: str = "Ana", day: int = 12) -> Item:
    """An item as quick entry stores it (markers parsed, fields filled)."""
    entry = parse(line)
    return Item(
        id=iid,
        session_id=session,
        order=minute,
        text=entry.text,
        captured_at=at(minute, day),
        author=author,
        tags=entry.tags,
        action=entry.action_fields(),
        synergy=entry.synergy_fields(),
        speaker=entry.speaker(),
    )


EVENT = Event(
    id="ev",
    title="Learning cities",
    start=dt.date(2024, 9, 12),
    end=dt.date(2024, 9, 13),
    organisers=("UCLG", "Metropolis"),
)
DAYS = (Day("d1", 1, dt.date(2024, 9, 12), theme="Methods"), Day("d2", 2, dt.date(2024, 9, 13)))
PANEL = Session(
    "s1",
    "d1",
    1,
    "How do cities learn?",
    people=(
        SessionPerson("p1", "Marc Delacroix", Role.MODERATOR),
        SessionPerson("p2", "Valentina Ríos", Role.SPEAKER),
        SessionPerson("p3", "Sipho Ndlovu", Role.SPEAKER),
    ),
)
WORKSHOP = Session("s2", "d1", 2, "What is learned?")
CLOSING = Session("s3", "d2", 1, "Closing")

# Two rapporteurs (Ana and Ben) took notes of the panel; their lines interleave by time.
PANEL_NOTES = (
    note("n01", "s1", 1, "Panel opened by @[Marc Delacroix]: two inputs, then discussion."),
    note(
        "n02", "s1", 3, "@[Valentina Ríos] presented Rosario's **study visits** on participatory budgeting."
    ),
    note(
        "n03", "s1", 5, "* Study visits work when the visiting team brings a concrete question #study-visits"
    ),
    note(
        "n04",
        "s1",
        6,
        "* Study visits work when the visiting team brings a concrete question to the host",
        author="Ben",
    ),
    note("n05", "s1", 14, "@[Sipho Ndlovu] described Durban's institute of learning for municipal staff."),
    note("n06", "s1", 16, "* An institute of learning keeps knowledge when staff move on #knowledge"),
    note("n07", "s1", 30, "? How do networks measure whether an exchange changed anything?"),
    note(
        "n08",
        "s1",
        31,
        "Most networks measure participants, rarely the changes an exchange made.",
        author="Ben",
    ),
    note("n09", "s1", 35, '" A study visit without a follow-up is tourism with a badge @[Valentina Ríos]'),
    note("n10", "s1", 40, "= Methodologies are grouped by intensity, from information to transformation"),
    note(
        "n11",
        "s1",
        42,
        "! Compile the methodologies into a one-page overview @[Lucía Ferrer] due:2024-09-13 ^short",
    ),
    note("n12", "s1", 44, "~ @UCLG and @Metropolis could share one peer review methodology note"),
    note("n13", "s1", 46, "Metropolis will send the peer review guide to all participants.", author="Ben"),
    note("n14", "s1", 48, "? Who pays for the exchanges of intermediary cities?"),
    note(
        "n15",
        "s1",
        50,
        "- We agreed to meet again in March\n- [Agenda](https://example.org/agenda) to follow",
    ),
)
WORKSHOP_NOTES = (
    note("n21", "s2", 60, "* Tacit knowledge is learned only through direct contact #knowledge"),
    note("n22", "s2", 62, "* Learning from failures is rare but valued by cities #evaluation"),
    note("n23", "s2", 64, "ICLEI and Cities Alliance run parallel training on climate finance."),
    note("n24", "s2", 66, "= Topics are tagged the same way across networks"),
    note("n25", "s2", 68, "! Share the flipcharts as photos @[Pablo Giménez] due:2024-09-14"),
)
CLOSING_NOTES = (
    note("n31", "s3", 10, "* Knowledge travels through people and trust #knowledge", day=13),
    note(
        "n32",
        "s3",
        12,
        "! Draft the shared calendar of learning activities @[Nadia Benali] due:2024-12-15",
        day=13,
    ),
    note("n33", "s3", 14, "! Explore a learning fund with foundations @UCLG ^long focus:Resources", day=13),
)


def hand_written() -> EventSnapshot:
    return EventSnapshot(
        event=EVENT,
        days=DAYS,
        sessions=(PANEL, WORKSHOP, CLOSING),
        items=PANEL_NOTES + WORKSHOP_NOTES + CLOSING_NOTES,
        organisations=(
            Organisation("o1", "UCLG"),
            Organisation("o2", "Metropolis"),
            Organisation("o3", "ICLEI"),
            Organisation("o4", "Cities Alliance"),
        ),
    )


@pytest.fixture
def event() -> EventSnapshot:
    return hand_written()


_WORDS = [
    "city",
    "learning",
    "network",
    "peer",
    "exchange",
    "mayors",
    "metropolitan",
    "governance",
    "housing",
    "mobility",
    "data",
    "budget",
    "climate",
    "resilience",
    "training",
    "agenda",
    "roadmap",
    "partners",
    "members",
    "secretariat",
    "knowledge",
    "evaluation",
    "calendar",
    "youth",
    "participation",
    "finance",
    "water",
    "waste",
    "culture",
    "heritage",
    "migration",
    "health",
    "digital",
    "services",
    "equity",
]
_ORGS = ("UCLG", "Metropolis", "ICLEI", "C40", "Cities Alliance")
_MARKERS = ("", "", "", "! ", "~ ", "= ", "? ", "* ", '" ')


def generated(
    seed: int, *, days: int = 2, sessions_per_day: int = 3, notes_per_session: int = 30
) -> EventSnapshot:
    """A random but reproducible event: quick-entry lines of every kind, mentions, tags, some repeated."""
    rng = random.Random(seed)
    day_list = tuple(Day(f"d{d}", d, dt.date(2024, 9, 11 + d)) for d in range(1, days + 1))
    sessions: list[Session] = []
    items: list[Item] = []
    for day in day_list:
        for s in range(sessions_per_day):
            sid = f"{day.id}s{s}"
            speaker = f"Speaker {rng.randrange(50)}"
            sessions.append(
                Session(sid, day.id, s, f"Session {sid}", people=(SessionPerson(sid, speaker, Role.SPEAKER),))
            )
            previous = ""
            for n in range(notes_per_session):
                if previous and rng.random() < 0.1:
                    line = previous  # the same point noted by a second rapporteur
                else:
                    words = rng.choices(_WORDS, k=rng.randrange(5, 16))
                    line = rng.choice(_MARKERS) + " ".join(words).capitalize()
                    if rng.random() < 0.2:
                        line += f" #{rng.choice(_WORDS)}"
                    if line.startswith(("!", "~", '"')):
                        line += f" @{rng.choice(_ORGS).replace(' ', '_')}"
                    if line.startswith("!") and rng.random() < 0.5:
                        line += f" due:2024-{rng.randrange(10, 13)}-{rng.randrange(10, 28)} ^{rng.choice(list(Horizon))}"
                    if n == 1:
                        line = f"{speaker} presented " + line.lstrip('!~=?*" ')
                previous = line
                item = note(
                    f"{sid}n{n}",
                    sid,
                    s * 90 + n * 2,
                    line,
                    author=rng.choice(("Ana", "Ben")),
                    day=day.index + 11,
                )
                if item.action is not None and rng.random() < 0.2:
                    item = Item(
                        **{
                            **{f: getattr(item, f) for f in Item.__slots__},
                            "action": ActionFields(
                                item.action.owner, item.action.due, item.action.horizon, ActionStatus.DONE
                            ),
                        }
                    )
                items.append(item)
    return EventSnapshot(
        event=Event(
            id="gen", title="Generated", start=day_list[0].date, end=day_list[-1].date, organisers=_ORGS[:2]
        ),
        days=day_list,
        sessions=tuple(sessions),
        items=tuple(items),
        organisations=tuple(Organisation(f"o{i}", name) for i, name in enumerate(_ORGS)),
    )


@pytest.fixture(scope="session")
def sample_snapshot(tmp_path_factory: pytest.TempPathFactory) -> EventSnapshot:
    from meetingkit.sample.build import write_sample
    from meetingkit.store import EventStore

    path: Path = write_sample(tmp_path_factory.mktemp("sample") / "sample.meeting")
    with EventStore.open(path, read_only=True) as store:
        return store.snapshot()
