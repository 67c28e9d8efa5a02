"""How long one captured item takes to be durable: EventStore.add_entry vs a bare SQLite insert+commit.

Run: .venv/bin/python benchmarks/bench_add.py [--n 100] [--dir DIR] [--event empty|sample|congress] [--profile]
Both write with a rollback journal and synchronous=FULL into the same folder, so the ratio shows what
meetingkit adds on top of the fsyncs SQLite must do anyway. Also times `meetingkit add` as a process.

--event sample|congress captures into the sample event or the 10,000-item congress (no photos) instead of
an empty one, each note paired with a bare insert+commit run right after it (both meet the same disk load),
and reports p50/p99 of both and of the replica's flush inside each note (Replica.flush: registers and the
Yjs update, before COMMIT). --profile adds a cProfile of the notes (add_entry), heaviest first.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from meetingkit.store import EventStore
from meetingkit.store.replica import Replica

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_files import write_barcelona, write_congress

LINE = "! Circulate the calendar {n} @UCLG due:2017-10-01 ^short #learning"


def bare_sqlite(folder: Path, n: int) -> list[float]:
    conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, text TEXT)")
    times = []
    for i in range(n):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO item(text) VALUES (?)", (f"line {i}",))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def store_adds(folder: Path, n: int) -> tuple[list[float], Path]:
    path = folder / "bench.meeting"
    store = EventStore.create(path, title="Bench", start="2017-09-12", end="2017-09-14")
    session = store.add_session(store.day(1).id, "Plenary")
    times = []
    for i in range(n):
        start = time.perf_counter()
        store.add_entry(session.id, f"! Circulate the calendar {i} @UCLG due:2017-10-01 ^short #learning")
        times.append(time.perf_counter() - start)
    store.close()
    return times, path


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def paired_adds(
    event: Path, folder: Path, n: int, profile: bool
) -> tuple[dict[str, list[float]], pstats.Stats | None]:
    """Notes into a copy of `event`, each followed by a bare insert+commit; and the flush's share of each note.

    Wall-clock times, and the CPU time of this thread (what the store itself costs, whatever the load of
    the machine and the fsyncs' waits).
    """
    copy = folder / "paired.meeting"
    shutil.copyfile(event, copy)
    series: dict[str, list[float]] = {
        name: [] for name in ("add_entry", "add_entry CPU", "flush", "flush CPU", "bare commit")
    }
    profiler = cProfile.Profile() if profile else None
    original = Replica.flush

    def timed_flush(self: Replica, conn: sqlite3.Connection) -> None:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            original(self, conn)
        finally:
            series["flush"].append(time.perf_counter() - start)
            series["flush CPU"].append(time.thread_time() - cpu)

    bare_conn = sqlite3.connect(folder / "paired-bare.db", isolation_level=None)
    bare_conn.execute("PRAGMA journal_mode = DELETE")
    bare_conn.execute("PRAGMA synchronous = FULL")
    bare_conn.execute("CREATE TABLE IF NOT EXISTS item (id INTEGER PRIMARY KEY, text TEXT)")
    with EventStore.open(copy) as store:
        session = store.sessions()[0].id
        store.add_entry(session, "warm-up: the replica's document loads on the first write")
        Replica.flush = timed_flush  # type: ignore[method-assign]  # the benchmark's probe, not the app's
        try:
            for i in range(n):
                if profiler is not None:
                    profiler.enable()
                start, cpu = time.perf_counter(), time.thread_time()
                store.add_entry(session, LINE.format(n=i))
                series["add_entry"].append(time.perf_counter() - start)
                series["add_entry CPU"].append(time.thread_time() - cpu)
                if profiler is not None:
                    profiler.disable()
                start = time.perf_counter()
                bare_conn.execute("BEGIN IMMEDIATE")
                bare_conn.execute("INSERT INTO item(text) VALUES (?)", (f"line {i}",))
                bare_conn.execute("COMMIT")
                series["bare commit"].append(time.perf_counter() - start)
        finally:
            Replica.flush = original  # type: ignore[method-assign]
    bare_conn.close()
    return series, pstats.Stats(profiler) if profiler is not None else None


def cli_adds(path: Path, n: int) -> list[float]:
    times = []
    for i in range(n):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "meetingkit", "add", str(path), "--session", "Plenary", f"* point {i}"],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--cli-n", type=int, default=10)
    parser.add_argument(
        "--dir", type=Path, default=None, help="folder on the disk to measure (default: a temp dir)"
    )
    parser.add_argument("--event", choices=["empty", "sample", "congress"], default="empty")
    parser.add_argument("--cache", type=Path, default=None, help="folder that keeps the generated events")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sort", default="tottime", help="cProfile order (tottime, cumulative)")
    parser.add_argument("--top", type=int, default=18)
    args = parser.parse_args()
    if args.event != "empty":
        paired(args)
        return
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        bare = statistics.median(bare_sqlite(folder, args.n))
        ours_times, path = store_adds(folder, args.n)
        ours = statistics.median(ours_times)
        cli = statistics.median(cli_adds(path, args.cli_n))
    print(f"bare SQLite insert+commit (FULL sync): median {bare * 1000:.2f} ms over {args.n}")
    print(
        f"EventStore.add_entry (parse, validate, insert, FTS, commit): median {ours * 1000:.2f} ms over {args.n}"
    )
    print(f"ratio add_entry / bare commit: {ours / bare:.2f}x")
    print(f"`meetingkit add` as a new process: median {cli * 1000:.0f} ms over {args.cli_n}")


def paired(args: argparse.Namespace) -> None:
    cache = args.cache or Path(tempfile.gettempdir()) / "meetingkit-bench-events"
    cache.mkdir(parents=True, exist_ok=True)
    if args.event == "sample":
        event = write_barcelona(cache / "barcelona.meeting")
    else:
        event = write_congress(cache / "congress-noph.meeting", items=10_000, photos=0)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        series, stats = paired_adds(event, Path(tmp), args.n, args.profile)
    print(f"load average (1 min) when done: {os.getloadavg()[0]:.2f}")
    print(
        f"{args.event}: Enter -> saved (add_entry) over {args.n} notes, each paired with a bare insert+commit"
    )
    for name, values in series.items():
        print(
            f"  {name}: p50 {1000 * statistics.median(values):.2f} ms  p99 {1000 * pct(values, 0.99):.2f} ms"
        )
    if stats is not None:
        stats.sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
