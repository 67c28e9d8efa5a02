"""EventStore: every read and write of one event file, each user edit one committed transaction.

EventStore is a thin front: the file's connection and its one write path are StoreBase (base.py), each
kind of record is a mixin over it (records/*.py, blobs.py, indexing.py, rapporteurs.py). Opening,
creating and migrating files is connection.py.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Sequence
from functools import partial

from meetingkit.core import validation as v
from meetingkit.core.zones import check_zone
from meetingkit.store import known_files
from meetingkit.store.blobs import CHUNK_SIZE, BlobReader, read_blob
from meetingkit.store.connection import (
    backup_and_migrate,
    connect,
    create_file,
    default_author,
    inspect_file,
)
from meetingkit.store.errors import StoreUserError, translate
from meetingkit.store.rapporteurs import RapporteurRecords
from meetingkit.store.records.days import DayRecords
from meetingkit.store.records.drafts import DraftRecords
from meetingkit.store.records.roadmap import RoadmapRecords
from meetingkit.store.records.vocabulary import VocabularyRecords
from meetingkit.store.replica import Replica, history_decodes
from meetingkit.store.schema import MIGRATIONS, SCHEMA_VERSION, Migration
from meetingkit.store.unset import UNSET, Unset

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from meetingkit.core.model import EventSnapshot
    from meetingkit.core.paths import StrPath
    from meetingkit.store.connection import WholeFileRead
    from meetingkit.store.history import History
    from meetingkit.store.lock import EditorLock

__all__ = [
    "CHUNK_SIZE",
    "UNSET",
    "BlobReader",
    "EventStore",
    "Unset",
    "inspect_file",
    "read_blob",
]


class EventStore(DayRecords, RoadmapRecords, DraftRecords, VocabularyRecords, RapporteurRecords):
    """One open event file. Not thread-safe: the UI thread owns it; workers read snapshots."""

    def __init__(
        self,
        path: StrPath,
        conn: sqlite3.Connection,
        *,
        read_only: bool,
        author: str,
        lock: EditorLock | None,
    ) -> None:
        super().__init__(path, conn, read_only=read_only, author=author, lock=lock)
        self._replica = Replica(conn, author=lambda: self.author, reindex=self._reindex_record)

    # ---------------------------------------------------------------- opening and closing

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        title: str,
        start: dt.date | str,
        end: dt.date | str,
        venue: str = "",
        city: str = "",
        subtitle: str = "",
        organisers: Sequence[str] = (),
        languages: Sequence[str] = ("en",),
        description: str = "",
        timezone: str = "",
        author: str | None = None,
        lock: bool = False,
    ) -> EventStore:
        """Create a new event file with one day per date of the range; refuses to overwrite."""
        from pathlib import Path

        title = v.title("title", title)
        start_d, end_d = v.date("start", start), v.date("end", end)
        v.date_range(start_d, end_d)
        create_file(
            Path(path),
            title=title,
            subtitle=subtitle,
            venue=venue,
            city=city,
            start_d=start_d,
            end_d=end_d,
            langs=[v.language("language", code) for code in languages] or ["en"],
            zone_name=check_zone(timezone),
            orgs=[v.title("organiser", o) for o in organisers],
            description=description,
            author=author,
        )
        return cls.open(path, author=author, lock=lock)

    @classmethod
    def open(
        cls,
        path: StrPath,
        *,
        read_only: bool = False,
        author: str | None = None,
        lock: bool = False,
        migrations: dict[int, Migration] | None = None,
        target_version: int = SCHEMA_VERSION,
        whole_file: WholeFileRead = "unless known",
    ) -> EventStore:
        """Open an existing event file after checking it; `lock=True` takes the editor lock (the app does).

        `whole_file`: when the open reads the whole file for damage (inspect_file); `check` says "never", as it
        reads every page itself.
        """
        # A string from here on: `add` makes no Path (core.paths.StrPath says why).
        file = os.fspath(path)
        version = inspect_file(file, migrations, whole_file=whole_file)
        editor_lock = None
        if lock and not read_only:
            from pathlib import Path

            from meetingkit.store.lock import EditorLock  # only the app's open takes it

            editor_lock = EditorLock(Path(file))
            editor_lock.acquire()
        try:
            if version < target_version and not read_only:
                from pathlib import Path

                backup_and_migrate(Path(file), version, target_version, migrations or MIGRATIONS)
            elif version < target_version:
                raise StoreUserError(
                    f"{os.path.basename(file)} uses an older file format; open it once for editing to upgrade it."
                )
            try:
                conn = connect(file, read_only=read_only)
            except sqlite3.Error as exc:
                raise (translate(exc, file) or exc) from None
        except BaseException:
            if editor_lock:
                editor_lock.release()
            raise
        store = cls(
            file,
            conn,
            read_only=read_only,
            author=author if author is not None else default_author(),
            lock=editor_lock,
        )
        store._witness = known_files.Witness(file, conn)
        return store

    def close(self) -> None:
        if self._conn is not None:
            if self._witness is not None:
                self._witness.close(self._conn)
                self._witness = None
            self._conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def history_job(self) -> Callable[[], History]:
        """Reading the replicated history (the whole Yjs document), as a job for another thread.

        Capture never needs it; merging, conflicts and editing an existing text do. The app runs this
        after the window is shown, so the first such action on a congress does not stall the window.
        """
        from meetingkit.store.history import read_history

        path, client_id = self.path, self._replica.client_id
        return partial(read_history, path, client_id=client_id)

    def adopt_history(self, history: History) -> bool:
        """Take what a history job read, with what was saved since; False if it went stale meanwhile
        (the history is then read when first needed, as without the job)."""
        with self._read():
            return self._replica.adopt(history)

    def history_reads(self) -> bool:
        """Whether the replicated history (what merges, update files and sync exchange) decodes whole."""
        with self._read() as conn:
            return history_decodes(conn)

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- snapshot

    def snapshot(self) -> EventSnapshot:
        """Everything, read in one transaction: an immutable view exporters can use on any thread."""
        from meetingkit.core.model import EventSnapshot  # made on first use (core/model.py says why)

        with self._read():
            sessions = self.sessions()
            live_sessions = {s.id for s in sessions}
            return EventSnapshot(
                event=self.event(),
                days=tuple(self.days()),
                sessions=tuple(sessions),
                items=tuple(i for i in self.items() if i.session_id in live_sessions),
                people=tuple(self.people()),
                organisations=tuple(self.organisations()),
                attachments=tuple(
                    a for a in self.attachments() if a.session_id is None or a.session_id in live_sessions
                ),
                focus_areas=tuple(self.focus_areas()),
                summary_drafts=tuple(self.summary_drafts()),
                acronyms=self.acronyms(),
            )
