"""The event file: one SQLite database per event, its schema, migrations, blobs, search, lock and interchange."""

from meetingkit.store.errors import (
    DamagedFileError,
    DiskFullError,
    FileLockedError,
    NewerFileError,
    NotAnEventFileError,
    ReadOnlyError,
    StoreUserError,
)
from meetingkit.store.eventstore import EventStore
from meetingkit.store.unset import UNSET, Unset

__all__ = [
    "UNSET",
    "DamagedFileError",
    "DiskFullError",
    "EventStore",
    "FileLockedError",
    "NewerFileError",
    "NotAnEventFileError",
    "ReadOnlyError",
    "StoreUserError",
    "Unset",
]
