"""Times photo resizing for the outcome pack: a plain Pillow loop against meetingkit's resize_many and cache.

Generates N deterministic 12 MP JPEGs (shapes, gradients and noise, so they compress like photos) in a
temporary folder, then prints the median of --repeat runs for each way of making 2048 px copies, and for
256 px thumbnails, where decoding at reduced size (JPEG draft) matters most.

    .venv/bin/python benchmarks/bench_resize.py --count 24
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import PIL
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from meetingkit.media.images import THUMBNAIL_QUALITY, clean_image, thumbnail
from meetingkit.media.pool import ResizeJob, default_workers, resize_many
from meetingkit.media.resize_cache import ResizeCache

WIDTH, HEIGHT = 4000, 3000


def make_photos(folder: Path, count: int, seed: int = 2024) -> list[Path]:
    rng = random.Random(seed)
    noise = Image.frombytes("L", (WIDTH, HEIGHT), rng.randbytes(WIDTH * HEIGHT))
    paths = []
    for i in range(count):
        base = Image.new("RGB", (WIDTH, HEIGHT))
        gradient = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
        base = Image.merge("RGB", [gradient.rotate(rng.randrange(360)) for _ in range(3)])
        draw = ImageDraw.Draw(base)
        for _ in range(80):
            x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
            w, h = rng.randrange(40, 1400), rng.randrange(40, 1000)
            colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
            shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
            shape((x, y, x + w, y + h), fill=colour)
        base = base.filter(ImageFilter.GaussianBlur(2))
        grain = Image.merge(
            "RGB", [ImageChops.offset(noise, rng.randrange(WIDTH), rng.randrange(HEIGHT)) for _ in range(3)]
        )
        photo = Image.blend(base, grain, 0.10)
        path = folder / f"IMG_{i:04d}.jpg"
        photo.save(path, "JPEG", quality=92)
        paths.append(path)
    return paths


def plain_resize(task: tuple[Path, int, int]) -> int:
    """What a plain script does: open, thumbnail, save."""
    path, long_side, quality = task
    with Image.open(path) as im:
        im.thumbnail((long_side, long_side))
        out = io.BytesIO()
        im.convert("RGB").save(out, "JPEG", quality=quality)
    return len(out.getvalue())


def full_decode_resize(task: tuple[Path, int, int]) -> int:
    """The same with the whole image decoded first: what JPEG draft saves."""
    path, long_side, quality = task
    with Image.open(path) as im:
        im.load()
        im.thumbnail((long_side, long_side))
        out = io.BytesIO()
        im.convert("RGB").save(out, "JPEG", quality=quality)
    return len(out.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=24, help="number of 12 MP photos (default 24)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; each variant's median is shown")
    parser.add_argument("--long-side", type=int, default=2048)
    parser.add_argument("--quality", type=int, default=85)
    parser.add_argument(
        "--workers", type=int, default=default_workers(), help="parallel workers (default: cores)"
    )
    args = parser.parse_args()
    n, long_side, quality, workers = args.count, args.long_side, args.quality, args.workers

    with tempfile.TemporaryDirectory(prefix="bench-resize-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        paths = make_photos(folder, n)
        size_mb = sum(p.stat().st_size for p in paths) / n / 1e6
        print(
            f"{n} photos of {WIDTH}x{HEIGHT} ({size_mb:.1f} MB each on average) made in "
            f"{time.perf_counter() - start:.1f} s; Python {platform.python_version()}, Pillow {PIL.__version__}, "
            f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} before timing"
        )

        tiny = [ResizeJob(paths[0], long_side=64)] * workers
        first = _timed(lambda: resize_many(tiny, workers=workers))
        later = _timed(lambda: resize_many(tiny, workers=workers))
        print(f"process pool start-up: {first:.2f} s on the first call in a process, {later:.2f} s after\n")

        tasks = [(p, long_side, quality) for p in paths]
        jobs = [ResizeJob(p, long_side=long_side, quality=quality) for p in paths]
        thumb_tasks = [(p, 256, THUMBNAIL_QUALITY) for p in paths]
        thumb_jobs = [ResizeJob(p, long_side=256, quality=THUMBNAIL_QUALITY) for p in paths]

        def plain_parallel(
            fn: Callable[[tuple[Path, int, int]], int], items: list[tuple[Path, int, int]]
        ) -> None:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                list(pool.map(fn, items))

        def cold_cache() -> None:
            with tempfile.TemporaryDirectory(dir=folder) as cache_root:
                cached = [
                    ResizeJob(p, long_side=long_side, quality=quality, sha256=f"{i:064x}")
                    for i, p in enumerate(paths)
                ]
                ResizeCache(Path(cache_root)).make_many(cached, workers=workers)

        big = f"copies with a long side of {long_side} px, JPEG quality {quality}"
        small = "256 px thumbnails"
        variants: dict[str, tuple[str, Callable[[], object]]] = {
            "plain serial": (big, lambda: [plain_resize(t) for t in tasks]),
            "plain parallel": (big, lambda: plain_parallel(plain_resize, tasks)),
            "clean_image loop": (
                big,
                lambda: [clean_image(p, long_side=long_side, quality=quality) for p in paths],
            ),
            "resize_many 1": (big, lambda: resize_many(jobs, workers=1)),
            "resize_many N": (big, lambda: resize_many(jobs, workers=workers)),
            "make_many N": (big, cold_cache),
            "thumb full decode": (small, lambda: [full_decode_resize(t) for t in thumb_tasks]),
            "thumb plain": (small, lambda: [plain_resize(t) for t in thumb_tasks]),
            "thumb ours": (small, lambda: [thumbnail(p, 256) for p in paths]),
            "thumb ours N": (small, lambda: resize_many(thumb_jobs, workers=workers)),
        }
        labels = {
            "plain serial": "plain Pillow open/thumbnail/save loop",
            "plain parallel": f"the same in ProcessPoolExecutor({workers})",
            "clean_image loop": "clean_image loop",
            "resize_many 1": "resize_many(workers=1)",
            "resize_many N": f"resize_many(workers={workers})",
            "make_many N": f"ResizeCache.make_many(workers={workers}), cold cache",
            "thumb full decode": "full decode, then Pillow thumbnail",
            "thumb plain": "plain Pillow thumbnail (JPEG draft to 2x)",
            "thumb ours": "meetingkit thumbnail (JPEG draft to 1x)",
            "thumb ours N": f"meetingkit thumbnail, resize_many(workers={workers})",
        }
        # Rounds interleave the variants, so a burst of load from elsewhere touches them all alike.
        times: dict[str, list[float]] = {key: [] for key in variants}
        cpu: dict[str, list[float]] = {key: [] for key in variants}
        for _ in range(args.repeat):
            for key, (_, run) in variants.items():
                before = _cpu_seconds()
                times[key].append(_timed(run))
                cpu[key].append(_cpu_seconds() - before)

    forkserver_pools = {"resize_many N", "make_many N", "thumb ours N"} if workers > 1 else set()
    median = {key: statistics.median(values) for key, values in times.items()}
    cpu_median = {key: statistics.median(values) for key, values in cpu.items()}
    section = ""
    for key, (group, _) in variants.items():
        if group != section:
            section = group
            print(f"{group} (median of {args.repeat}; wall, wall per photo, CPU of all processes; all runs):")
        runs = " ".join(f"{t:.2f}" for t in times[key])
        # Forkserver workers are the server's children, not ours: their CPU time cannot be read here.
        used = "     -  " if key in forkserver_pools else f"{cpu_median[key]:6.2f} s"
        print(
            f"  {labels[key]:<54} {median[key]:6.2f} s {median[key] / n * 1000:5.0f} ms/photo"
            f"  cpu {used}   [{runs}]"
        )
    print("\nratios (lower is better):")
    for label, numerator, denominator in [
        ("resize_many(1) / plain serial loop", "resize_many 1", "plain serial"),
        (f"resize_many({workers}) / plain serial loop", "resize_many N", "plain serial"),
        (f"resize_many({workers}) / plain parallel Pillow", "resize_many N", "plain parallel"),
        (f"make_many({workers}) cold / plain parallel Pillow", "make_many N", "plain parallel"),
        ("thumbnail (draft) / full decode", "thumb ours", "thumb full decode"),
        ("thumbnail (draft to 1x) / plain Pillow thumbnail", "thumb ours", "thumb plain"),
    ]:
        print(f"  {label:<54} {median[numerator] / median[denominator]:.2f}")
    return 0


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (pool workers are reaped at shutdown)."""
    try:
        import resource
    except ImportError:  # Windows: this process only
        return time.process_time()
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    sys.exit(main())
