"""Peak memory of the whole process tree of `meetingkit pack` (the CLI and its photo workers), paired in one run.

    .venv/bin/python benchmarks/bench_pack_memory.py --photos 2 --megapixels 120 --workers 2 --repeat 3

The event holds `--photos` PNG photos of `--megapixels` (PNG cannot be decoded at reduced size, so each
decode holds the full frame: the worst case). Each pack runs as a fresh process in its own session with an
empty resize cache; the resident memory of every process of that session is summed every 10 ms (Linux
/proc) and the maximum kept. The baseline is the same pack with the decode budget lifted
(MEETINGKIT_MEMORY_BUDGET_MB very large), which is how the pack behaved before the budget: one decode per
core at once. Runs alternate budget / baseline so a busy machine moves both.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

PAGE = os.sysconf("SC_PAGE_SIZE")
MIB = 1024 * 1024


def make_png(path: Path, megapixels: int, seed: int) -> None:
    width = int((megapixels * 1_000_000 * 6 / 5) ** 0.5)
    height = megapixels * 1_000_000 // width
    im = Image.new("RGB", (width, height), (10 + seed * 40, 120, 200))
    draw = ImageDraw.Draw(im)
    for x in range(0, width, 997):
        draw.line([(x, 0), (width - x, height)], fill=(250, 30, 30), width=5)
    im.save(path, "PNG", compress_level=1)


def _session_rss(session: int) -> int:
    total = 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            if int(fields[3]) != session:  # field 6 of /proc/PID/stat: the session id
                continue
            total += int(Path(entry.path, "statm").read_text().split()[1]) * PAGE
        except (OSError, ValueError, IndexError):
            continue
    return total


def peak_of(command: list[str], env: dict[str, str]) -> tuple[int, float]:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, _session_rss(process.pid))
        time.sleep(0.01)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        sys.exit(f"pack failed: {process.stderr.read().decode() if process.stderr else ''}")
    return peak, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=2)
    parser.add_argument("--megapixels", type=int, default=120)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cli = [sys.executable, "-m", "meetingkit"]
    with tempfile.TemporaryDirectory(prefix="bench-pack-memory-") as scratch:
        root = Path(scratch)
        env = {**os.environ, "MEETINGKIT_HOME": str(root / "home")}
        event = root / "event.meeting"
        subprocess.run(
            [*cli, "new", str(event), "--title", "Memory", "--start", "2024-09-12", "--end", "2024-09-12"],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        photos = []
        for n in range(args.photos):
            photo = root / f"photo-{n}.png"
            make_png(photo, args.megapixels, n)
            photos.append(str(photo))
        subprocess.run(
            [*cli, "attach", str(event), *photos, "--select", "--consent", "agreed"],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        results: dict[str, list[tuple[int, float]]] = {"budget": [], "baseline": []}
        for run in range(args.repeat):
            for label in ("budget", "baseline"):
                home = root / f"home-{label}-{run}"  # an empty resize cache: every photo is decoded
                out = root / f"pack-{label}-{run}"
                run_env = {**env, "MEETINGKIT_HOME": str(home)}
                if label == "baseline":
                    run_env["MEETINGKIT_MEMORY_BUDGET_MB"] = "1000000"
                else:
                    run_env.pop("MEETINGKIT_MEMORY_BUDGET_MB", None)
                command = [*cli, "pack", str(event), "-o", str(out), "--workers", str(args.workers)]
                results[label].append(peak_of(command, run_env))
                shutil.rmtree(out, ignore_errors=True)
                shutil.rmtree(home, ignore_errors=True)
        print(
            f"{args.photos} PNG photos of {args.megapixels} MP, {args.workers} workers, {args.repeat} runs each"
        )
        for label, runs in results.items():
            peak = statistics.median(p for p, _ in runs) / MIB
            seconds = statistics.median(t for _, t in runs)
            print(f"{label:9s} median peak of the process tree {peak:7.0f} MiB, median time {seconds:5.2f} s")


if __name__ == "__main__":
    main()
