"""Reference event files for the UI benchmarks, generated deterministically (imported by bench_*.py).

*congress*: 5 days, 100 sessions, 10,000 items and 200 photo-sized blobs (random bytes: the app never
decodes them at start-up, but SQLite's open-time check and the file size are what a real congress costs).
*barcelona*: the built-in sample event (meetingkit.sample.build).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from meetingkit.core.model import Role
from meetingkit.store import EventStore

WORDS = [
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
ORGS = ["UCLG", "Metropolis", "ICLEI", "C40", "Cities Alliance", "UN-Habitat", "Eurocities", "CGLU Africa"]
MARKERS = ["", "", "", "! ", "~ ", "= ", "? ", "* ", '" ']


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randrange(6, 22))
    return " ".join(words).capitalize()


def write_congress(
    path: Path, *, items: int = 10_000, sessions: int = 100, photos: int = 200, photo_bytes: int = 4_000_000
) -> Path:
    """Write the congress event to `path` unless it is already there (it takes a minute)."""
    if path.exists():
        return path
    rng = random.Random(2017)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    store = EventStore.create(
        partial,
        title="World Congress of Cities",
        start=dt.date(2025, 10, 6),
        end=dt.date(2025, 10, 10),
        venue="Congress Centre",
        city="Lisbon",
        organisers=ORGS[:3],
    )
    with store, store.batch():
        days = store.days()
        session_ids = []
        for n in range(sessions):
            day = days[n % len(days)]
            hour = 9 + (n // len(days)) % 9
            session = store.add_session(
                day.id,
                f"Session {n + 1}: " + _sentence(rng)[:60],
                start=f"{hour:02d}:00",
                end=f"{hour:02d}:50",
                room=f"Room {rng.randrange(1, 12)}",
                questions=[_sentence(rng) + "?" for _ in range(2)],
                summary="\n\n".join(_sentence(rng) + "." for _ in range(4)),
                people=[
                    (f"Speaker {rng.randrange(400)}", Role.SPEAKER),
                    (f"Rapporteur {n}", Role.RAPPORTEUR),
                ],
            )
            session_ids.append(session.id)
        for n in range(items):
            line = rng.choice(MARKERS) + _sentence(rng)
            if line.startswith(("!", "~")):
                line += f" @{rng.choice(ORGS).replace(' ', '_')}"
            store.add_entry(session_ids[n * sessions // items], line)
        for n in range(photos):
            store.add_attachment(
                rng.randbytes(photo_bytes),
                filename=f"photo-{n + 1:03d}.jpg",
                kind="photo",
                media_type="image/jpeg",
                session_id=rng.choice(session_ids),
                caption=_sentence(rng),
            )
    partial.replace(path)
    return path


def write_barcelona(path: Path) -> Path:
    if not path.exists():
        from meetingkit.sample.build import write_sample

        write_sample(path)
    return path
