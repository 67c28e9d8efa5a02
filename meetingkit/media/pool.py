"""Photo work on every core: a process pool that keeps input order and reports progress in the caller's thread.

Workers never outlive the job: each watches its parent and exits when it dies, and an error, a Cancel or
Ctrl-C in the parent stops them at once. Their decodes share one memory budget, so memory does not grow
with the number of cores.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from functools import cache
from multiprocessing.connection import wait as wait_for_handles
from multiprocessing.context import BaseContext
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Condition
from pathlib import Path
from typing import TypeVar, cast

from meetingkit.media import images
from meetingkit.media.images import DEFAULT_LONG_SIDE, DEFAULT_QUALITY, clean_image

T = TypeVar("T")
R = TypeVar("R")

Progress = Callable[[int, int], None]

# Memory the photo decodes running at once may hold together, whatever the number of cores. A decode
# larger than the whole budget (a 120 MP PNG needs about 480 MiB) runs while no other decode does.
DEFAULT_MEMORY_BUDGET = 512 * 1024 * 1024
MEMORY_BUDGET_VARIABLE = "MEETINGKIT_MEMORY_BUDGET_MB"


def memory_budget() -> int:
    """The decode budget in bytes: DEFAULT_MEMORY_BUDGET, or MEETINGKIT_MEMORY_BUDGET_MB when set."""
    value = os.environ.get(MEMORY_BUDGET_VARIABLE, "")
    if value.isdigit() and int(value) > 0:
        return int(value) * 1024 * 1024
    return DEFAULT_MEMORY_BUDGET


class SharedBudget:
    """A memory budget shared by processes: `reserve(n)` waits until n bytes fit beside the others."""

    def __init__(self, ctx: BaseContext, total: int) -> None:
        self.total = total
        self._changed: Condition = ctx.Condition()
        self._in_use: Synchronized[int] = cast("Synchronized[int]", ctx.Value("q", 0, lock=False))
        self._running: Synchronized[int] = cast("Synchronized[int]", ctx.Value("i", 0, lock=False))

    @contextlib.contextmanager
    def reserve(self, nbytes: int) -> Iterator[None]:
        share = min(nbytes, self.total)
        with self._changed:
            while self._running.value and self._in_use.value + share > self.total:
                self._changed.wait()
            self._in_use.value += share
            self._running.value += 1
        try:
            yield
        finally:
            with self._changed:
                self._in_use.value -= share
                self._running.value -= 1
                self._changed.notify_all()


def _exit_with_parent(sentinel: int) -> None:
    wait_for_handles([sentinel])
    # The parent is gone (killed, crashed): nobody will read this worker's result.
    os._exit(1)


def _start_worker(budget: SharedBudget) -> None:
    """Runs first in every worker process."""
    # Ctrl-C reaches the whole process group; the parent alone decides, and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with_parent, args=(parent.sentinel,), daemon=True).start()
    images.use_decode_budget(budget)


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
    ctx = _context()
    executor = ProcessPoolExecutor(
        max_workers=count,
        mp_context=ctx,
        initializer=_start_worker,
        initargs=(SharedBudget(ctx, memory_budget()),),
    )
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
    except BaseException:
        # An error, a Cancel (raised by progress) or Ctrl-C: the photos still decoding are not waited for.
        _stop_workers(executor)
        raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return cast("list[R]", slots)  # every slot was filled above


def _stop_workers(executor: ProcessPoolExecutor) -> None:
    # ProcessPoolExecutor has no public way to stop running work before Python 3.14
    # (terminate_workers); its process table is the documented-in-source way in.
    processes = list((getattr(executor, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.terminate()
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.join(timeout=5)


def _clean(job: ResizeJob) -> bytes:
    source = job.source() if callable(job.source) else job.source
    return clean_image(source, long_side=job.long_side, quality=job.quality, name=job.name)


def resize_many(
    jobs: Sequence[ResizeJob], *, workers: int | None = None, progress: Progress | None = None
) -> list[bytes]:
    """clean_image for every job on every core (workers=None), results in input order."""
    return map_in_processes(_clean, jobs, workers=workers, progress=progress)
