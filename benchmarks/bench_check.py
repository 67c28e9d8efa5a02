"""`meetingkit check` alone, as whole processes, paired in the same run with bench_scale.py's check floor.

    .venv/bin/python benchmarks/bench_check.py [--items 20000 100000] [--runs 5] [--baseline DIR] [--dir DIR]
        [--history FILE]

For each size, a generated congress (event_files.py `write_congress`, no photos) is checked --runs times,
alternating with the floor (a Python process running `PRAGMA integrity_check` and reading every row of
every table) and, with `--baseline DIR`, with the code before a change (PYTHONPATH=DIR). Children run in
--dir, so `python -m` does not put the checkout ahead of the baseline. Medians and `/usr/bin/time -v` peaks;
`--history FILE` appends the figures with the date, core count and load average.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_scale import FLOOR_CHECK  # noqa: E402  (the same floor as bench_scale)
from event_files import write_congress  # noqa: E402
from processes import code_trees, timed_process, tree_env  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "meetingkit-bench")
    parser.add_argument("--history", type=Path)
    args = parser.parse_args()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    figures: list[str] = []
    args.dir.mkdir(parents=True, exist_ok=True)
    os.chdir(args.dir)
    os.environ["MEETINGKIT_HOME"] = tempfile.mkdtemp(prefix="meetingkit-bench-home-", dir=args.dir)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    trees = code_trees(args.baseline)
    for items in args.items:
        path = write_congress(args.dir / f"congress-{items}-check.meeting", items=items, photos=0)
        floor: list[tuple[float, int]] = []
        checks: dict[str, list[tuple[float, int]]] = {label: [] for label, _ in trees}
        for _ in range(args.runs):
            floor.append(timed_process([sys.executable, "-c", FLOOR_CHECK, str(path)], dict(os.environ)))
            for label, tree in trees:
                checks[label].append(
                    timed_process([sys.executable, "-m", "meetingkit", "check", str(path)], tree_env(tree))
                )
        base = statistics.median(t for t, _ in floor)
        figures.append(
            f"{items} items: floor median {base * 1000:.0f} ms, peak {max(p for _, p in floor) / 1024:.0f} MiB"
        )
        print(figures[-1], flush=True)
        for label, runs in checks.items():
            took = statistics.median(t for t, _ in runs)
            figures.append(
                f"{label}: meetingkit check median {took * 1000:.0f} ms,"
                f" peak {max(p for _, p in runs) / 1024:.0f} MiB ({took / base:.2f}x)"
            )
            print(f"  {figures[-1]}", flush=True)
    if args.history is not None:
        after = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        with args.history.open("a", encoding="utf-8") as fh:
            fh.write(f"\n- {stamp}, {os.cpu_count()} cores, load {load} → {after}, `bench_check.py`:\n")
            for line in figures:
                fh.write(f"  - {line}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
