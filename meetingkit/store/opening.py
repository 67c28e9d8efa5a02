"""Opening and closing one event file: the checks before it opens, its connection, its replica, the editor
lock, and what is remembered of it at close. EventStore is this with every kind of record; `meetingkit add`
opens it with the notes' records only (capture.py).
"""

from __future__ import annotations

import os
import sqlite3

from meetingkit.store import known_files
from meetingkit.store.connection import backup_and_migrate, connect, default_author, inspect_file
from meetingkit.store.errors import StoreUserError, translate
from meetingkit.store.indexing import SearchIndex
from meetingkit.store.replica import Replica
from meetingkit.store.schema import MIGRATIONS, SCHEMA_VERSION, Migration

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self

    from meetingkit.core.paths import StrPath
    from meetingkit.store.connection import WholeFileRead
    from meetingkit.store.lock import EditorLock


class OpenFile(SearchIndex):
    """An open event file: `open` checks it and connects, `close` (or leaving a `with` block) lets it go.

    The replica re-indexes the records a colleague's update changed, hence the search index as its base.
    """

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
    ) -> Self:
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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
