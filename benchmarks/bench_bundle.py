"""The desktop bundle against the pip-installed app: size, and whole-process start times, paired in one run.

Each run is a fresh process, started and waited for from here (interpreter or bootloader start, imports, work,
exit). "App" opens the sample event and stops once its main window is shown and painted (the smoke-test
switch of packaging/gui_main.py, run frozen as dist/meetingkit/meetingkit-gui and from source with the venv's
Python); "--version" and "check" are the command line. Runs alternate bundle / pip so a busy machine moves
both; one warm-up run of each is discarded. Prints medians.

    sh packaging/build.sh && .venv/bin/python benchmarks/bench_bundle.py [--runs 9]

Runs offscreen (QT_QPA_PLATFORM=offscreen) for both.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "meetingkit"
VENV_BIN = Path(sys.executable).parent


def timed(command: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if not (BUNDLE / "meetingkit-gui").is_file():
        print(f"bench_bundle: no bundle in {BUNDLE}; build it first: sh packaging/build.sh", file=sys.stderr)
        return 2
    internal = BUNDLE / "_internal"
    print(f"bundle {BUNDLE.relative_to(ROOT)}: {size_mb(BUNDLE):.0f} MB")
    for part in ("PySide6", "babel", "lxml", "pillow.libs"):
        print(f"  {part}: {size_mb(internal / part):.0f} MB")

    with tempfile.TemporaryDirectory(prefix="meetingkit-bench-") as tmp:
        work = Path(tmp)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "MEETINGKIT_HOME": str(work / "home"),
            "MEETINGKIT_SMOKE_TEST": "1",
        }
        subprocess.run([str(BUNDLE / "meetingkit"), "demo", "sample.meeting"], env=env, cwd=work, check=True)
        cases = {
            "app: start to window shown": (
                [str(BUNDLE / "meetingkit-gui"), "sample.meeting"],
                [sys.executable, str(ROOT / "packaging" / "gui_main.py"), "sample.meeting"],
            ),
            "meetingkit --version": (
                [str(BUNDLE / "meetingkit"), "--version"],
                [str(VENV_BIN / "meetingkit"), "--version"],
            ),
            "meetingkit check sample.meeting": (
                [str(BUNDLE / "meetingkit"), "check", "sample.meeting"],
                [str(VENV_BIN / "meetingkit"), "check", "sample.meeting"],
            ),
        }
        print(f"\nwhole process, median of {args.runs} (bundle | pip-installed | ratio)")
        for name, (bundled, installed) in cases.items():
            timed(bundled, env, work)  # warm-up: page cache and .pyc files for both
            timed(installed, env, work)
            frozen, source = [], []
            for _ in range(args.runs):
                frozen.append(timed(bundled, env, work))
                source.append(timed(installed, env, work))
            f, s = statistics.median(frozen), statistics.median(source)
            print(f"  {name:34} {f * 1000:6.0f} ms | {s * 1000:6.0f} ms | {f / s:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
