"""Hybrid logical clocks: wall-clock time that never runs backwards and always passes what it has seen.

A stamp is ``"<13-digit milliseconds>-<4-digit counter>"``, so stamps sort as text. Stamps only order
*concurrent* edits (the default a conflict shows) and say when something was written; which edit supersedes
which is decided by what each writer had seen, never by these clocks (see registers.py).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

ZERO = "0000000000000-0000"

# Milliseconds since the epoch. Tests replace it to skew a replica's clock or make it jump back.
WallClock = Callable[[], int]


def system_ms() -> int:
    return time.time_ns() // 1_000_000


def parse(stamp: str) -> tuple[int, int]:
    wall, _, counter = stamp.partition("-")
    return int(wall), int(counter)


def format_stamp(wall: int, counter: int) -> str:
    return f"{wall:013d}-{counter:04d}"


def to_iso(stamp: str) -> str:
    """The wall-clock part as the file's timestamp format (UTC, milliseconds, Z)."""
    wall, _ = parse(stamp)
    moment = dt.datetime.fromtimestamp(wall / 1000, dt.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Clock:
    """Issues strictly increasing stamps; `witness` moves it past any stamp received from another replica."""

    def __init__(self, last: str = ZERO, wall: WallClock = system_ms) -> None:
        self._wall = wall
        self._last = parse(last)

    @property
    def last(self) -> str:
        return format_stamp(*self._last)

    def tick(self) -> str:
        wall, counter = self._last
        now = self._wall()
        if now > wall:
            self._last = (now, 0)
        elif counter < 9999:
            self._last = (wall, counter + 1)
        else:  # ten thousand stamps in one millisecond: borrow the next millisecond
            self._last = (wall + 1, 0)
        return self.last

    def witness(self, stamp: str) -> None:
        seen = parse(stamp)
        if seen > self._last:
            self._last = seen
