"""A rolling ring of backups per event file: before every merge and restore, and now and then while open.

Backups are whole event files made with SQLite's backup API (a consistent copy even while the file is in
use), kept in the user's data folder under the event's id, newest first; the oldest beyond `KEEP` go.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from meetingkit.core import paths
from meetingkit.store.errors import StoreUserError

KEEP = 20
# A congress with its photos is close to a gigabyte: the ring also stops at this many bytes (the newest
# three are always kept), so ten minutes of auto-backups never fill a laptop's disk.
KEEP_BYTES = 4 * 1024**3
ALWAYS_KEEP = 3
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}T\d{6}\d{3}Z)\.(?P<reason>[a-z-]+)\.meeting$")


@dataclass(frozen=True)
class Backup:
    """One backup copy of an event file: where it is, when it was taken, and why."""

    path: Path
    taken: dt.datetime
    reason: str

    @property
    def label(self) -> str:
        return f"{self.taken:%Y-%m-%d %H:%M:%S} UTC ({self.reason})"


def folder(event_id: str) -> Path:
    return paths.data_dir() / "backups" / event_id


def take(conn: sqlite3.Connection, event_path: Path, event_id: str, reason: str) -> Backup:
    """Copy the open file into the ring; the copy is complete or absent (written aside, then renamed)."""
    taken = dt.datetime.now(dt.UTC)
    target_dir = paths.ensure(folder(event_id))
    name = f"{event_path.stem}.{taken:%Y%m%dT%H%M%S}{taken.microsecond // 1000:03d}Z.{reason}.meeting"
    target = target_dir / name
    partial = target.with_name(target.name + ".partial")
    try:
        with sqlite3.connect(partial) as copy:
            conn.backup(copy)
        copy.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StoreUserError(
            f"Cannot back up {event_path.name} before changing it ({exc}); nothing was changed."
        ) from None
    total = 0
    for number, old in enumerate(ring(event_id, stem=event_path.stem)):
        total += old.path.stat().st_size
        if number >= KEEP or (number >= ALWAYS_KEEP and total > KEEP_BYTES):
            old.path.unlink(missing_ok=True)
    return Backup(target, taken, reason)


def ring(event_id: str, *, stem: str | None = None) -> list[Backup]:
    """The backups of an event, newest first (of one file name when `stem` is given)."""
    found: list[Backup] = []
    directory = folder(event_id)
    if not directory.is_dir():
        return found
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if match is None or (stem is not None and match["stem"] != stem):
            continue
        stamp = match["stamp"]
        taken = dt.datetime.strptime(stamp[:15], "%Y%m%dT%H%M%S").replace(
            microsecond=int(stamp[15:18]) * 1000, tzinfo=dt.UTC
        )
        found.append(Backup(path, taken, match["reason"]))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def restore(event_path: Path, backup: Path) -> Backup:
    """Put `backup` in place of the event file, after backing up what the file holds now."""
    from meetingkit.store.lock import EditorLock

    lock = EditorLock(event_path)
    lock.acquire()  # refuses while the app has the file open
    try:
        with sqlite3.connect(f"{event_path.resolve().as_uri()}?mode=ro", uri=True) as current:
            event_id = str(current.execute("SELECT id FROM event").fetchone()[0])
            saved = take(current, event_path, event_id, "before-restore")
        current.close()
        partial = event_path.with_name(event_path.name + ".restoring")
        with (
            sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True) as source,
            sqlite3.connect(partial) as copy,
        ):
            source.backup(copy)
        source.close()
        copy.close()
        partial.replace(event_path)
    finally:
        lock.release()
    return saved
