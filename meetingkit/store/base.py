"""StoreBase: the connection of one open event file and its transactions, which every record mixin writes through."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager

from meetingkit.core.errors import NotFoundError
from meetingkit.store import known_files, rows
from meetingkit.store.errors import DamagedFileError, ReadOnlyError, translate
from meetingkit.store.replica import Replica

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from meetingkit.core.paths import StrPath
    from meetingkit.store.lock import EditorLock  # only the app takes the lock: imported where it does


def verify_records(conn: sqlite3.Connection, path: StrPath) -> None:
    """Read every record of the file behind `conn` in full, stamps and references included: a damaged
    one raises the damaged-file sentence.

    For what copies records as stored rather than through the domain objects (the JSON copy, import).
    """
    for table, (kind, _decoder) in rows.RECORD_TABLES.items():
        with rows.decoding(kind, os.path.basename(path)):
            for row in conn.execute(f"SELECT * FROM {table}"):
                rows.record_from(table, row)
    verify_references(conn, path)


def verify_references(conn: sqlite3.Connection, path: StrPath) -> None:
    """SQLite's own foreign-key check, in one pass: a record referring to a missing one raises the
    damaged-file sentence (before records from elsewhere are written into this file, a reference
    already broken here would otherwise be blamed on them)."""
    name = os.path.basename(path)
    with rows.decoding("reference", name):
        broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        raise DamagedFileError(
            f"{name} is damaged: {rows.with_article(rows.text_of(broken, 'table'))} record refers to a missing"
            f" {rows.text_of(broken, 'parent')}; run `meetingkit check` to list the damaged records."
        )


class StoreBase:
    """The connection of one open event file and the one write path every record kind uses.

    EventStore is this plus one mixin per kind of record (records/*.py); the mixins reach the file only
    through `_write`, `_read`, `_touch` and `_insert_or_revive`, so every edit is stamped, replicated
    (Replica.flush before COMMIT) and committed in one place.
    """

    # Set by EventStore, which knows the search index the replica re-indexes merged records with.
    _replica: Replica

    def __init__(
        self,
        path: StrPath,
        conn: sqlite3.Connection,
        *,
        read_only: bool,
        author: str,
        lock: EditorLock | None,
    ) -> None:
        self._file = os.fspath(path)
        self.file_name = os.path.basename(self._file)
        self.read_only = read_only
        self.author = author
        self._conn = conn
        self._lock = lock
        self._in_write = False
        self._witness: known_files.Witness | None = None  # set by open(): vouches for the file at close

    @property
    def path(self) -> Path:
        """The event file, as a Path made when asked: `add` asks for none (core.paths.StrPath says why)."""
        from pathlib import Path

        return Path(self._file)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One explicit transaction; COMMIT has returned (and is on disk) when the block exits."""
        if self.read_only:
            raise ReadOnlyError(f"{self.file_name} is open read-only; changes cannot be saved.")
        if self._in_write:  # nested call from another store method: join the outer transaction
            yield self._conn
            return
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise (translate(exc, self._file) or exc) from None
        self._in_write = True
        try:
            # A write also reads records (to index them, to find a person by name): a damaged one
            # rolls the whole change back with the damaged-file sentence.
            with rows.decoding("stored", self.file_name, rows.DAMAGE_SIGNS):
                yield conn
                self._replica.flush(conn)  # the registers and the Yjs update of this edit, in its transaction
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            self._replica.forget()
            if isinstance(exc, sqlite3.Error):
                mapped = translate(exc, self._file)
                if mapped:
                    raise mapped from None
            raise
        finally:
            self._in_write = False

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A consistent read of several tables (one snapshot even while other processes write)."""
        if self._in_write or self._conn.in_transaction:
            yield self._conn
            return
        self._conn.execute("BEGIN")
        try:
            yield self._conn
        finally:
            self._conn.execute("COMMIT")

    def _decoding(self, kind: str) -> AbstractContextManager[None]:
        """Reads of `kind` records: a damaged one becomes the "damaged file" sentence (rows.decoding)."""
        return rows.decoding(kind, self.file_name)

    def _stamp(self) -> tuple[str, str, str]:
        stamp = rows.now()
        return stamp, stamp, self.author

    def _insert_or_revive(self, conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> None:
        """Insert a record, or bring back the deleted or live one with the same (stable) id, with these values."""
        created_at, updated_at, author = self._stamp()
        if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (values["id"],)).fetchone() is None:
            names = [*values, "created_at", "updated_at", "author"]
            conn.execute(
                f"INSERT INTO {table}({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
                (*values.values(), created_at, updated_at, author),
            )
            return
        assignments = ", ".join(f"{name} = ?" for name in values if name != "id")
        conn.execute(
            f"UPDATE {table} SET {assignments}, deleted_at = NULL, updated_at = ?, author = ? WHERE id = ?",
            (*(value for name, value in values.items() if name != "id"), updated_at, author, values["id"]),
        )

    def _touch(self, conn: sqlite3.Connection, table: str, record_id: str, **values: Any) -> None:
        values["updated_at"] = rows.now()
        values["author"] = self.author
        assignments = ", ".join(f"{column} = ?" for column in values)
        cursor = conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ? AND deleted_at IS NULL",
            (*values.values(), record_id),
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"No {table.replace('_', ' ')} with id {record_id} in {self.file_name}.")

    def data_version(self) -> int:
        """Changes when another connection commits: lets the UI notice a CLI `add` to the open file."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _renumber(self, conn: sqlite3.Connection, table: str, ids: Sequence[str]) -> None:
        conn.executemany(f"UPDATE {table} SET ord = ? WHERE id = ?", [(i, rid) for i, rid in enumerate(ids)])

    # ---------------------------------------------------------------- raw access for interchange and checks

    def query(self, sql: str, params: Sequence[Any] = (), *, kind: str = "stored") -> list[sqlite3.Row]:
        """Read-only SQL for the interchange and check modules of this package.

        Text that is not UTF-8 gives the damaged-file sentence naming `kind`; converting the values
        goes through rows.decoding too.
        """
        with self._decoding(kind):
            return self._conn.execute(sql, params).fetchall()

    def verify_records(self) -> None:
        """Read every record in full (see verify_records): a damaged one raises the damaged-file sentence."""
        verify_records(self._conn, self._file)

    def query_lenient(self, sql: str) -> list[sqlite3.Row]:
        """A pragma whose report quotes damaged pages (integrity_check): text decoded with replacement marks."""
        self._conn.text_factory = rows.lenient_text
        try:
            return self._conn.execute(sql).fetchall()
        finally:
            self._conn.text_factory = str

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction for bulk operations of this package (import, merge)."""
        with self._write() as conn:
            yield conn

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group several edits into one commit (one undo step in the app): all of them are saved, or none.

        Store methods called inside join this transaction; it commits when the block exits and rolls
        everything back if the block raises.
        """
        with self._write():
            yield
