"""Run the benchmarks that pair meetingkit with its floors, in one command, sized by one flag.

    .venv/bin/python benchmarks/suite.py [--size small|full] [--history benchmarks/README.md] [--only NAME ...]

Each script already measures its floor in the same run: pandoc on our own Markdown (bench_docx); the bare
Qt window (bench_startup); raw SQLite (bench_add, bench_capture, bench_scale, bench_check, bench_merge,
bench_interchange); a plain Pillow loop (bench_pack, bench_memory, bench_pack_stall); reading every blob
with sqlite3 (bench_memory). `small` is meant to finish in under 10 minutes on 2 cores (fewer items,
photos and runs); `full` uses the reference sizes of the table in README.md. Bytecode is compiled first so no figure
includes compilation. `--history` appends, per script, the date, core count, load average before and
after, the command and its last lines of output.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

SIZES: dict[str, dict[str, list[str]]] = {
    "small": {
        "bench_add.py": ["--n", "50", "--cli-n", "5"],
        "bench_capture.py": ["--lines", "50", "--event", "barcelona"],
        "bench_startup.py": ["--runs", "3", "--event", "barcelona"],
        "bench_docx.py": ["--runs", "1", "--items", "1000"],
        "bench_pack.py": ["--count", "8", "--repeat", "1", "--workers", "2"],
        "bench_scale.py": ["--items", "2000", "--runs", "3", "--enters", "50"],
        "bench_check.py": ["--items", "2000", "--runs", "3"],
        "bench_merge.py": ["--items", "2000", "--runs", "3", "--edit", "20", "--add", "20"],
        "bench_interchange.py": ["--items", "2000", "--runs", "3"],
        "bench_memory.py": ["--items", "2000", "--photos", "4", "16"],
        "bench_pack_stall.py": ["--items", "2000", "--photos", "4", "--runs", "1"],
    },
    "full": {
        "bench_add.py": [],
        "bench_capture.py": ["--lines", "200"],
        "bench_startup.py": ["--runs", "7", "--event", "both"],
        "bench_docx.py": ["--runs", "3"],
        "bench_pack.py": ["--count", "200", "--repeat", "1"],
        "bench_scale.py": ["--items", "20000", "--runs", "5", "--enters", "100"],
        "bench_check.py": ["--items", "20000", "100000", "--runs", "5"],
        "bench_merge.py": ["--items", "100000", "--runs", "3"],
        "bench_interchange.py": ["--items", "100000", "--runs", "3"],
        "bench_memory.py": ["--items", "20000", "--photos", "50", "200"],
        "bench_pack_stall.py": ["--items", "20000", "--photos", "24", "--runs", "1"],
    },
}


def _load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--history", type=Path)
    parser.add_argument("--only", nargs="+", help="script names to run (default: all of the size)")
    args = parser.parse_args()
    compileall.compile_dir(str(ROOT / "meetingkit"), quiet=1)
    compileall.compile_dir(str(HERE), quiet=1)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    failed = 0
    began = time.perf_counter()
    for script, flags in SIZES[args.size].items():
        if args.only and script not in args.only and script.removesuffix(".py") not in args.only:
            continue
        command = [sys.executable, script, *flags]
        shown = " ".join([".venv/bin/python", f"benchmarks/{script}", *flags])
        load_before = _load()
        start = time.perf_counter()
        done = subprocess.run(command, cwd=HERE, env=env, capture_output=True, text=True)
        took = time.perf_counter() - start
        lines = [line for line in done.stdout.splitlines() if line.strip()]
        print(f"== {shown}  ({took:.0f} s, exit {done.returncode})", flush=True)
        print("\n".join(lines[-12:]) if done.returncode == 0 else done.stderr[-1500:], flush=True)
        failed += done.returncode != 0
        if args.history is not None and done.returncode == 0:
            stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
            with args.history.open("a", encoding="utf-8") as fh:
                fh.write(
                    f"\n- {stamp}, {os.cpu_count()} cores, load {load_before} → {_load()}, `{shown}` ({took:.0f} s):\n"
                )
                fh.writelines(f"  - {line.strip()}\n" for line in lines[-12:])
    print(
        f"== suite --size {args.size}: {time.perf_counter() - began:.0f} s in all, {failed} failed",
        flush=True,
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
