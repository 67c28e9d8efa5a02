"""How much smaller an update file is than the full copy it replaces, and what merging one costs.

    .venv/bin/python benchmarks/bench_update_file.py [--runs 5] [--dir DIR]

The sample event (`meetingkit demo`, photos and slides included) is copied to a rapporteur's laptop, who adds
10 notes. Measured: the full copy's size; the update file `meetingkit send --for` writes (what the
organiser's copy lacks) and `send --all` writes (everything); and, as whole processes (median of --runs, each
on a fresh copy of the organiser's file, with /usr/bin/time -v's peak memory), `meetingkit merge` of the full
copy against `merge` of the update file.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from meetingkit.store import EventStore


def meetingkit(*args: str | Path, cwd: Path) -> float:
    """Run the CLI under /usr/bin/time -v; returns its peak RSS in MiB (and asserts exit 0)."""
    result = subprocess.run(
        ["/usr/bin/time", "-v", sys.executable, "-m", "meetingkit", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    return int(peak.group(1)) / 1024 if peak else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench-update-"))
    folder.mkdir(parents=True, exist_ok=True)
    base = folder / "organiser.meeting"
    base.unlink(missing_ok=True)
    meetingkit("demo", base, cwd=folder)
    ana = folder / "ana.meeting"
    shutil.copyfile(base, ana)
    with EventStore.open(ana, author="Ana") as store:
        session = store.sessions()[0]
        for n in range(10):
            store.add_entry(
                session.id, f"Ana's note {n}: the cities agreed to share their training calendars"
            )
    meetingkit("send", ana, "-o", folder / "ana-for.mkupdate", "--for", base, cwd=folder)
    meetingkit("send", ana, "-o", folder / "ana-all.mkupdate", "--all", cwd=folder)
    sizes = {
        "full copy (ana.meeting)": ana.stat().st_size,
        "send --for organiser.meeting": (folder / "ana-for.mkupdate").stat().st_size,
        "send --all": (folder / "ana-all.mkupdate").stat().st_size,
    }
    for name, size in sizes.items():
        print(f"{name:32} {size:>12,} bytes")
    timings: dict[str, list[float]] = {"merge ana.meeting": [], "merge ana-for.mkupdate": []}
    peaks: dict[str, list[float]] = {name: [] for name in timings}
    for _ in range(args.runs):
        for name, source in (
            ("merge ana.meeting", ana),
            ("merge ana-for.mkupdate", folder / "ana-for.mkupdate"),
        ):
            target = folder / "target.meeting"
            shutil.copyfile(base, target)
            start = time.perf_counter()
            peaks[name].append(meetingkit("merge", target, source, cwd=folder))
            timings[name].append(time.perf_counter() - start)
    for name in timings:
        print(
            f"{name:32} median {statistics.median(timings[name]) * 1000:>7.0f} ms,"
            f" peak RSS median {statistics.median(peaks[name]):.0f} MiB"
        )


if __name__ == "__main__":
    main()
