"""The editor lock: one app instance edits an event file at a time; a second one is told who holds it.

A sidecar file ``NAME.meeting.lock`` carries an OS advisory lock (flock on POSIX, msvcrt on Windows),
which the kernel releases when the process dies, so a crash never leaves a stale lock behind. Its text
says who holds it, for the message the second instance shows. Short-lived writers (the CLI `add`) do not
take it: SQLite's own locking serialises their transactions.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sys
from pathlib import Path
from typing import IO

from meetingkit.store.errors import FileLockedError, ReadOnlyError


def lock_path(event_path: Path) -> Path:
    return event_path.with_name(event_path.name + ".lock")


# Windows locks byte ranges, starting at the handle's current position, and the lock is mandatory (a
# locked byte cannot be read by anyone else). Every instance therefore locks the same single byte, far
# beyond the holder text, so the text stays readable and no two instances can lock different bytes.
LOCK_OFFSET = 1 << 30


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        fd = handle.fileno()
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class EditorLock:
    """Held for as long as an app instance has the event open for editing."""

    def __init__(self, event_path: Path) -> None:
        self.path = lock_path(event_path)
        self._event_name = event_path.name
        self._handle: IO[str] | None = None

    def _open_locked(self) -> IO[str]:
        for _attempt in range(5):
            try:
                handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open while locked
            except PermissionError as exc:
                raise ReadOnlyError(
                    f"{self._event_name} is in a read-only folder; open it read-only."
                ) from exc
            if not _try_lock(handle):
                handle.seek(0)
                holder = handle.read().strip()
                handle.close()
                who = f" by {holder}" if holder else ""
                raise FileLockedError(f"{self._event_name} is already open{who}.", holder)
            # The holder we raced with may have unlinked the file between our open and our lock:
            # only a lock on the inode that is still at the path counts.
            try:
                same = os.path.samestat(os.fstat(handle.fileno()), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                return handle
            handle.close()
        raise FileLockedError(f"{self._event_name} is being opened by another program; try again.")

    def acquire(self) -> None:
        handle = self._open_locked()
        since = dt.datetime.now().strftime("%H:%M")
        holder = f"{getpass.getuser()} on {_host_name()} (process {os.getpid()}) since {since}"
        handle.seek(0)
        handle.truncate()
        handle.write(holder)
        handle.flush()
        self._handle = handle

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is None:
            return
        # Unlink while still holding the lock so no other process can see a released but present file.
        try:
            self.path.unlink()
        except OSError:
            pass
        self._handle.close()
        self._handle = None


def _host_name() -> str:
    """This machine's name, for the sentence that says who holds a file."""
    if hasattr(os, "uname"):
        # The same name socket.gethostname gives on POSIX, without importing socket (~3 ms of the app's launch).
        return os.uname().nodename
    import socket

    return socket.gethostname()
