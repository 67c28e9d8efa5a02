"""Times the outcome pack against a plain parallel Pillow resize of the same photos, paired in one run.

    .venv/bin/python benchmarks/bench_pack.py --sample              # the sample event, 3 runs
    .venv/bin/python benchmarks/bench_pack.py --count 200 --repeat 1  # 200 photos of 12 MP

Each pack run starts with an empty resize cache (a fresh MEETINGKIT_HOME), so it pays for every
photo; the baseline is what a script would do with the same photos, long side and quality: open,
thumbnail (Pillow decodes JPEG at reduced size there too), save the file, on the same number of
processes.
The pack's time also covers the Word, Markdown and HTML documents, CSV, calendars, README and manifest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench_resize import make_photos
from PIL import Image

from meetingkit.attach import attach_file
from meetingkit.core.model import Consent
from meetingkit.export.pack import PackOptions
from meetingkit.publish import pack
from meetingkit.sample.build import write_sample
from meetingkit.store import EventStore

LONG_SIDE, QUALITY = 2048, 85


def plain_resize(task: tuple[Path, Path]) -> None:
    """What a plain script does: open, thumbnail (JPEG decoded at reduced size), save a file."""
    source, target = task
    with Image.open(source) as im:
        im.thumbnail((LONG_SIDE, LONG_SIDE))
        im.convert("RGB").save(target, "JPEG", quality=QUALITY)


def plain(paths: list[Path], workers: int, out: Path) -> float:
    out.mkdir(exist_ok=True)
    tasks = [(p, out / p.name) for p in paths]
    start = time.perf_counter()
    if workers == 1:
        for task in tasks:
            plain_resize(task)
    else:
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(plain_resize, tasks))
    return time.perf_counter() - start


def timed_pack(event: Path, folder: Path, workers: int, run: int) -> float:
    os.environ["MEETINGKIT_HOME"] = str(folder / f"home-{workers}-{run}")  # an empty resize cache
    with EventStore.open(event, read_only=True) as store:
        snapshot = store.snapshot()
    start = time.perf_counter()
    pack(snapshot, event, folder / f"pack-{workers}-{run}", PackOptions(workers=workers))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=24, help="12 MP photos to generate")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sample", action="store_true", help="pack the built-in sample event instead")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path(__file__).parent) as tmp:
        folder = Path(tmp)
        event = folder / "bench.meeting"
        if args.sample:
            write_sample(event)
            photos_dir = folder / "photos"
            photos_dir.mkdir()
            with EventStore.open(event, read_only=True) as store:
                paths = []
                for a in store.snapshot().photos(selected_only=True):
                    if a.consent is Consent.AGREED:
                        paths.append(photos_dir / a.filename)
                        store.copy_blob_to(a.sha256, paths[-1])
            label = f"sample event ({len(paths)} selected photos of 2400x1600)"
        else:
            paths = make_photos(folder, args.count)
            with EventStore.create(event, title="Congress", start="2026-03-02", end="2026-03-06") as store:
                session = store.add_session(store.day(1).id, "Plenary")
                for path in paths:
                    # Agreed: the pack leaves out photos nobody agreed to (issue 15), and would time nothing.
                    attach_file(
                        store,
                        path,
                        session_id=session.id,
                        selected=True,
                        caption=path.stem,
                        consent=Consent.AGREED,
                    )
            label = f"{len(paths)} photos of 12 MP"
        print(f"{label}; long side {LONG_SIDE}, quality {QUALITY}; median of {args.repeat}")
        for workers in args.workers:
            base = statistics.median(plain(paths, workers, folder / "plain") for _ in range(args.repeat))
            ours = statistics.median(timed_pack(event, folder, workers, run) for run in range(args.repeat))
            print(
                f"  workers={workers}: plain Pillow resize {base:.2f} s, meetingkit pack {ours:.2f} s,"
                f" ratio {ours / base:.2f}x"
            )


if __name__ == "__main__":
    main()
