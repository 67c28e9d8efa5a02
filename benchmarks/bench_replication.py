"""What replication costs: merging two rapporteurs' 10,000-item files, opening, Enter -> saved, file growth.

Run with the interpreter of the version to measure (before and after, back to back):
    .venv/bin/python benchmarks/bench_replication.py [--items 10000] [--runs 5] [--dir DIR]

Two copies of one event of --items notes (100 sessions) diverge: each adds 200 notes and edits 100 existing
ones (owners on one side, texts on the other). Timed, each against a floor measured in the same run:
* `meetingkit merge A B` as a whole process (median of --runs, each on a fresh copy of A), against a raw
  SQLite `ATTACH` + `INSERT OR REPLACE ... SELECT` of every table in one process (the floor of any merge);
* opening the event and saving a first note (the replica's document loads on first write), against a bare
  sqlite3 connect + insert + commit;
* Enter -> saved (EventStore.add_entry) p50/p99 over 200 notes on the big event, against a bare insert+commit;
* file growth per 1,000 edits (notes added and fields changed), against the same rows' bare size.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from meetingkit.core.model import ActionFields
from meetingkit.store import EventStore
from meetingkit.store.replica import TABLES

sys.path.insert(0, str(Path(__file__).parent))
from event_files import write_congress


def diverge(base: Path, folder: Path) -> tuple[Path, Path]:
    rng = random.Random(12)
    a, b = folder / "a.meeting", folder / "b.meeting"
    shutil.copyfile(base, a)
    shutil.copyfile(base, b)
    for path, author in ((a, "Ana"), (b, "Ben")):
        with EventStore.open(path, author=author) as store:
            sessions = [s.id for s in store.sessions()]
            items = [i.id for i in store.items()]
            for n in range(200):
                store.add_entry(rng.choice(sessions), f"! New point {n} from {author} @UCLG")
            for item in rng.sample(items, 100):
                if author == "Ana":
                    store.update_item(item, action=ActionFields(owner=f"Owner {rng.randrange(50)}"))
                else:
                    store.update_item(item, text=store.item(item).text + " (corrected)")
    return a, b


def time_merge(a: Path, b: Path, folder: Path, runs: int) -> list[float]:
    times = []
    for n in range(runs):
        target = folder / f"target{n}.meeting"
        shutil.copyfile(a, target)
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "meetingkit", "merge", str(target), str(b)],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    return times


def time_raw_merge(a: Path, b: Path, folder: Path, runs: int) -> list[float]:
    script = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('ATTACH ? AS b', (sys.argv[2],))\n"
        "c.execute('BEGIN')\n"
        f"for t in {TABLES!r}: c.execute(f'INSERT OR REPLACE INTO main.{{t}} SELECT * FROM b.{{t}}')\n"
        "c.execute('COMMIT')\n"
    )
    times = []
    for n in range(runs):
        target = folder / f"raw{n}.meeting"
        shutil.copyfile(a, target)
        # The raw floor has no triggers to feed: it copies rows, nothing more.
        conn = sqlite3.connect(target)
        for (name,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        conn.commit()
        conn.close()
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", script, str(target), str(b)], check=True)
        times.append(time.perf_counter() - start)
    return times


def open_and_first_note(path: Path, folder: Path, runs: int) -> tuple[list[float], list[float]]:
    ours, bare = [], []
    for n in range(runs):
        copy = folder / f"open{n}.meeting"
        shutil.copyfile(path, copy)
        start = time.perf_counter()
        with EventStore.open(copy) as store:
            store.add_entry(store.sessions()[0].id, "First note after opening")
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        conn = sqlite3.connect(copy, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TABLE IF NOT EXISTS bench_note(text TEXT)")
        conn.execute("INSERT INTO bench_note VALUES ('x')")
        conn.execute("COMMIT")
        conn.close()
        bare.append(time.perf_counter() - start)
    return ours, bare


def enter_to_saved(path: Path, folder: Path, notes: int) -> tuple[list[float], list[float]]:
    """One note through the store, then one bare insert+commit, alternately: both meet the same disk load."""
    copy = folder / "enter.meeting"
    shutil.copyfile(path, copy)
    ours, bare = [], []
    conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS item (id INTEGER PRIMARY KEY, text TEXT)")
    with EventStore.open(copy) as store:
        session = store.sessions()[0].id
        store.add_entry(session, "warm-up: the replica's document loads on the first write")
        for n in range(notes):
            start = time.perf_counter()
            store.add_entry(session, f"! Circulate the calendar {n} @UCLG due:2017-10-01 ^short #learning")
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO item(text) VALUES (?)", (f"line {n}",))
            conn.execute("COMMIT")
            bare.append(time.perf_counter() - start)
    conn.close()
    return ours, bare


def growth_per_thousand_edits(folder: Path) -> tuple[int, int]:
    """Bytes the file grows by for 500 notes added and 500 fields changed; and those rows' own size."""
    path = folder / "growth.meeting"
    with EventStore.create(path, title="Growth", start="2024-01-01", end="2024-01-01") as store:
        session = store.add_session(store.day(1).id, "Plenary").id
    before = _used_bytes(path)
    with EventStore.open(path) as store:
        ids = [store.add_entry(session, f"Note number {n} about city learning").id for n in range(500)]
        for n, item in enumerate(ids):
            store.update_item(item, action=ActionFields(owner=f"Owner {n}"))
    grown = _used_bytes(path) - before
    conn = sqlite3.connect(path)
    rows = len(
        conn.execute("SELECT group_concat(id || text || captured_at || owner, '') FROM item").fetchone()[0]
    )
    conn.close()
    return grown, rows


def _used_bytes(path: Path) -> int:
    conn = sqlite3.connect(path)
    page_size, pages, free = (
        conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count", "freelist_count")
    )
    conn.close()
    return int(page_size * (pages - free))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--notes", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    folder = Path(args.dir or tempfile.mkdtemp(prefix="bench-replication-"))
    folder.mkdir(parents=True, exist_ok=True)
    base = write_congress(folder / f"base-{args.items}.meeting", items=args.items, photos=0)
    a, b = diverge(base, folder)
    merge = time_merge(a, b, folder, args.runs)
    raw = time_raw_merge(a, b, folder, args.runs)
    print(f"merge of two {args.items:,}-item files sharing a base (whole process, median of {args.runs}):")
    print(
        f"  meetingkit merge {statistics.median(merge):.2f} s   raw ATTACH+INSERT {statistics.median(raw):.2f} s"
        f"   ratio {statistics.median(merge) / statistics.median(raw):.1f}x"
    )
    opened, bare_open = open_and_first_note(base, folder, args.runs)
    print(
        f"open + first note saved: {1000 * statistics.median(opened):.0f} ms   bare connect+insert+commit"
        f" {1000 * statistics.median(bare_open):.1f} ms"
    )
    ours, bare = enter_to_saved(base, folder, args.notes)
    print(
        f"Enter -> saved on the {args.items:,}-item event: p50 {1000 * statistics.median(ours):.2f} ms"
        f" p99 {1000 * pct(ours, 0.99):.2f} ms   bare insert+commit p50 {1000 * statistics.median(bare):.2f} ms"
        f" p99 {1000 * pct(bare, 0.99):.2f} ms"
    )
    grown, rows = growth_per_thousand_edits(folder)
    print(
        f"file growth per 1,000 edits (500 notes + 500 owners): {grown / 1024:.0f} KiB"
        f" (the notes' own text and ids: {rows / 1024:.0f} KiB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
