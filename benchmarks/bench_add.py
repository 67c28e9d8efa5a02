"""How long one captured item takes to be durable: EventStore.add_entry vs a bare SQLite insert+commit.

Run: .venv/bin/python benchmarks/bench_add.py [--n 100] [--dir DIR]
Both write with a rollback journal and synchronous=FULL into the same folder, so the ratio shows what
meetingkit adds on top of the fsyncs SQLite must do anyway. Also times `meetingkit add` as a process.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from meetingkit.store import EventStore


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
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
