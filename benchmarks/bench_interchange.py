"""JSON interchange at congress scale, whole processes, each figure paired in the same run with its floor
and, optionally, with the same commands on a baseline source tree (the code before a change).

    .venv/bin/python benchmarks/bench_interchange.py [--items 100000] [--photos 0] [--photo-bytes 5000000]
        [--runs 3] [--baseline DIR] [--dir DIR] [--phases]

On a generated congress (benchmarks/event_files.py `write_congress`: --items notes over 100 sessions,
--photos blobs of --photo-bytes random bytes), times with `/usr/bin/time -v` (median wall seconds, peak
RSS) over --runs processes:
- `meetingkit export EVENT --to json -o OUT`, paired with a Python process that reads every row with
  sqlite3 and writes each as indented JSON, the blobs base64-encoded chunk by chunk (the export's floor);
- `meetingkit import NEW.meeting OUT` (a new file) and `meetingkit import COPY.meeting OUT` (a copy of the
  event: every record is already there), paired with a Python process that reads the same JSON with the
  same parser (ijson's C backend, one `ijson.items` pass per table and one `kvitems` pass for the blobs,
  8 MiB reads) and executemany-inserts the rows into an empty file of the same tables, one transaction,
  with no search index, triggers or replication (the import's floor); and, as a diagnostic, the same
  import into a new file with the replication flush replaced by emptying its change list.
`--baseline DIR` runs the meetingkit commands with PYTHONPATH=DIR too (e.g. `git archive main meetingkit`
extracted there, with `resources/` copied to DIR/meetingkit/resources), so "before" and "after" share the
run, the disk and the load; both import the JSON the current code exported. Bytecode is compiled first.
`--phases` then splits one import into a new file per tree by phase, in CPU seconds (the reader, row
inserts, the search index, the replication flush and its steps, reopening). The flush's per-record steps
show 0 where the new records' entries are made set-based (Replica.flush, BULK_NEW): that work is in its
total, less its position keys and updates.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from processes import code_trees, timed_process, tree_env

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

FLOOR_EXPORT = r"""
import base64, json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.row_factory = sqlite3.Row
with open(sys.argv[2], "wb") as out:
    out.write(b"{\n")
    tables = ["event", "day", "organisation", "person", "focus_area", "session", "session_person", "item",
              "attachment"]
    for table in tables:
        out.write(f'  "{table}": [\n'.encode())
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY id"):
            out.write(json.dumps(dict(row), ensure_ascii=False, indent=2).encode() + b",\n")
        out.write(b"  ],\n")
    out.write(b'  "blobs": {\n')
    for (sha,) in conn.execute("SELECT DISTINCT sha256 FROM attachment ORDER BY sha256").fetchall():
        out.write(f'    "{sha}": "'.encode())
        carry = b""
        for (chunk,) in conn.execute("SELECT data FROM blob_chunk WHERE sha256 = ? ORDER BY seq", (sha,)):
            data = carry + chunk
            cut = len(data) - len(data) % 3
            out.write(base64.b64encode(data[:cut]))
            carry = data[cut:]
        out.write(base64.b64encode(carry) + b'",\n')
    out.write(b"  }\n}\n")
"""

FLOOR_IMPORT = r"""
import base64, hashlib, json, sqlite3, sys
import ijson.backends.yajl2_c as ijson
schema_of, source, target = sys.argv[1:4]
keys = {"event": "event", "day": "days", "organisation": "organisations", "person": "people",
        "focus_area": "focus_areas", "session": "sessions", "session_person": "session_people",
        "item": "items", "attachment": "attachments"}
tables = set(keys) | {"blob", "blob_chunk"}
model = sqlite3.connect(schema_of)
ddl = [sql for name, sql in model.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
       if name in tables]
model.close()
conn = sqlite3.connect(target, isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA synchronous = FULL")
for sql in ddl:
    conn.execute(sql)
conn.execute("BEGIN")
BUFFER = 8 * 1024 * 1024
def rows(key):
    with open(source, "rb") as handle:
        prefix = key if key == "event" else f"{key}.item"
        for record in ijson.items(handle, prefix, buf_size=BUFFER, use_float=True):
            yield {k: json.dumps(v) if isinstance(v, list) else v for k, v in record.items()}
for table, key in keys.items():
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    names = ", ".join(columns)
    marks = ", ".join(f":{c}" for c in columns)
    conn.executemany(f"INSERT INTO {table}({names}) VALUES ({marks})",
                     ({c: r.get(c) for c in columns} for r in rows(key)))
with open(source, "rb") as handle:
    for sha, encoded in ijson.kvitems(handle, "blobs", buf_size=BUFFER):
        data = base64.b64decode(encoded, validate=True)
        assert hashlib.sha256(data).hexdigest() == sha
        size = 4 * 1024 * 1024
        conn.execute("INSERT INTO blob(sha256, size, chunks) VALUES (?,?,?)",
                     (sha, len(data), (len(data) + size - 1) // size))
        conn.executemany("INSERT INTO blob_chunk(sha256, seq, data) VALUES (?,?,?)",
                         ((sha, n, data[start:start + size]) for n, start in enumerate(range(0, len(data), size))))
conn.execute("COMMIT")
"""


# The same import as `meetingkit import NEW SOURCE` with the replication flush (register entries and the
# Yjs update written at COMMIT) replaced by emptying its change list: what the rest of the import costs.
WITHOUT_FLUSH = r"""
import sys
from pathlib import Path
from meetingkit.store import interchange, replica
replica.Replica.flush = lambda self, conn: conn.execute("DELETE FROM replica_change") and None
interchange.create_from_json(Path(sys.argv[1]), Path(sys.argv[2])).close()
"""


# Where the time of `create_from_json` goes, in one process: CPU seconds per phase (wrappers add them up; no
# profiler, whose per-call cost would distort the per-record steps), printed as "phase<TAB>seconds" lines.
PHASES = r"""
import functools, sys, time
from collections import defaultdict
from pathlib import Path
from meetingkit.store import eventstore, indexing, interchange, registers, replica
spent = defaultdict(float)
def timed(owner, name, label):
    inner, spent[label] = getattr(owner, name), 0.0  # printed in this order
    @functools.wraps(inner)
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start
    setattr(owner, name, wrapper)
def timed_generator(owner, name, label):
    inner, spent[label] = getattr(owner, name), 0.0
    def wrapper(*args, **kwargs):
        pieces = inner(*args, **kwargs)
        while True:
            start = time.process_time()
            try:
                piece = next(pieces)
            except StopIteration:
                return
            finally:
                spent[label] += time.process_time() - start
            yield piece
    setattr(owner, name, wrapper)
timed(eventstore.EventStore, "create", "new file with placeholder records")
timed_generator(interchange, "read", "parse and validate (the reader)")
timed(interchange._Writer, "flush", "row inserts (with any triggers)")
timed(indexing.SearchIndex, "reindex_all", "search index (reindex_all)")
timed(replica.Replica, "flush", "replication flush, in all")
timed(replica.Replica, "_reposition", "  flush: position keys")
timed(replica.Replica, "_diff", "  flush: rows compared with registers")
timed(replica.Replica, "_new_entry", "  flush: entries and Yjs writes")
timed(registers.Entry, "to_json", "    of which entry JSON")
timed(replica.Replica, "_mirror_page", "  flush: reg_entry/reg_text/reg_pos rows")
timed(replica.Replica, "_save_local_update", "  flush: Yjs updates encoded and logged")
timed(eventstore.EventStore, "open", "reopening the finished file")
start = time.process_time()
interchange.create_from_json(Path(sys.argv[1]), Path(sys.argv[2])).close()
spent["whole import"] = time.process_time() - start
for label, seconds in spent.items():
    print(f"{label}\t{seconds:.2f}")
"""


def _which(env: dict[str, str]) -> str:
    """Where the children's meetingkit comes from (a baseline that is not imported measures nothing)."""
    code = "import meetingkit.store.interchange as m; print(m.__file__)"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=tempfile.gettempdir()
    )
    return done.stdout.strip()


def _summary(samples: list[tuple[float, int]]) -> tuple[float, float]:
    """Median seconds and the largest peak in MiB."""
    return statistics.median(s for s, _ in samples), max(p for _, p in samples) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--photos", type=int, default=0)
    parser.add_argument("--photo-bytes", type=int, default=5_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "meetingkit-bench")
    parser.add_argument(
        "--phases", action="store_true", help="then split one import into a new file by phase (CPU seconds)"
    )
    args = parser.parse_args()

    os.environ["MEETINGKIT_HOME"] = tempfile.mkdtemp(prefix="meetingkit-bench-home-")
    trees = code_trees(args.baseline)
    args.dir.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(HERE))
    from event_files import write_congress

    name = f"congress-{args.items}-{args.photos}x{args.photo_bytes}.meeting"
    event = write_congress(
        args.dir / name, items=args.items, photos=args.photos, photo_bytes=args.photo_bytes
    )
    work = Path(tempfile.mkdtemp(prefix="meetingkit-interchange-", dir=args.dir))
    python = sys.executable
    size = event.stat().st_size / 1024**2
    for label, tree in trees:
        print(f"{label}: {_which(tree_env(tree))}")
    print(f"event: {args.items} items, {args.photos} photos of {args.photo_bytes} bytes, {size:.0f} MiB")
    try:
        exported = work / "event.json"
        floor_json = work / "floor.json"
        figures: dict[str, list[tuple[float, int]]] = {}

        def measure(label: str, argv: list[str], env: dict[str, str]) -> None:
            figures.setdefault(label, []).append(timed_process(argv, env))

        for _ in range(args.runs):
            measure("export floor", [python, "-c", FLOOR_EXPORT, str(event), str(floor_json)], tree_env(None))
            floor_json.unlink()
            for label, tree in trees:
                env = tree_env(tree)
                out = work / f"{label}.json"
                measure(
                    f"{label}: export",
                    [python, "-m", "meetingkit", "export", str(event), "--to", "json", "-o", str(out)],
                    env,
                )
                if label == "after":
                    out.replace(exported)
                else:
                    out.unlink()
            floor_db = work / "floor.meeting"
            measure(
                "import floor",
                [python, "-c", FLOOR_IMPORT, str(event), str(exported), str(floor_db)],
                tree_env(None),
            )
            floor_db.unlink()
            for label, tree in trees:
                env = tree_env(tree)
                new = work / f"{label}-new.meeting"
                measure(
                    f"{label}: import (new file)",
                    [python, "-m", "meetingkit", "import", str(new), str(exported)],
                    env,
                )
                new.unlink()
                if label == "after":
                    measure(
                        "after: import (new file), replication flush skipped",
                        [python, "-c", WITHOUT_FLUSH, str(new), str(exported)],
                        env,
                    )
                    new.unlink()
                copy = work / f"{label}-copy.meeting"
                shutil.copyfile(event, copy)
                measure(
                    f"{label}: import (existing copy)",
                    [python, "-m", "meetingkit", "import", str(copy), str(exported)],
                    env,
                )
                copy.unlink()
        print(
            f"JSON: {exported.stat().st_size / 1024**2:.0f} MiB; medians of {args.runs}, peak RSS the largest"
        )
        floors = {"export": _summary(figures["export floor"]), "import": _summary(figures["import floor"])}
        for kind, (seconds, peak) in floors.items():
            print(f"{kind} floor: {seconds:.2f} s, {peak:.0f} MiB")
        for label, samples in figures.items():
            if "floor" in label:
                continue
            seconds, peak = _summary(samples)
            floor = floors["export" if "export" in label else "import"][0]
            print(f"{label}: {seconds:.2f} s ({seconds / floor:.2f}x its floor), peak {peak:.0f} MiB")
        if args.phases:
            for label, tree in trees:
                new = work / f"{label}-phases.meeting"
                done = subprocess.run(
                    [python, "-c", PHASES, str(new), str(exported)],
                    env=tree_env(tree),
                    capture_output=True,
                    text=True,
                    cwd=tempfile.gettempdir(),
                    check=True,
                )
                new.unlink()
                print(f"{label}: one import into a new file, CPU seconds by phase:")
                for line in done.stdout.splitlines():
                    phase, seconds = line.split("\t")
                    print(f"  {phase}: {seconds} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
