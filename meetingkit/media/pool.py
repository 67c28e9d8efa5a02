"""Photo work on every core: a process pool that keeps input order and reports progress in the caller's thread."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from functools import cache
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import TypeVar, cast

from meetingkit.media.images import DEFAULT_LONG_SIDE, DEFAULT_QUALITY, clean_image

T = TypeVar("T")
R = TypeVar("R")

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ResizeJob:
    """One photo to clean: a path, or a picklable loader the worker calls (cheaper to send than bytes)."""

    source: Path | bytes | Callable[[], Path | bytes]
    long_side: int | None = DEFAULT_LONG_SIDE
    quality: int = DEFAULT_QUALITY
    name: str = ""
    sha256: str | None = None  # needed only when the result goes through a ResizeCache


def default_workers() -> int:
    """The cores this process may run on (its CPU affinity where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


@cache
def _context() -> BaseContext:
    # A forked child inherits the parent's threads' locks (Qt's, the store's) in whatever state they
    # were: forkserver forks from a clean single-threaded server instead, and Windows only has spawn.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        # Workers forked from a server that already imported Pillow (and the HEIF plugin, when it is
        # installed: the server skips a module that fails to import) start in milliseconds.
        ctx.set_forkserver_preload(["meetingkit.media.images", "pillow_heif"])
        return ctx
    return multiprocessing.get_context("spawn")


def map_in_processes(
    fn: Callable[[T], R],
    items: Sequence[T],
    *,
    workers: int | None = None,
    progress: Progress | None = None,
) -> list[R]:
    """`[fn(item) for item in items]` spread over worker processes, in input order.

    `fn` must be a module-level function of an importable module (workers do not import `__main__`)
    and items picklable. workers=None uses every core; 1 runs
    inline. progress(done, total) is called in this thread, first with done=0; an exception from `fn`
    or from progress stops the work still queued and propagates.
    """
    total = len(items)
    if progress is not None:
        progress(0, total)
    count = min(workers or default_workers(), total)
    if count <= 1:
        results: list[R] = []
        for item in items:
            results.append(fn(item))
            if progress is not None:
                progress(len(results), total)
        return results

    slots: list[R | None] = [None] * total
    executor = ProcessPoolExecutor(max_workers=count, mp_context=_context())
    try:
        pending: dict[Future[R], int] = {executor.submit(fn, item): i for i, item in enumerate(items)}
        done_count = 0
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                slots[pending.pop(future)] = future.result()
                done_count += 1
                if progress is not None:
                    progress(done_count, total)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return cast("list[R]", slots)  # every slot was filled above


def _clean(job: ResizeJob) -> bytes:
    source = job.source() if callable(job.source) else job.source
    return clean_image(source, long_side=job.long_side, quality=job.quality, name=job.name)


def resize_many(
    jobs: Sequence[ResizeJob], *, workers: int | None = None, progress: Progress | None = None
) -> list[bytes]:
    """clean_image for every job on every core (workers=None), results in input order."""
    return map_in_processes(_clean, jobs, workers=workers, progress=progress)
