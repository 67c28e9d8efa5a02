"""What trusting a file costs on open: EventStore.open with the schema check vs the same open without it.

Run: .venv/bin/python benchmarks/bench_open.py [--runs 21] [--dir DIR] [--congress-photos 200]
Opens alternate between the two (the check replaced by a no-op for the baseline), so both see the same
disk and load. Also times the schema check alone and the one-off derivation of the expected schema
(the in-memory migrations a new process runs once).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from event_files import write_barcelona, write_congress

from meetingkit.store import EventStore, trust
from meetingkit.store.schema import SCHEMA_VERSION


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(path: Path, runs: int) -> dict[str, float]:
    real_check = trust.check_schema

    def open_close() -> None:
        EventStore.open(path, read_only=True).close()

    def skipped(*_args: object, **_kwargs: object) -> None:
        return None

    with_check: list[float] = []
    without: list[float] = []
    open_close()  # warm the page cache and the expected schema
    for run in range(runs):
        # Which goes first alternates, so neither always finds the caches the other warmed.
        for checked in (run % 2 == 0, run % 2 == 1):
            if not checked:
                trust.check_schema = skipped  # type: ignore[assignment]
            try:
                (with_check if checked else without).append(_timed(open_close))
            finally:
                trust.check_schema = real_check
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        alone = [_timed(lambda: trust.check_schema(conn, path, SCHEMA_VERSION)) for _ in range(runs)]
    finally:
        conn.close()
    derive: list[float] = []
    for _ in range(runs):
        trust._derived.cache_clear()
        derive.append(_timed(lambda: trust.expected_schema(SCHEMA_VERSION)))
    return {
        "with": statistics.median(with_check),
        "without": statistics.median(without),
        "check": statistics.median(alone),
        "derive": statistics.median(derive),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument(
        "--dir", type=Path, default=None, help="folder for the event files (default: a temp dir)"
    )
    parser.add_argument("--congress-photos", type=int, default=200, help="photo blobs in the congress event")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        events = {
            "barcelona": write_barcelona(folder / "barcelona.meeting"),
            "congress": write_congress(folder / "congress.meeting", photos=args.congress_photos),
        }
        for name, path in events.items():
            m = measure(path, args.runs)
            size = path.stat().st_size / 1e6
            print(
                f"{name} ({size:.0f} MB): open+close {m['with'] * 1000:.2f} ms with the schema check,"
                f" {m['without'] * 1000:.2f} ms without ({m['with'] / m['without']:.2f}x);"
                f" the check alone {m['check'] * 1000:.3f} ms; deriving the expected schema once"
                f" {m['derive'] * 1000:.2f} ms (medians of {args.runs})"
            )


if __name__ == "__main__":
    main()
