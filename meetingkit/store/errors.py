"""The user's-situation errors of the event file; anything else sqlite3 raises is our bug and propagates."""

from __future__ import annotations

import os
import sqlite3

from meetingkit.core.errors import UserError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from meetingkit.core.paths import StrPath


class StoreUserError(UserError):
    """Base for situations the user can act on: a clear sentence, nothing changed."""


class NotAnEventFileError(StoreUserError):
    pass


class DamagedFileError(StoreUserError):
    pass


class DamagedRecordError(DamagedFileError):
    """One record cannot be read; `check` lists each such record by its kind and what is wrong."""

    def __init__(self, message: str, kind: str, reason: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.reason = reason


class NewerFileError(StoreUserError):
    pass


class FileLockedError(StoreUserError):
    def __init__(self, message: str, holder: str = "") -> None:
        super().__init__(message)
        self.holder = holder


class DiskFullError(StoreUserError):
    pass


class ReadOnlyError(StoreUserError):
    pass


def translate(exc: sqlite3.Error, path: StrPath) -> UserError | None:
    """Map an sqlite3 error caused by the user's environment to a clear UserError; None means it is a bug.

    Classified by SQLite's primary result code; the message text is only a fallback for errors that
    carry no code.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    name = os.path.basename(path)
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return DiskFullError(
            f"The disk holding {name} is full; free some space and try again (nothing was lost)."
        )
    if primary == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return ReadOnlyError(f"{name} cannot be changed: the file or its folder is read-only.")
    if primary == sqlite3.SQLITE_CANTOPEN or "unable to open database file" in text:
        return ReadOnlyError(f"{name} cannot be written: check that its folder exists and is writable.")
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in text:
        return FileLockedError(f"{name} is busy in another program; try again in a moment.")
    if (
        primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
        or "malformed" in text
        or "not a database" in text
    ):
        return DamagedFileError(
            f"{name} is damaged and cannot be read safely; restore it from a backup copy."
        )
    if primary is None and text.startswith("could not decode to utf-8"):
        # sqlite3's own, for text that is not UTF-8 read where no record is being decoded (rows.decoding)
        return DamagedFileError(
            f"{name} is damaged: it holds text that is not UTF-8; restore it from a backup copy"
            " or run `meetingkit check` to list the damaged records."
        )
    if primary == sqlite3.SQLITE_IOERR:
        return DamagedFileError(f"{name} could not be read or written ({exc}); check the disk it is on.")
    return None
