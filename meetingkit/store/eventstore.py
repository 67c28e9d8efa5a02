"""EventStore: every read and write of one event file, each user edit one committed transaction.

EventStore is a thin front: the file's connection and its one write path are StoreBase (base.py), each
kind of record is a mixin over it (records/*.py, blobs.py, indexing.py, rapporteurs.py). Opening and
closing it is opening.py; creating and migrating files is connection.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial

from meetingkit.core import validation as v
from meetingkit.core.zones import check_zone
from meetingkit.store.blobs import CHUNK_SIZE, BlobReader, read_blob
from meetingkit.store.connection import (
    create_file,
    inspect_file,
)
from meetingkit.store.opening import OpenFile
from meetingkit.store.rapporteurs import RapporteurRecords
from meetingkit.store.records.days import DayRecords
from meetingkit.store.records.drafts import DraftRecords
from meetingkit.store.records.roadmap import RoadmapRecords
from meetingkit.store.records.vocabulary import VocabularyRecords
from meetingkit.store.replica import history_decodes
from meetingkit.store.unset import UNSET, Unset

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from meetingkit.core.model import EventSnapshot
    from meetingkit.store.history import History

__all__ = [
    "CHUNK_SIZE",
    "UNSET",
    "BlobReader",
    "EventStore",
    "Unset",
    "inspect_file",
    "read_blob",
]


class EventStore(DayRecords, RoadmapRecords, DraftRecords, VocabularyRecords, RapporteurRecords, OpenFile):
    """One open event file. Not thread-safe: the UI thread owns it; workers read snapshots."""

    # ---------------------------------------------------------------- creating (opening: OpenFile)

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
