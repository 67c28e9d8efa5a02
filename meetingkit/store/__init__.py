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
from meetingkit.store.unset import UNSET, Unset

TYPE_CHECKING = False
if TYPE_CHECKING:
    from meetingkit.store.eventstore import EventStore
else:

    def __getattr__(name: str) -> object:
        # EventStore, with every kind of record's module, is imported when first asked for: `meetingkit add`
        # imports this package for the notes' records only (capture.py). Hidden from the type checker, which
        # reads the import above.
        if name != "EventStore":
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from meetingkit.store.eventstore import EventStore

        globals()[name] = EventStore  # asked once: the next lookup finds it here
        return EventStore


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
