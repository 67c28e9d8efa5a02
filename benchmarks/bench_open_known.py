"""Opening the user's own file (closed by meetingkit, untouched since: no quick_check) vs opening a file
handed in (quick_check reads it all), alternating in one process on the same file.

    .venv/bin/python benchmarks/bench_open_known.py [--items 20000] [--photos 0] [--runs 21] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from event_files import write_congress


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--photos", type=int, default=0)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "meetingkit-bench")
    args = parser.parse_args()
    os.environ["MEETINGKIT_HOME"] = tempfile.mkdtemp(prefix="meetingkit-bench-home-")
    from meetingkit.store import EventStore, known_files

    args.dir.mkdir(parents=True, exist_ok=True)
    path = write_congress(
        args.dir / f"congress-{args.items}-{args.photos}.meeting", items=args.items, photos=args.photos
    )
    EventStore.open(path).close()  # closed by meetingkit: known from here on
    real = known_files.unchanged
    known: list[float] = []
    handed_in: list[float] = []
    for run in range(args.runs):
        # Which goes first alternates, so neither always finds the page cache the other warmed.
        for trusted in (True, False) if run % 2 else (False, True):
            known_files.unchanged = real if trusted else (lambda _path: False)  # type: ignore[assignment]
            start = time.perf_counter()
            EventStore.open(path).close()
            (known if trusted else handed_in).append(time.perf_counter() - start)
    known_files.unchanged = real  # type: ignore[assignment]
    size = path.stat().st_size / 2**20
    print(
        f"{path.name} ({size:.0f} MiB), open + close, median of {args.runs}: own file untouched"
        f" {statistics.median(known) * 1000:.1f} ms vs handed in (quick_check) {statistics.median(handed_in) * 1000:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
