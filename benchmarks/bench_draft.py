"""How long the summary assistant takes: one session's draft, and the synthesis of a 20-session day.

Run: .venv/bin/python benchmarks/bench_draft.py [--repeat 5] [--notes 40]
Targets (issue 13): a session draft <= 100 ms, a 20-session day's synthesis <= 2 s. Two events:
the built-in sample (real sentences) and a generated *congress day*: 20 sessions of N quick-entry notes
each drawn from the small vocabulary of event_files.py, so every note resembles many others (the dense
similarity graph is the ranking's worst case). Each figure is paired, in the same run, with the time to
clean and order the same notes (notes.prepare), the floor any drafting pays.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from event_files import MARKERS, ORGS, _sentence

from meetingkit.assistant.notes import prepare
from meetingkit.assistant.session import draft_session
from meetingkit.assistant.synthesis import draft_day
from meetingkit.core.model import Day, Event, EventSnapshot, Item, Role, Session, SessionPerson
from meetingkit.core.quickentry import parse


def congress_day(sessions: int, notes: int) -> EventSnapshot:
    rng = random.Random(2017)
    day = Day("d1", 1, dt.date(2025, 10, 6))
    session_list: list[Session] = []
    items: list[Item] = []
    start = dt.datetime(2025, 10, 6, 9, tzinfo=dt.UTC)
    for s in range(sessions):
        speaker = f"Speaker {rng.randrange(400)}"
        session_list.append(
            Session(
                f"s{s}",
                day.id,
                s,
                f"Session {s + 1}",
                people=(SessionPerson(f"p{s}", speaker, Role.SPEAKER),),
            )
        )
        for n in range(notes):
            line = rng.choice(MARKERS) + _sentence(rng)
            if line.startswith(("!", "~")):
                line += f" @{rng.choice(ORGS).replace(' ', '_')}"
            if n % 10 == 1:
                line = f"{speaker} presented " + line.lstrip('!~=?*" ')
            entry = parse(line)
            items.append(
                Item(
                    id=f"s{s}n{n}",
                    session_id=f"s{s}",
                    order=n,
                    text=entry.text,
                    captured_at=start + dt.timedelta(minutes=s * 30 + n),
                    tags=entry.tags,
                    action=entry.action_fields(),
                    synergy=entry.synergy_fields(),
                    speaker=entry.speaker(),
                )
            )
    event = Event("ev", "Congress", day.date, day.date, organisers=tuple(ORGS[:3]))
    return EventSnapshot(event=event, days=(day,), sessions=tuple(session_list), items=tuple(items))


def sample_event() -> EventSnapshot:
    from meetingkit.sample.build import write_sample
    from meetingkit.store import EventStore

    with tempfile.TemporaryDirectory() as folder:
        path = write_sample(Path(folder) / "sample.meeting")
        with EventStore.open(path, read_only=True) as store:
            return store.snapshot()


def median_ms(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def report(name: str, snap: EventSnapshot, repeat: int) -> None:
    sessions = sorted(snap.sessions, key=lambda s: len(snap.items_of(s)), reverse=True)
    biggest = sessions[0]
    per_session = [median_ms(lambda s=s: draft_session(snap, s), repeat) for s in sessions]
    floor = median_ms(lambda: prepare(snap.items_of(biggest)), repeat)
    print(
        f"{name}: session draft median {statistics.median(per_session):.1f} ms over {len(sessions)} sessions,"
        f" largest session ({len(snap.items_of(biggest))} notes) {max(per_session):.1f} ms"
        f" (cleaning and ordering its notes alone {floor:.1f} ms)"
    )
    for day in sorted(snap.days, key=lambda d: d.index):
        count = len(snap.sessions_of(day))
        notes = sum(len(snap.items_of(s)) for s in snap.sessions_of(day))
        synthesis = median_ms(lambda day=day: draft_day(snap, day), repeat)
        floor = median_ms(lambda day=day: [prepare(snap.items_of(s)) for s in snap.sessions_of(day)], repeat)
        print(
            f"{name}: day {day.index} synthesis ({count} sessions, {notes} notes) median {synthesis:.0f} ms"
            f" (cleaning and ordering its notes alone {floor:.0f} ms)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--notes", type=int, default=40, help="notes per session of the congress day")
    args = parser.parse_args()
    report("sample", sample_event(), args.repeat)
    report(f"congress day ({args.notes} notes a session)", congress_day(20, args.notes), args.repeat)


if __name__ == "__main__":
    main()
