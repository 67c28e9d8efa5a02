"""What the app's Conflicts panel costs: listing the open conflicts and settling one, on congress.

Run: .venv/bin/python benchmarks/bench_conflicts.py [--runs 5] [--dir DIR]
A copy of congress (10,000 notes; two photo-sized blobs instead of 200: the registers are what is read)
edited concurrently on one session's room, merged back: one conflict. Paired in the same run with what
the window does anyway when it opens (the sessions list, every note of the event), so a busy machine
moves both. The panel lists conflicts on a worker because of the first figure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from event_files import write_congress

from meetingkit.store import EventStore


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--dir", type=Path, default=None, help="folder for the event files (default: a temp dir)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        os.environ["MEETINGKIT_HOME"] = str(folder / "home")  # the merge's backup goes there
        main_file = write_congress(folder / "congress.meeting", photos=2, photo_bytes=1000)
        copy = folder / "rapporteur.meeting"
        shutil.copy(main_file, copy)
        for path, room in ((copy, "Hall A"), (main_file, "Hall B")):
            with EventStore.open(path, author=path.stem) as store:
                store.update_session(store.sessions()[0].id, room=room)
        with EventStore.open(main_file, author="organiser") as store:
            merge_ms = median_ms(lambda: store.merge([copy]), 1)
            sessions_ms = median_ms(store.sessions, args.runs)
            items_ms = median_ms(store.items, args.runs)
            conflicts_ms = median_ms(store.conflicts, args.runs)
            (conflict,) = store.conflicts()
            resolve_ms = median_ms(lambda: store.resolve(conflict.id, take=1), 1)
    print(f"congress, {args.runs} runs, medians:")
    print(f"  sessions() {sessions_ms:.0f} ms; items() of the whole event {items_ms:.0f} ms")
    print(f"  conflicts() {conflicts_ms:.0f} ms ({conflicts_ms / items_ms:.1f}x items())")
    print(f"  resolve(take=1), once: {resolve_ms:.0f} ms; merge of the copy, once: {merge_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
