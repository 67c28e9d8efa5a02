"""Progress of long exports: one callback shape the app and the CLI both use, and cancellation."""

from __future__ import annotations

import shutil
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True, slots=True)
class Progress:
    """`done` of `total` units of the current stage; `fraction` is the whole job's share done (0-1)."""

    stage: str
    done: int
    total: int
    fraction: float


ProgressCallback = Callable[[Progress], None]


class Cancelled(Exception):
    """The user cancelled; whatever was half made has been removed."""


class CancelToken:
    """Set from any thread (the app's Cancel button); checked by the job between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled


def terminal_progress(stream: TextIO | None = None) -> ProgressCallback:
    """A progress bar on a terminal; on a pipe or file, one line per stage (no control characters)."""
    out = stream if stream is not None else sys.stderr
    interactive = out.isatty()
    last_stage = [""]
    last_draw = [0.0]

    def report(progress: Progress) -> None:
        if not interactive:
            if progress.stage != last_stage[0] and progress.fraction < 1.0:
                last_stage[0] = progress.stage
                print(f"{progress.stage}…", file=out, flush=True)
            return
        now = time.monotonic()
        finished = progress.fraction >= 1.0
        if not finished and progress.stage == last_stage[0] and now - last_draw[0] < 0.1:
            return
        last_stage[0], last_draw[0] = progress.stage, now
        width = max(10, min(40, shutil.get_terminal_size((80, 20)).columns - 50))
        filled = round(width * progress.fraction)
        bar = "█" * filled + "·" * (width - filled)
        count = f" {progress.done}/{progress.total}" if progress.total > 1 else ""
        line = f"\r{bar} {progress.fraction:4.0%}  {progress.stage}{count}"
        print(f"{line:<{width + 50}}", end="\n" if finished else "", file=out, flush=True)

    return report
