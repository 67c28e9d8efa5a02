"""`meetingkit merge` as whole processes, each figure paired in the same run with its floors.

    .venv/bin/python benchmarks/bench_merge.py [--items 100000] [--photos 0] [--photo-bytes 5000000]
        [--edit 200] [--add 200] [--add-photos 0] [--runs 3] [--dir DIR] [--profile] [--history FILE]

A is a generated congress (benchmarks/event_files.py `write_congress`, 100 sessions); B is a copy of A on
which another author edited --edit notes, added --add notes and --add-photos photos through the store API.
Each run copies A to a fresh target and times, with `/usr/bin/time -v` peaks:
- `meetingkit merge TARGET B` (the first merge: what B brings);
- the same command again (merging B twice: nothing to do);
and, as floors in the same run: `cp` of A (merge backs the file up first), and a Python process that
ATTACHes B and copies what differs with `INSERT OR REPLACE … SELECT … EXCEPT …` per record table, the
register entries B holds that the target lacks, and the photos' bytes it lacks (then the same floor again
on the merged file: the "nothing to do" floor). A stricter floor is timed too: the same copy of rows whose ids
are known in advance (`INSERT OR REPLACE … SELECT … WHERE id IN (…)`, the differing ids, new entry ids
and missing photos listed once before timing), i.e. without finding what differs. `--profile` runs one merge under cProfile in this process
and prints where the time goes. `--baseline DIR` measures the same merges with PYTHONPATH=DIR first (the
code before a change: `git archive BASE meetingkit | tar -x -C DIR`) in the same run. Bytecode is compiled
before anything is timed.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from processes import code_trees, timed_process, tree_env

from meetingkit.store.replica import TABLES

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

RECORD_TABLES = TABLES  # parent-first, as the replica projects them
FLOOR_MERGE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA synchronous = FULL")
conn.execute("ATTACH ? AS other", (sys.argv[2],))
conn.execute("BEGIN IMMEDIATE")
for table in sys.argv[3].split(","):
    conn.execute(f"INSERT OR REPLACE INTO main.{table} SELECT * FROM other.{table} EXCEPT SELECT * FROM main.{table}")
conn.execute("INSERT OR IGNORE INTO main.reg_entry SELECT * FROM other.reg_entry")
conn.execute(
    "INSERT INTO main.blob SELECT * FROM other.blob WHERE sha256 NOT IN (SELECT sha256 FROM main.blob)"
)
conn.execute(
    "INSERT INTO main.blob_chunk SELECT * FROM other.blob_chunk"
    " WHERE sha256 NOT IN (SELECT sha256 FROM main.blob_chunk)"
)
conn.execute("COMMIT")
"""
# The same copy when what differs is known beforehand (argv[3]: JSON {table: [ids]}, "blob": [sha256]).
FLOOR_KNOWN_ROWS = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA synchronous = FULL")
conn.execute("ATTACH ? AS other", (sys.argv[2],))
known = json.loads(open(sys.argv[3]).read())
conn.execute("BEGIN IMMEDIATE")
for table, ids in known.items():
    key = "sha256" if table in ("blob", "blob_chunk") else "id"
    conn.execute(
        f"INSERT OR REPLACE INTO main.{table} SELECT * FROM other.{table}"
        f" WHERE {key} IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    )
conn.execute("COMMIT")
"""


def differing_rows(source: Path, other: Path) -> dict[str, list[str]]:
    """What B holds that A lacks or holds otherwise: ids per record table, new entry ids, missing photos."""
    import sqlite3

    conn = sqlite3.connect(source)
    conn.execute("ATTACH ? AS other", (str(other),))
    found = {
        table: [
            r[0]
            for r in conn.execute(
                f"SELECT id FROM (SELECT * FROM other.{table} EXCEPT SELECT * FROM main.{table})"
            )
        ]
        for table in (*RECORD_TABLES, "reg_entry")
    }
    missing = [
        r[0] for r in conn.execute("SELECT sha256 FROM other.blob EXCEPT SELECT sha256 FROM main.blob")
    ]
    found["blob"] = found["blob_chunk"] = missing
    conn.close()
    return found


def make_other(source: Path, target: Path, *, edit: int, add: int, photos: int, photo_bytes: int) -> None:
    """B: a copy of A where another author edited and added notes and photos through the store API."""
    import random

    from meetingkit.store import EventStore

    if target.exists():
        return
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(source, partial)
    rng = random.Random(16)
    with EventStore.open(partial, author="Ben") as store, store.batch():
        sessions = store.sessions()
        item_ids = [r["id"] for r in store.query("SELECT id FROM item WHERE deleted_at IS NULL ORDER BY id")]
        for item_id in rng.sample(item_ids, edit):
            store.update_item(item_id, text=f"Edited by Ben: {store.item(item_id).text}")
        for n in range(add):
            store.add_entry(rng.choice(sessions).id, f"Ben's note {n}: peer learning on housing #housing")
        for n in range(photos):
            store.add_attachment(
                rng.randbytes(photo_bytes),
                filename=f"ben-{n + 1:03d}.jpg",
                kind="photo",
                media_type="image/jpeg",
                session_id=rng.choice(sessions).id,
                caption=f"Ben's photo {n + 1}",
            )
    partial.replace(target)


def profile_merge(source: Path, other: Path, work: Path) -> str:
    from meetingkit.store import EventStore

    target = work / "profiled.meeting"
    shutil.copyfile(source, target)
    profiler = cProfile.Profile()
    with EventStore.open(target) as store:
        profiler.enable()
        store.merge([other])
        store.conflicts()
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(35)
    stats.sort_stats("tottime").print_stats(20)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--photos", type=int, default=0)
    parser.add_argument("--photo-bytes", type=int, default=5_000_000)
    parser.add_argument("--edit", type=int, default=200)
    parser.add_argument("--add", type=int, default=200)
    parser.add_argument("--add-photos", type=int, default=0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "meetingkit-bench")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--history", type=Path)
    parser.add_argument("--prepare-only", action="store_true", help="write A and B, measure nothing")
    args = parser.parse_args()

    args.dir.mkdir(parents=True, exist_ok=True)
    os.environ["MEETINGKIT_HOME"] = tempfile.mkdtemp(prefix="meetingkit-bench-home-", dir=args.dir)
    trees = code_trees(args.baseline)
    sys.path.insert(0, str(HERE))
    from event_files import write_congress

    name = f"congress-{args.items}-{args.photos}x{args.photo_bytes}"
    source = write_congress(
        args.dir / f"{name}.meeting", items=args.items, photos=args.photos, photo_bytes=args.photo_bytes
    )
    other = args.dir / f"{name}-ben-{args.edit}-{args.add}-{args.add_photos}.meeting"
    make_other(
        source, other, edit=args.edit, add=args.add, photos=args.add_photos, photo_bytes=args.photo_bytes
    )
    if args.prepare_only:
        return 0
    work = Path(tempfile.mkdtemp(prefix="meetingkit-merge-", dir=args.dir))
    env = dict(os.environ)
    what = (
        f"{args.items} items, {args.photos} photos of {args.photo_bytes / 1e6:g} MB;"
        f" B edited {args.edit}, added {args.add} notes and {args.add_photos} photos"
    )
    figures: list[str] = []

    def report(line: str) -> None:
        print(line, flush=True)
        figures.append(line)

    try:
        tables = ",".join(RECORD_TABLES)
        copies: list[tuple[float, int]] = []
        floors: list[tuple[float, int]] = []
        floors_again: list[tuple[float, int]] = []
        floors_known: list[tuple[float, int]] = []
        known = work / "differing.json"
        known.write_text(json.dumps(differing_rows(source, other)), encoding="utf-8")
        merges: dict[str, list[tuple[float, int]]] = {label: [] for label, _ in trees}
        again: dict[str, list[tuple[float, int]]] = {label: [] for label, _ in trees}
        for _ in range(args.runs):
            floor_target = work / "floor.meeting"
            floor_target.unlink(missing_ok=True)
            shutil.copyfile(source, floor_target)
            floors.append(
                timed_process(
                    [sys.executable, "-c", FLOOR_MERGE, str(floor_target), str(other), tables], env, work
                )
            )
            floors_again.append(
                timed_process(
                    [sys.executable, "-c", FLOOR_MERGE, str(floor_target), str(other), tables], env, work
                )
            )
            floor_target.unlink()
            shutil.copyfile(source, floor_target)
            floors_known.append(
                timed_process(
                    [sys.executable, "-c", FLOOR_KNOWN_ROWS, str(floor_target), str(other), str(known)],
                    env,
                    work,
                )
            )
            for label, tree in trees:
                target = work / "target.meeting"
                target.unlink(missing_ok=True)
                copies.append(timed_process(["cp", str(source), str(target)], env, work))
                command = [sys.executable, "-m", "meetingkit", "merge", str(target), str(other)]
                merges[label].append(timed_process(command, tree_env(tree), work))
                again[label].append(timed_process(command, tree_env(tree), work))
                shutil.rmtree(os.environ["MEETINGKIT_HOME"], ignore_errors=True)  # the backups of this run

        def median(runs: list[tuple[float, int]]) -> float:
            return statistics.median(t for t, _ in runs)

        def peak(runs: list[tuple[float, int]]) -> float:
            return max(p for _, p in runs) / 1024

        floor, copy = median(floors), median(copies)
        report(
            f"{what}: SQL floor {floor * 1000:.0f} ms, peak {peak(floors):.0f} MiB; cp {copy * 1000:.0f} ms;"
            f" SQL floor again (nothing to copy) {median(floors_again) * 1000:.0f} ms;"
            f" known-rows floor {median(floors_known) * 1000:.0f} ms, peak {peak(floors_known):.0f} MiB"
        )
        for label, _tree in trees:
            took, took_again = median(merges[label]), median(again[label])
            report(
                f"{label}: merge median {took * 1000:.0f} ms, peak {peak(merges[label]):.0f} MiB"
                f" ({took / floor:.2f}x the SQL floor, {took / (floor + copy):.2f}x floor + cp,"
                f" {took / median(floors_known):.2f}x the known-rows floor);"
                f" merging B again {took_again * 1000:.0f} ms, peak {peak(again[label]):.0f} MiB"
                f" ({took_again / median(floors_again):.2f}x)"
            )
        if args.profile:
            print(profile_merge(source, other, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.history is not None:
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        with args.history.open("a", encoding="utf-8") as fh:
            fh.write(f"\n- {stamp}, {os.cpu_count()} cores, load {load}, `bench_merge.py`:\n")
            for line in figures:
                fh.write(f"  - {line}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
