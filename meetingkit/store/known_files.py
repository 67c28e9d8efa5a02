"""Event files this user's meetingkit closed, and how each looked then (size, times, inode, SQLite's
change counter): reopening one unchanged skips SQLite's quick_check, which reads the whole file.

Any other file (from a USB stick, a mail, a sync folder, or changed by another program since) gets the
full check. A file counts as "closed by us" only if no other connection wrote it while it was open and
it is still the same inode: a sync tool that swapped it, or the sqlite3 shell, makes it a stranger again.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3

from meetingkit.core.atomic import OutputError, atomic_output
from meetingkit.core.paths import data_folder

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

    from meetingkit.core.paths import StrPath

FILE_NAME: Final = "known-files.json"
LIMIT: Final = 200  # the most recently closed files; an older one is simply checked in full again
# Bytes 24..27 of an SQLite header: the file change counter, bumped by every committed write.
_CHANGE_COUNTER: Final = slice(24, 28)

Look = list[int]  # size, mtime_ns, ctime_ns, inode, change counter (a JSON list as stored)


def look(path: StrPath) -> Look | None:
    """How `path` looks now, or None if it cannot be read."""
    try:
        info = os.stat(path)
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError:
        return None
    if len(head) < 100:
        return None
    counter = int.from_bytes(head[_CHANGE_COUNTER], "big")
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, counter]


def _store() -> str:
    return os.path.join(data_folder(), FILE_NAME)


def _load() -> dict[str, Look]:
    try:
        with open(_store(), encoding="utf-8") as fh:
            data = json.loads(fh.read())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, list)}


def _key(path: StrPath) -> str:
    return os.path.realpath(path)  # as str(Path(path).resolve()) reads it


def unchanged(path: StrPath) -> bool:
    """True if meetingkit last closed `path` and nothing has touched it since."""
    now = look(path)
    return now is not None and _load().get(_key(path)) == now


def remember(path: StrPath) -> None:
    """Record how `path` looks now; best effort (a read-only home only costs a full check next time)."""
    now = look(path)
    if now is None:
        return
    entries = _load()
    entries.pop(_key(path), None)
    entries[_key(path)] = now
    kept = dict(list(entries.items())[-LIMIT:])
    # atomic_output says in one sentence (OutputError) what the system said (OSError): neither may fail
    # the command whose file this is, its work already saved.
    with contextlib.suppress(OSError, OutputError):
        os.makedirs(data_folder(), exist_ok=True)
        with atomic_output(_store(), durable=False) as handle:
            handle.write(json.dumps(kept).encode())


class Witness:
    """Watches one open connection: at close, the file is remembered only if it is still the file we
    opened (same inode) and no other connection committed to it meanwhile (`PRAGMA data_version`)."""

    def __init__(self, path: StrPath, conn: sqlite3.Connection) -> None:
        self._path = path
        self._inode = _inode(path)
        self._version = _data_version(conn)

    def close(self, conn: sqlite3.Connection) -> None:
        """Call before closing `conn`."""
        if self._version is None or _data_version(conn) != self._version:
            return
        if self._inode is not None and _inode(self._path) == self._inode:
            remember(self._path)


def _inode(path: StrPath) -> int | None:
    try:
        return os.stat(path).st_ino
    except OSError:
        return None


def _data_version(conn: sqlite3.Connection) -> int | None:
    try:
        return int(conn.execute("PRAGMA data_version").fetchone()[0])
    except sqlite3.Error:
        return None
