"""EventStore: every read and write of one event file, each user edit one committed transaction."""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from meetingkit import __version__
from meetingkit.core import validation as v
from meetingkit.core.drafts import Draft, DraftScope, SummaryDraft, merged_acceptance
from meetingkit.core.errors import NotFoundError, UserError, ValidationError
from meetingkit.core.model import (
    ActionFields,
    ActionStatus,
    Attachment,
    AttachmentKind,
    Day,
    Event,
    EventSnapshot,
    FocusArea,
    Horizon,
    Item,
    Organisation,
    Person,
    Role,
    Session,
    SessionPerson,
    SynergyFields,
    Tag,
)
from meetingkit.core.quickentry import parse
from meetingkit.core.zones import check_zone
from meetingkit.store import backups, known_files, merging, rows, summary_drafts, trust
from meetingkit.store import conflicts as conflicts_module
from meetingkit.store.conflicts import Resolution
from meetingkit.store.errors import (
    DamagedFileError,
    NewerFileError,
    NotAnEventFileError,
    ReadOnlyError,
    StoreUserError,
    translate,
)
from meetingkit.store.lock import EditorLock
from meetingkit.store.merging import MergeReport
from meetingkit.store.registers import Conflict
from meetingkit.store.replica import Replica
from meetingkit.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, Migration
from meetingkit.store.search import fts_query

SQLITE_MAGIC: Final = b"SQLite format 3\x00"
CHUNK_SIZE: Final = 4 * 1024 * 1024
BUSY_TIMEOUT_MS: Final = 10_000


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()


# Which slot of the search index's rowid space each kind of record uses (see _search_rowid).
_SEARCH_SLOTS: Final = {"item": 0, "session": 1, "attachment": 2}


class _RollBack(Exception):
    """Leaves a write transaction without committing it (a dry run), carrying what it found."""

    def __init__(self, reports: list[MergeReport]) -> None:
        super().__init__("dry run")
        self.reports = reports


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "item", "session" or "attachment"
    ref: str
    session_id: str | None
    snippet: str


def _default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser() raises a bare OSError/KeyError on some containers
        return ""


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    conn = sqlite3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )
    conn.row_factory = sqlite3.Row
    # Text that is not UTF-8 raises inside rows.decoding (the "damaged file" sentence), not deep in sqlite3.
    conn.text_factory = rows.strict_text
    # A file handed in by someone else must not run its schema's functions; the schema itself is
    # compared with ours before any connection but the inspecting one is made (trust.check_schema).
    conn.execute("PRAGMA trusted_schema = OFF")
    # Cells that claim to be larger than their page are refused as corruption instead of read past it.
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if read_only:
        conn.execute("PRAGMA query_only = ON")
    else:
        # Rollback journal keeps the event one self-contained file (a WAL file beside it could be left
        # behind on a USB stick); FULL makes every commit durable before we say "Saved".
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def inspect_file(path: Path, migrations: dict[int, Migration] | None = None, *, thorough: bool = True) -> int:
    """Check that `path` is a healthy event file this version can read, without changing a byte.

    Everything here reads through a read-only, query-only connection whose work is bounded, and the
    schema is compared with ours before anything else reads a table. Returns the schema version.
    Raises a StoreUserError naming the problem otherwise.
    """
    name = path.name
    trust.require_regular_file(path)
    try:
        # O_NONBLOCK: should the path become a FIFO after the check above, the read fails instead of waiting.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            head = os.read(fd, 100)
        finally:
            os.close(fd)
    except PermissionError:
        raise ReadOnlyError(f"{name} cannot be read: permission denied.") from None
    except OSError as exc:
        raise StoreUserError(f"{name} cannot be read: {exc.strerror or exc}.") from None
    if not head.startswith(SQLITE_MAGIC) or len(head) < 100:
        raise NotAnEventFileError(f"{name} is not a meetingkit event file.")
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        raise NotAnEventFileError(f"{name} is an SQLite database, but not a meetingkit event file.")
    trust.refuse_wal(path, head)
    if trust.require_regular_sidecar(path, "-wal") or path.with_name(name + "-shm").exists():
        raise NotAnEventFileError(
            f"{name} has SQLite WAL files ({name}-wal, -shm) beside it, which meetingkit never makes;"
            " it was not opened and nothing was changed."
        )
    if trust.require_regular_sidecar(path, "-journal"):
        _finish_crashed_transaction(path)
        thorough = True  # a write was cut short: whatever was recorded at close no longer vouches for it
    try:
        conn = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise DamagedFileError(f"{name} cannot be opened: {exc}.") from None
    trust.bound_work(conn)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotAnEventFileError(f"{name} is an SQLite database, but not a meetingkit event file.")
        if version > SCHEMA_VERSION:
            raise NewerFileError(
                f"{name} was written by a newer meetingkit (file format {version}, this version reads up to"
                f" {SCHEMA_VERSION}); please update meetingkit."
            )
        trust.check_schema(conn, path, version, migrations)
        # The schema is ours, so what follows runs only our own SQL, and quick_check's work grows with the
        # file's size alone: a large real event must not be mistaken for an attack.
        conn.set_progress_handler(None, 0)
        # quick_check reports what it found in the damaged pages, which need not be UTF-8.
        conn.text_factory = rows.lenient_text
        # quick_check reads the whole file: skipped only for one this user closed and nobody touched since.
        whole = thorough or not known_files.unchanged(path)
        result = [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")] if whole else ["ok"]
        if result != ["ok"]:
            # quick_check's first row reads "*** in database main ***\nPage 7: ..."; keep one short line.
            detail = " ".join(result[0].replace("*** in database main ***", "").split())[:200]
            raise DamagedFileError(f"{name} is damaged ({detail}); restore it from a backup copy.")
    except sqlite3.DatabaseError as exc:
        mapped = translate(exc, path)
        if exc.sqlite_errorcode == sqlite3.SQLITE_INTERRUPT:
            mapped = DamagedFileError(f"{name} asks for more work than an event file can; it was not opened.")
        raise (mapped or DamagedFileError(f"{name} is damaged and cannot be read safely.")) from None
    finally:
        conn.close()
    return int(version)


def _discard(path: Path) -> None:
    """Remove a half-made file after a failure; in a read-only folder there is none, and nothing to add."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _finish_crashed_transaction(path: Path) -> None:
    """Let SQLite roll back a write that a crash or kill left half done (a "hot" journal beside the file).

    A read-only connection cannot do that and reports "readonly" forever, so the first read goes
    through a read-write one; if the journal is not hot (another program is writing), it only reads.
    Rolling back copies pages back and runs no SQL of the file: nothing in its schema can act here.
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
            raise ReadOnlyError(
                f"{path.name} was left unfinished by a crash and must be repaired, but it is read-only;"
                f" copy it with {path.name}-journal to a writable folder and open it there."
            ) from None
        # Anything else (a damaged file) is reported by the read-only checks that follow.


def _blob_chunks(conn: sqlite3.Connection, sha256: str, path: Path) -> Iterator[bytes]:
    """A blob's chunks in order; NotFoundError (before the first chunk) when the file lacks it.

    Blobs are content-addressed and never rewritten, so no read transaction is needed.
    """
    if conn.execute("SELECT 1 FROM blob WHERE sha256 = ?", (sha256,)).fetchone() is None:
        raise NotFoundError(f"The attachment data {sha256[:12]}… is missing from {path.name}.")
    return _chunk_bytes(
        conn.execute("SELECT data FROM blob_chunk WHERE sha256 = ? ORDER BY seq", (sha256,)), path
    )


def _chunk_bytes(cursor: sqlite3.Cursor, path: Path) -> Iterator[bytes]:
    with rows.decoding("attachment data", path.name):
        for row in cursor:
            data = row["data"]
            if not isinstance(data, bytes):
                raise rows.BadValue("no bytes in its data")
            yield data


def _copy_chunks(chunks: Iterator[bytes], target: Path) -> None:
    """Stream chunks into a file (a presentation may be larger than memory allows)."""
    with target.open("wb") as fh:
        for chunk in chunks:
            fh.write(chunk)


def read_blob(path: str, sha256: str) -> bytes:
    """One blob of the event file at `path`, through a connection of its own (for worker processes)."""
    with BlobReader(Path(path)) as reader:
        return reader.blob_bytes(sha256)


class BlobReader:
    """Attachment bytes through a read-only connection of its own, for a worker thread.

    EventStore's connection belongs to the UI thread; thumbnails and previews read blobs elsewhere.
    Create it on the thread that uses it, and close it there.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._conn = _connect(self.path, read_only=True)
        except sqlite3.Error as exc:
            raise (translate(exc, self.path) or exc) from None

    def blob_bytes(self, sha256: str) -> bytes:
        return b"".join(_blob_chunks(self._conn, sha256, self.path))

    def blob_loader(self, sha256: str) -> Callable[[], bytes]:
        """A picklable callable that reads this blob in another process (a photo worker)."""
        return functools.partial(read_blob, str(self.path), sha256)

    def copy_blob_to(self, sha256: str, target: Path) -> None:
        _copy_chunks(_blob_chunks(self._conn, sha256, self.path), target)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class EventStore:
    """One open event file. Not thread-safe: the UI thread owns it; workers read snapshots."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, *, read_only: bool, author: str, lock: EditorLock | None
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.author = author
        self._conn = conn
        self._lock = lock
        self._in_write = False
        self._witness: known_files.Witness | None = None
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
        title = v.title("title", title)
        start_d, end_d = v.date("start", start), v.date("end", end)
        v.date_range(start_d, end_d)
        langs = [v.language("language", code) for code in languages] or ["en"]
        zone_name = check_zone(timezone)
        orgs = [v.title("organiser", o) for o in organisers]
        path = Path(path)
        if path.exists():
            raise StoreUserError(f"{path.name} already exists; choose another name or open it.")
        if not path.parent.is_dir():
            raise StoreUserError(f"The folder {path.parent} does not exist.")
        if not os.access(path.parent, os.W_OK):
            raise ReadOnlyError(f"Cannot create {path.name}: its folder is read-only.")
        tmp = path.with_name(path.name + ".new")
        try:
            # Left by a killed `new`; inside the try, as removing it fails in a read-only folder.
            tmp.unlink(missing_ok=True)
            # Built under a temporary name and renamed: a crash never leaves a half-made event file.
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.execute("BEGIN")
                _migrate(conn, 0, SCHEMA_VERSION, MIGRATIONS)
                stamp = rows.now()
                who = author if author is not None else _default_author()
                event_id = rows.new_id()
                conn.execute(
                    "INSERT INTO meta(key, value) VALUES ('created_by', ?)", (f"meetingkit {__version__}",)
                )
                conn.execute(
                    "INSERT INTO event(id, title, subtitle, venue, city, start_date, end_date, organisers,"
                    " languages, description, timezone, created_at, updated_at, author)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        event_id,
                        title,
                        v.short("subtitle", subtitle),
                        v.short("venue", venue),
                        v.short("city", city),
                        start_d.isoformat(),
                        end_d.isoformat(),
                        rows.dumps(orgs),
                        rows.dumps(langs),
                        v.long_text("description", description),
                        zone_name,
                        stamp,
                        stamp,
                        who,
                    ),
                )
                for index in range((end_d - start_d).days + 1):
                    conn.execute(
                        "INSERT INTO day(id, idx, date, created_at, updated_at, author) VALUES (?,?,?,?,?,?)",
                        (
                            rows.stable_id("day", event_id, str(index + 1)),
                            index + 1,
                            (start_d + dt.timedelta(days=index)).isoformat(),
                            stamp,
                            stamp,
                            who,
                        ),
                    )
                for org in orgs:
                    conn.execute(
                        "INSERT INTO organisation(id, name, created_at, updated_at, author) VALUES (?,?,?,?,?)",
                        (rows.stable_id("organisation", event_id, org.casefold()), org, stamp, stamp, who),
                    )
                conn.row_factory = sqlite3.Row
                Replica(conn, author=lambda: who, reindex=lambda *_: None).flush(conn)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
            finally:
                conn.close()
            tmp.replace(path)
        except sqlite3.Error as exc:
            _discard(tmp)
            raise (translate(exc, path) or exc) from None
        except OSError as exc:
            _discard(tmp)
            raise StoreUserError(f"Cannot create {path.name}: {exc.strerror or exc}.") from None
        return cls.open(path, author=author, lock=lock)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        read_only: bool = False,
        author: str | None = None,
        lock: bool = False,
        migrations: dict[int, Migration] | None = None,
        target_version: int = SCHEMA_VERSION,
    ) -> EventStore:
        """Open an existing event file after checking it; `lock=True` takes the editor lock (the app does)."""
        path = Path(path)
        version = inspect_file(path, migrations, thorough=False)
        editor_lock = None
        if lock and not read_only:
            editor_lock = EditorLock(path)
            editor_lock.acquire()
        try:
            if version < target_version and not read_only:
                _backup_and_migrate(path, version, target_version, migrations or MIGRATIONS)
            elif version < target_version:
                raise StoreUserError(
                    f"{path.name} uses an older file format; open it once for editing to upgrade it."
                )
            try:
                conn = _connect(path, read_only=read_only)
            except sqlite3.Error as exc:
                raise (translate(exc, path) or exc) from None
        except BaseException:
            if editor_lock:
                editor_lock.release()
            raise
        store = cls(
            path,
            conn,
            read_only=read_only,
            author=author if author is not None else _default_author(),
            lock=editor_lock,
        )
        store._witness = known_files.Witness(path, conn)
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

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- transactions

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One explicit transaction; COMMIT has returned (and is on disk) when the block exits."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path.name} is open read-only; changes cannot be saved.")
        if self._in_write:  # nested call from another store method: join the outer transaction
            yield self._conn
            return
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise (translate(exc, self.path) or exc) from None
        self._in_write = True
        try:
            # A write also reads records (to index them, to find a person by name): a damaged one
            # rolls the whole change back with the damaged-file sentence.
            with rows.decoding("stored", self.path.name, rows.DAMAGE_SIGNS):
                yield conn
                self._replica.flush(conn)  # the registers and the Yjs update of this edit, in its transaction
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            self._replica.forget()
            if isinstance(exc, sqlite3.Error):
                mapped = translate(exc, self.path)
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
        return rows.decoding(kind, self.path.name)

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
            raise NotFoundError(f"No {table.replace('_', ' ')} with id {record_id} in {self.path.name}.")

    def data_version(self) -> int:
        """Changes when another connection commits: lets the UI notice a CLI `add` to the open file."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    # ---------------------------------------------------------------- event and days

    def event(self) -> Event:
        with self._decoding("event"):
            row = self._conn.execute("SELECT * FROM event WHERE deleted_at IS NULL LIMIT 1").fetchone()
            if row is None:
                raise DamagedFileError(f"{self.path.name} holds no event record.")
            return rows.event_from(row)

    def update_event(
        self,
        *,
        title: str | _Unset = UNSET,
        subtitle: str | _Unset = UNSET,
        venue: str | _Unset = UNSET,
        city: str | _Unset = UNSET,
        organisers: Sequence[str] | _Unset = UNSET,
        languages: Sequence[str] | _Unset = UNSET,
        description: str | _Unset = UNSET,
        conclusions: str | _Unset = UNSET,
        logo_attachment_id: str | _Unset | None = UNSET,
        timezone: str | _Unset = UNSET,
    ) -> Event:
        values: dict[str, Any] = {}
        if not isinstance(title, _Unset):
            values["title"] = v.title("title", title)
        for name, value in (("subtitle", subtitle), ("venue", venue), ("city", city)):
            if not isinstance(value, _Unset):
                values[name] = v.short(name, value)
        if not isinstance(organisers, _Unset):
            values["organisers"] = rows.dumps([v.title("organiser", o) for o in organisers])
        if not isinstance(languages, _Unset):
            values["languages"] = rows.dumps([v.language("language", code) for code in languages])
        if not isinstance(description, _Unset):
            values["description"] = v.long_text("description", description)
        if not isinstance(conclusions, _Unset):
            values["conclusions"] = v.long_text("conclusions", conclusions)
        if not isinstance(logo_attachment_id, _Unset):
            values["logo_attachment_id"] = logo_attachment_id
        if not isinstance(timezone, _Unset):
            values["timezone"] = check_zone(timezone)
        with self._write() as conn:
            if values:
                self._touch(conn, "event", self.event().id, **values)
        return self.event()

    def days(self) -> list[Day]:
        with self._decoding("day"):
            return [
                rows.day_from(r)
                for r in self._conn.execute("SELECT * FROM day WHERE deleted_at IS NULL ORDER BY idx")
            ]

    def day(self, number: int) -> Day:
        """Day by its 1-based number, as users count them."""
        days = self.days()
        if not 1 <= number <= len(days):
            raise NotFoundError(f"There is no day {number}; {self.path.name} has days 1 to {len(days)}.")
        return days[number - 1]

    def update_day(
        self, day_id: str, *, theme: str | _Unset = UNSET, description: str | _Unset = UNSET
    ) -> Day:
        values: dict[str, Any] = {}
        if not isinstance(theme, _Unset):
            values["theme"] = v.short("theme", theme)
        if not isinstance(description, _Unset):
            values["description"] = v.long_text("description", description)
        with self._write() as conn:
            self._touch(conn, "day", day_id, **values)
        return next(d for d in self.days() if d.id == day_id)

    def change_dates(self, start: dt.date | str, end: dt.date | str) -> Event:
        """Move or resize the event in one transaction: day N takes the N-th date of the new range.

        Days past the new end are tombstoned, and only if no session sits on them: otherwise a
        UserError names the first such day and its sessions. Days added at the end bring back the
        tombstoned day of that position when there is one (its theme returns, and an undo finds the
        same day again), else they are new.
        """
        start_d, end_d = v.date("start", start), v.date("end", end)
        v.date_range(start_d, end_d)
        count = (end_d - start_d).days + 1
        with self._write() as conn:
            days = self.days()
            for day in days[count:]:
                titles = [
                    str(r["title"])
                    for r in conn.execute(
                        "SELECT title FROM session WHERE day_id = ? AND deleted_at IS NULL ORDER BY ord",
                        (day.id,),
                    )
                ]
                if titles:
                    listed = "; ".join(titles[:4]) + ("; …" if len(titles) > 4 else "")
                    raise StoreUserError(
                        f"Day {day.index} ({day.date.isoformat()}) would disappear but holds"
                        f" {len(titles)} session{'s' if len(titles) != 1 else ''} ({listed});"
                        f" move or delete {'them' if len(titles) != 1 else 'it'} first."
                    )
            stamp = rows.now()
            for day in days[count:]:
                self._touch(conn, "day", day.id, deleted_at=stamp)
            kept = days[:count]
            for position, day in enumerate(kept):
                date = start_d + dt.timedelta(days=position)
                if day.date != date:
                    self._touch(conn, "day", day.id, date=date.isoformat())
            next_index = (kept[-1].index if kept else 0) + 1
            for position in range(len(kept), count):
                added = (start_d + dt.timedelta(days=position)).isoformat()
                old = conn.execute(
                    "SELECT id FROM day WHERE idx = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC LIMIT 1",
                    (next_index,),
                ).fetchone()
                if old is not None:
                    conn.execute(
                        "UPDATE day SET deleted_at = NULL, date = ?, updated_at = ?, author = ? WHERE id = ?",
                        (added, stamp, self.author, old["id"]),
                    )
                else:
                    day_id = rows.stable_id("day", self.event().id, str(next_index))
                    self._insert_or_revive(
                        conn,
                        "day",
                        {"id": day_id, "idx": next_index, "date": added, "theme": "", "description": ""},
                    )
                next_index += 1
            self._touch(
                conn, "event", self.event().id, start_date=start_d.isoformat(), end_date=end_d.isoformat()
            )
        return self.event()

    # ---------------------------------------------------------------- people and organisations

    def people(self) -> list[Person]:
        with self._decoding("person"):
            return [
                rows.person_from(r)
                for r in self._conn.execute(
                    "SELECT * FROM person WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE"
                )
            ]

    def organisations(self) -> list[Organisation]:
        with self._decoding("organisation"):
            return [
                rows.organisation_from(r)
                for r in self._conn.execute(
                    "SELECT * FROM organisation WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE"
                )
            ]

    def add_organisation(self, name: str, *, kind: str = "", country: str = "") -> Organisation:
        name = v.title("organisation", name)
        with self._write() as conn:
            row = conn.execute(
                "SELECT * FROM organisation WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE", (name,)
            ).fetchone()
            if row is not None:
                if kind or country:
                    self._touch(
                        conn,
                        "organisation",
                        row["id"],
                        kind=v.short("kind", kind) or row["kind"],
                        country=v.short("country", country) or row["country"],
                    )
                return rows.organisation_from(
                    conn.execute("SELECT * FROM organisation WHERE id = ?", (row["id"],)).fetchone()
                )
            org_id = rows.stable_id("organisation", self.event().id, name.casefold())
            self._insert_or_revive(
                conn,
                "organisation",
                {
                    "id": org_id,
                    "name": name,
                    "kind": v.short("kind", kind),
                    "country": v.short("country", country),
                },
            )
        return Organisation(org_id, name, kind, country)

    def add_person(self, name: str, *, organisation: str = "", title: str = "", email: str = "") -> Person:
        """Add a participant, or update the one with the same name (names identify people in notes)."""
        name = v.title("name", name)
        organisation = v.short("organisation", organisation)
        title = v.short("title", title)
        email = v.short("email", email)
        if email and "@" not in email:
            raise ValidationError("email", f"'{email}' is not an e-mail address")
        with self._write() as conn:
            if organisation:
                self.add_organisation(organisation)
            row = conn.execute(
                "SELECT * FROM person WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE", (name,)
            ).fetchone()
            if row is not None:
                self._touch(
                    conn,
                    "person",
                    row["id"],
                    organisation=organisation or row["organisation"],
                    title=title or row["title"],
                    email=email or row["email"],
                )
                person_id = row["id"]
            else:
                person_id = rows.stable_id("person", self.event().id, name.casefold())
                self._insert_or_revive(
                    conn,
                    "person",
                    {
                        "id": person_id,
                        "name": name,
                        "organisation": organisation,
                        "title": title,
                        "email": email,
                    },
                )
            return rows.person_from(
                conn.execute("SELECT * FROM person WHERE id = ?", (person_id,)).fetchone()
            )

    def update_person(
        self,
        person_id: str,
        *,
        name: str | _Unset = UNSET,
        organisation: str | _Unset = UNSET,
        title: str | _Unset = UNSET,
        email: str | _Unset = UNSET,
    ) -> Person:
        """Change a participant's fields; their roles in sessions follow (they refer to the person, not the name)."""
        values: dict[str, Any] = {}
        if not isinstance(name, _Unset):
            values["name"] = v.title("name", name)
        if not isinstance(organisation, _Unset):
            values["organisation"] = v.short("organisation", organisation)
        if not isinstance(title, _Unset):
            values["title"] = v.short("title", title)
        if not isinstance(email, _Unset):
            values["email"] = v.short("email", email)
            if values["email"] and "@" not in values["email"]:
                raise ValidationError("email", f"'{values['email']}' is not an e-mail address")
        with self._write() as conn:
            if "name" in values:
                # Names identify people in notes and in add_person: two live people never share one.
                clash = conn.execute(
                    "SELECT name FROM person WHERE deleted_at IS NULL AND id != ? AND name = ? COLLATE NOCASE",
                    (person_id, values["name"]),
                ).fetchone()
                if clash is not None:
                    raise StoreUserError(
                        f"{clash['name']} is already in the participants list; choose another name."
                    )
            if values.get("organisation"):
                self.add_organisation(values["organisation"])
            self._touch(conn, "person", person_id, **values)
            return rows.person_from(
                conn.execute("SELECT * FROM person WHERE id = ?", (person_id,)).fetchone()
            )

    def delete_person(self, person_id: str) -> None:
        """Tombstone a participant and their roles in sessions, with one stamp (restore_person finds them by it)."""
        with self._write() as conn:
            stamp = rows.now()
            self._touch(conn, "person", person_id, deleted_at=stamp)
            conn.execute(
                "UPDATE session_person SET deleted_at = ?, updated_at = ?, author = ?"
                " WHERE person_id = ? AND deleted_at IS NULL",
                (stamp, stamp, self.author, person_id),
            )

    def restore_person(self, person_id: str) -> Person:
        """Bring back a deleted participant and the session roles that went with them."""
        with self._write() as conn:
            row = conn.execute("SELECT * FROM person WHERE id = ?", (person_id,)).fetchone()
            if row is None:
                raise NotFoundError(f"No person with id {person_id} in {self.path.name}.")
            deleted_at = row["deleted_at"]
            if deleted_at is not None:
                clash = conn.execute(
                    "SELECT 1 FROM person WHERE deleted_at IS NULL AND id != ? AND name = ? COLLATE NOCASE",
                    (person_id, row["name"]),
                ).fetchone()
                if clash is not None:
                    raise StoreUserError(
                        f"{row['name']} cannot come back: another participant now has that name."
                    )
                stamp = rows.now()
                conn.execute(
                    "UPDATE session_person SET deleted_at = NULL, updated_at = ?, author = ?"
                    " WHERE person_id = ? AND deleted_at = ?",
                    (stamp, self.author, person_id, deleted_at),
                )
                conn.execute(
                    "UPDATE person SET deleted_at = NULL, updated_at = ?, author = ? WHERE id = ?",
                    (stamp, self.author, person_id),
                )
            return rows.person_from(
                conn.execute("SELECT * FROM person WHERE id = ?", (person_id,)).fetchone()
            )

    def delete_organisation(self, organisation_id: str) -> None:
        """Tombstone an organisation (people keep the name they were given)."""
        with self._write() as conn:
            self._touch(conn, "organisation", organisation_id, deleted_at=rows.now())

    def restore_organisation(self, organisation_id: str) -> Organisation:
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE organisation SET deleted_at = NULL, updated_at = ?, author = ? WHERE id = ?",
                (rows.now(), self.author, organisation_id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"No organisation with id {organisation_id} in {self.path.name}.")
            return rows.organisation_from(
                conn.execute("SELECT * FROM organisation WHERE id = ?", (organisation_id,)).fetchone()
            )

    def _person_id(self, conn: sqlite3.Connection, name: str) -> str:
        row = conn.execute(
            "SELECT id FROM person WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE", (name,)
        ).fetchone()
        return str(row["id"]) if row else self.add_person(name).id

    # ---------------------------------------------------------------- sessions

    def _session_people(
        self, conn: sqlite3.Connection, session_ids: Sequence[str] | None = None
    ) -> dict[str, list[SessionPerson]]:
        sql = (
            "SELECT sp.session_id, sp.person_id, sp.role, p.name, p.organisation FROM session_person sp"
            " JOIN person p ON p.id = sp.person_id WHERE sp.deleted_at IS NULL"
        )
        params: tuple[str, ...] = ()
        if session_ids is not None and len(session_ids) == 1:
            sql += " AND sp.session_id = ?"
            params = (session_ids[0],)
        sql += " ORDER BY sp.ord"
        result: dict[str, list[SessionPerson]] = {}
        with self._decoding("session role"):
            for row in conn.execute(sql, params):
                result.setdefault(rows.text_of(row, "session_id"), []).append(rows.session_person_from(row))
        return result

    def sessions(self, day_id: str | None = None) -> list[Session]:
        with self._read() as conn:
            sql = "SELECT s.* FROM session s JOIN day d ON d.id = s.day_id WHERE s.deleted_at IS NULL"
            params: tuple[str, ...] = ()
            if day_id is not None:
                sql += " AND s.day_id = ?"
                params = (day_id,)
            sql += " ORDER BY d.idx, s.ord"
            with self._decoding("session"):
                found = conn.execute(sql, params).fetchall()
            people = self._session_people(conn)
        with self._decoding("session"):
            return [rows.session_from(r, tuple(people.get(r["id"], ()))) for r in found]

    def session(self, session_id: str) -> Session:
        with self._read() as conn:
            with self._decoding("session"):
                row = conn.execute(
                    "SELECT * FROM session WHERE id = ? AND deleted_at IS NULL", (session_id,)
                ).fetchone()
            if row is None:
                raise NotFoundError(f"No session with id {session_id} in {self.path.name}.")
            people = self._session_people(conn, [session_id])
        with self._decoding("session"):
            return rows.session_from(row, tuple(people.get(session_id, ())))

    def find_session(self, ref: str) -> Session:
        """A session by id, exact title or unambiguous start of its title (case-insensitive)."""
        ref = ref.strip()
        sessions = self.sessions()
        for s in sessions:
            if s.id == ref:
                return s
        folded = ref.casefold()
        exact = [s for s in sessions if s.title.casefold() == folded]
        if len(exact) == 1:
            return exact[0]
        partial = (
            exact
            or [s for s in sessions if s.title.casefold().startswith(folded)]
            or [s for s in sessions if folded in s.title.casefold()]
        )
        if len(partial) == 1:
            return partial[0]
        if not partial:
            raise NotFoundError(f"No session matches '{ref}'; `meetingkit check` lists the sessions.")
        names = "; ".join(s.title for s in partial[:4])
        raise NotFoundError(
            f"'{ref}' matches {len(partial)} sessions ({names}); give more of the title or the id."
        )

    def add_session(
        self,
        day_id: str,
        title: str,
        *,
        start: dt.time | str | None = None,
        end: dt.time | str | None = None,
        room: str = "",
        format: str = "",
        questions: Sequence[str] = (),
        summary: str = "",
        people: Sequence[tuple[str, Role | str]] = (),
        index: int | None = None,
        session_id: str | None = None,
    ) -> Session:
        title = v.title("title", title)
        start_t, end_t = v.time("start", start), v.time("end", end)
        v.time_range(start_t, end_t)
        clean_questions = [v.title("question", q, max_len=1000) for q in questions if q.strip()]
        with self._write() as conn:
            if (
                conn.execute("SELECT 1 FROM day WHERE id = ? AND deleted_at IS NULL", (day_id,)).fetchone()
                is None
            ):
                raise NotFoundError(f"No day with id {day_id} in {self.path.name}.")
            existing = [
                r["id"]
                for r in conn.execute(
                    "SELECT id FROM session WHERE day_id = ? AND deleted_at IS NULL ORDER BY ord", (day_id,)
                )
            ]
            if index is None:
                # Sessions with a start time go in time order; others at the end.
                index = len(existing)
                if start_t is not None:
                    for position, sid in enumerate(existing):
                        other = conn.execute("SELECT start_time FROM session WHERE id = ?", (sid,)).fetchone()
                        if other["start_time"] and other["start_time"] > start_t.isoformat(
                            timespec="minutes"
                        ):
                            index = position
                            break
            new_id = session_id or rows.new_id()
            conn.execute(
                "INSERT INTO session(id, day_id, ord, title, start_time, end_time, room, format, questions,"
                " summary, created_at, updated_at, author) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    new_id,
                    day_id,
                    0,
                    title,
                    start_t.isoformat(timespec="minutes") if start_t else None,
                    end_t.isoformat(timespec="minutes") if end_t else None,
                    v.short("room", room),
                    v.short("format", format),
                    rows.dumps(clean_questions),
                    v.long_text("summary", summary),
                    *self._stamp(),
                ),
            )
            order = existing[:]
            order.insert(max(0, min(index, len(order))), new_id)
            self._renumber(conn, "session", order)
            self._set_session_people(conn, new_id, people)
            self._index_session(conn, new_id)
        return self.session(new_id)

    def _set_session_people(
        self, conn: sqlite3.Connection, session_id: str, people: Sequence[tuple[str, Role | str]]
    ) -> None:
        # A role is keyed by (session, person, role): the same person given the same role on two laptops
        # is one record, and a list edited twice never names anyone twice.
        wanted: dict[str, tuple[str, str]] = {}
        for name, role in people:
            person_id = self._person_id(conn, v.title("person", name))
            role_value = v.choice("role", role, Role).value
            wanted.setdefault(
                rows.stable_id("role", session_id, person_id, role_value), (person_id, role_value)
            )
        stamp = rows.now()
        for row in conn.execute(
            "SELECT id FROM session_person WHERE session_id = ? AND deleted_at IS NULL", (session_id,)
        ).fetchall():
            if row["id"] not in wanted:
                conn.execute(
                    "UPDATE session_person SET deleted_at = ?, updated_at = ?, author = ? WHERE id = ?",
                    (stamp, stamp, self.author, row["id"]),
                )
        for position, (role_id, (person_id, role_value)) in enumerate(wanted.items()):
            self._insert_or_revive(
                conn,
                "session_person",
                {
                    "id": role_id,
                    "session_id": session_id,
                    "person_id": person_id,
                    "role": role_value,
                    "ord": position,
                },
            )

    def update_session(
        self,
        session_id: str,
        *,
        title: str | _Unset = UNSET,
        start: dt.time | str | _Unset | None = UNSET,
        end: dt.time | str | _Unset | None = UNSET,
        room: str | _Unset = UNSET,
        format: str | _Unset = UNSET,
        questions: Sequence[str] | _Unset = UNSET,
        summary: str | _Unset = UNSET,
        people: Sequence[tuple[str, Role | str]] | _Unset = UNSET,
    ) -> Session:
        current = self.session(session_id)
        values: dict[str, Any] = {}
        if not isinstance(title, _Unset):
            values["title"] = v.title("title", title)
        start_t = current.start if isinstance(start, _Unset) else v.time("start", start)
        end_t = current.end if isinstance(end, _Unset) else v.time("end", end)
        v.time_range(start_t, end_t)
        if not isinstance(start, _Unset):
            values["start_time"] = start_t.isoformat(timespec="minutes") if start_t else None
        if not isinstance(end, _Unset):
            values["end_time"] = end_t.isoformat(timespec="minutes") if end_t else None
        if not isinstance(room, _Unset):
            values["room"] = v.short("room", room)
        if not isinstance(format, _Unset):
            values["format"] = v.short("format", format)
        if not isinstance(questions, _Unset):
            values["questions"] = rows.dumps(
                [v.title("question", q, max_len=1000) for q in questions if q.strip()]
            )
        if not isinstance(summary, _Unset):
            values["summary"] = v.long_text("summary", summary)
        with self._write() as conn:
            self._touch(conn, "session", session_id, **values)
            if not isinstance(people, _Unset):
                self._set_session_people(conn, session_id, people)
            self._index_session(conn, session_id)
        return self.session(session_id)

    def delete_session(self, session_id: str) -> None:
        """Tombstone the session; its items stay in the file (restore_session brings all back)."""
        with self._write() as conn:
            self._touch(conn, "session", session_id, deleted_at=rows.now())
            conn.execute("DELETE FROM search WHERE session_id = ?", (session_id,))

    def restore_session(self, session_id: str) -> Session:
        with self._write() as conn:
            stamp = rows.now()
            conn.execute(
                "UPDATE session SET deleted_at = NULL, updated_at = ?, author = ? WHERE id = ?",
                (stamp, self.author, session_id),
            )
            self._index_session(conn, session_id)
            for row in conn.execute(
                "SELECT id FROM item WHERE session_id = ? AND deleted_at IS NULL", (session_id,)
            ).fetchall():
                self._index_item(conn, row["id"])
            for row in conn.execute(
                "SELECT id FROM attachment WHERE session_id = ? AND deleted_at IS NULL", (session_id,)
            ).fetchall():
                self._index_attachment(conn, row["id"])
        return self.session(session_id)

    def move_session(self, session_id: str, day_id: str, index: int) -> Session:
        with self._write() as conn:
            self.session(session_id)
            if (
                conn.execute("SELECT 1 FROM day WHERE id = ? AND deleted_at IS NULL", (day_id,)).fetchone()
                is None
            ):
                raise NotFoundError(f"No day with id {day_id} in {self.path.name}.")
            self._touch(conn, "session", session_id, day_id=day_id)
            order = [
                r["id"]
                for r in conn.execute(
                    "SELECT id FROM session WHERE day_id = ? AND deleted_at IS NULL AND id != ? ORDER BY ord",
                    (day_id, session_id),
                )
            ]
            order.insert(max(0, min(index, len(order))), session_id)
            self._renumber(conn, "session", order)
        return self.session(session_id)

    def _renumber(self, conn: sqlite3.Connection, table: str, ids: Sequence[str]) -> None:
        conn.executemany(f"UPDATE {table} SET ord = ? WHERE id = ?", [(i, rid) for i, rid in enumerate(ids)])

    # ---------------------------------------------------------------- items

    def items(self, session_id: str | None = None) -> list[Item]:
        if session_id is None:
            cursor = self._conn.execute(
                "SELECT i.* FROM item i JOIN session s ON s.id = i.session_id JOIN day d ON d.id = s.day_id"
                " WHERE i.deleted_at IS NULL AND s.deleted_at IS NULL ORDER BY d.idx, s.ord, i.ord"
            )
        else:
            cursor = self._conn.execute(
                "SELECT * FROM item WHERE session_id = ? AND deleted_at IS NULL ORDER BY ord", (session_id,)
            )
        with self._decoding("item"):
            return [rows.item_from(r) for r in cursor]

    def item(self, item_id: str) -> Item:
        with self._decoding("item"):
            row = self._conn.execute(
                "SELECT * FROM item WHERE id = ? AND deleted_at IS NULL", (item_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"No item with id {item_id} in {self.path.name}.")
            return rows.item_from(row)

    def add_entry(self, session_id: str, line: str, *, captured_at: dt.datetime | None = None) -> Item:
        """Capture one quick-entry line (the GUI capture line and `meetingkit add` both come here)."""
        entry = parse(line)
        if not entry.text.strip():
            raise ValidationError("text", "the line has markers but no text; type what was said after them")
        return self.add_item(
            session_id,
            entry.text,
            tags=entry.tags,
            action=entry.action_fields(),
            synergy=entry.synergy_fields(),
            speaker=entry.speaker(),
            captured_at=captured_at,
        )

    def add_item(
        self,
        session_id: str,
        text: str,
        *,
        tags: Sequence[str] = (),
        action: ActionFields | None = None,
        synergy: SynergyFields | None = None,
        speaker: str = "",
        captured_at: dt.datetime | None = None,
        index: int | None = None,
        item_id: str | None = None,
    ) -> Item:
        text = v.long_text("text", text)
        if not text.strip():
            raise ValidationError("text", "an item needs some text")
        values = _item_values(tags, action, synergy, speaker)
        new_id = item_id or rows.new_id()
        with self._write() as conn:
            if (
                conn.execute(
                    "SELECT 1 FROM session WHERE id = ? AND deleted_at IS NULL", (session_id,)
                ).fetchone()
                is None
            ):
                raise NotFoundError(f"No session with id {session_id} in {self.path.name}.")
            last = conn.execute(
                "SELECT COALESCE(MAX(ord), -1) FROM item WHERE session_id = ? AND deleted_at IS NULL",
                (session_id,),
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO item(id, session_id, ord, text, captured_at, tags, owner, due, horizon, status,"
                " focus_area, parties, theme, speaker, created_at, updated_at, author)"
                " VALUES (:id, :session_id, :ord, :text, :captured_at, :tags, :owner, :due, :horizon, :status,"
                " :focus_area, :parties, :theme, :speaker, :created_at, :updated_at, :author)",
                {
                    "id": new_id,
                    "session_id": session_id,
                    "ord": last + 1,
                    "text": text,
                    "captured_at": rows.ts(captured_at) if captured_at else rows.now(),
                    "created_at": rows.now(),
                    "updated_at": rows.now(),
                    "author": self.author,
                    **values,
                },
            )
            if index is not None:
                self._move_item(conn, new_id, session_id, index)
            self._index_item(conn, new_id)
        return self.item(new_id)

    def update_item(
        self,
        item_id: str,
        *,
        text: str | _Unset = UNSET,
        tags: Sequence[str] | _Unset = UNSET,
        action: ActionFields | _Unset | None = UNSET,
        synergy: SynergyFields | _Unset | None = UNSET,
        speaker: str | _Unset = UNSET,
    ) -> Item:
        current = self.item(item_id)
        new_tags = list(current.tags if isinstance(tags, _Unset) else tags)
        new_action = current.action if isinstance(action, _Unset) else action
        new_synergy = current.synergy if isinstance(synergy, _Unset) else synergy
        new_speaker = current.speaker if isinstance(speaker, _Unset) else speaker
        values = _item_values(new_tags, new_action, new_synergy, new_speaker)
        if not isinstance(text, _Unset):
            values["text"] = v.long_text("text", text)
            if not values["text"].strip():
                raise ValidationError("text", "an item needs some text; delete it instead")
        with self._write() as conn:
            self._touch(conn, "item", item_id, **values)
            self._index_item(conn, item_id)
        return self.item(item_id)

    def set_tag(self, item_id: str, tag: Tag | str, on: bool) -> Item:
        """Add or remove one tag; removing `action` or `synergy` also clears that tag's fields."""
        item = self.item(item_id)
        tags = [t for t in item.tags if t != str(tag)]
        if on:
            tags.append(str(tag))
            return self.update_item(item_id, tags=tags)
        if str(tag) == Tag.ACTION:
            return self.update_item(item_id, tags=tags, action=None)
        if str(tag) == Tag.SYNERGY:
            return self.update_item(item_id, tags=tags, synergy=None)
        return self.update_item(item_id, tags=tags)

    def delete_item(self, item_id: str) -> None:
        with self._write() as conn:
            self._touch(conn, "item", item_id, deleted_at=rows.now())
            self._unindex(conn, "item", item_id)

    def restore_item(self, item_id: str) -> Item:
        with self._write() as conn:
            stamp = rows.now()
            cursor = conn.execute(
                "UPDATE item SET deleted_at = NULL, updated_at = ?, author = ? WHERE id = ?",
                (stamp, self.author, item_id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"No item with id {item_id} in {self.path.name}.")
            self._index_item(conn, item_id)
        return self.item(item_id)

    def move_item(self, item_id: str, index: int, session_id: str | None = None) -> Item:
        """Move an item to position `index` of its session (or of another session)."""
        with self._write() as conn:
            item = self.item(item_id)
            target = session_id or item.session_id
            if target != item.session_id:
                self.session(target)
                self._touch(conn, "item", item_id, session_id=target)
            self._move_item(conn, item_id, target, index)
            self._index_item(conn, item_id)
        return self.item(item_id)

    def _move_item(self, conn: sqlite3.Connection, item_id: str, session_id: str, index: int) -> None:
        order = [
            r["id"]
            for r in conn.execute(
                "SELECT id FROM item WHERE session_id = ? AND deleted_at IS NULL AND id != ? ORDER BY ord",
                (session_id, item_id),
            )
        ]
        order.insert(max(0, min(index, len(order))), item_id)
        self._renumber(conn, "item", order)

    # ---------------------------------------------------------------- focus areas (roadmap rows)

    def focus_areas(self) -> list[FocusArea]:
        with self._decoding("focus area"):
            return [
                rows.focus_area_from(r)
                for r in self._conn.execute("SELECT * FROM focus_area WHERE deleted_at IS NULL ORDER BY ord")
            ]

    def add_focus_area(self, name: str, *, description: str = "") -> FocusArea:
        name = v.title("focus area", name)
        with self._write() as conn:
            for area in self.focus_areas():
                if area.name.casefold() == name.casefold():
                    return area
            last = conn.execute(
                "SELECT COALESCE(MAX(ord), -1) FROM focus_area WHERE deleted_at IS NULL"
            ).fetchone()[0]
            area_id = rows.stable_id("focus_area", self.event().id, name.casefold())
            self._insert_or_revive(
                conn,
                "focus_area",
                {
                    "id": area_id,
                    "name": name,
                    "ord": last + 1,
                    "description": v.long_text("description", description),
                },
            )
        return FocusArea(area_id, name, last + 1, description)

    def rename_focus_area(self, area_id: str, name: str) -> FocusArea:
        """Rename a focus area and every action filed under it, in one transaction."""
        name = v.title("focus area", name)
        with self._write() as conn:
            old = conn.execute("SELECT name FROM focus_area WHERE id = ?", (area_id,)).fetchone()
            if old is None:
                raise NotFoundError(f"No focus area with id {area_id}.")
            self._touch(conn, "focus_area", area_id, name=name)
            stamp = rows.now()
            conn.execute(
                "UPDATE item SET focus_area = ?, updated_at = ?, author = ?"
                " WHERE focus_area = ? AND deleted_at IS NULL",
                (name, stamp, self.author, old["name"]),
            )
        return next(a for a in self.focus_areas() if a.id == area_id)

    def delete_focus_area(self, area_id: str) -> None:
        with self._write() as conn:
            self._touch(conn, "focus_area", area_id, deleted_at=rows.now())

    def restore_focus_area(self, area_id: str) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE focus_area SET deleted_at = NULL, updated_at = ?, author = ? WHERE id = ?",
                (rows.now(), self.author, area_id),
            )

    # ---------------------------------------------------------------- attachments and blobs

    def put_blob(self, source: Path | bytes) -> tuple[str, int]:
        """Store bytes content-addressed (deduplicated), streaming a file in chunks; returns (sha256, size)."""
        digest = hashlib.sha256()
        size = 0
        for chunk in _iter_source(source):
            digest.update(chunk)
            size += len(chunk)
        sha = digest.hexdigest()
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM blob WHERE sha256 = ?", (sha,)).fetchone():
                return sha, size
            # The blob row goes first: blob_chunk.sha256 references it and foreign keys are checked at once.
            conn.execute("INSERT INTO blob(sha256, size, chunks) VALUES (?,?,0)", (sha, size))
            check = hashlib.sha256()
            count = 0
            for chunk in _iter_source(source):
                check.update(chunk)
                conn.execute("INSERT INTO blob_chunk(sha256, seq, data) VALUES (?,?,?)", (sha, count, chunk))
                count += 1
            if check.hexdigest() != sha:
                raise UserError("The file changed while it was being attached; attach it again.")
            conn.execute("UPDATE blob SET chunks = ? WHERE sha256 = ?", (count, sha))
        return sha, size

    def blob_chunks(self, sha256: str) -> Iterator[bytes]:
        return _blob_chunks(self._conn, sha256, self.path)

    def blob_bytes(self, sha256: str) -> bytes:
        return b"".join(self.blob_chunks(sha256))

    def blob_reader(self) -> BlobReader:
        """A reader of attachment bytes for another thread (this store's connection is not shareable)."""
        return BlobReader(self.path)

    def copy_blob_to(self, sha256: str, target: Path) -> None:
        _copy_chunks(self.blob_chunks(sha256), target)

    def add_attachment(
        self,
        source: Path | bytes,
        *,
        filename: str,
        kind: AttachmentKind | str,
        media_type: str,
        session_id: str | None = None,
        caption: str = "",
        credit: str = "",
        selected: bool = False,
        consent: bool = True,
        width: int | None = None,
        height: int | None = None,
        taken_at: dt.datetime | None = None,
        attachment_id: str | None = None,
    ) -> Attachment:
        kind = v.choice("kind", kind, AttachmentKind)
        filename = v.title("file name", filename, max_len=255)
        with self._write() as conn:
            if session_id is not None:
                self.session(session_id)
            sha, size = self.put_blob(source)
            last = conn.execute(
                "SELECT COALESCE(MAX(ord), -1) FROM attachment WHERE deleted_at IS NULL AND kind = ?",
                (kind.value,),
            ).fetchone()[0]
            new_id = attachment_id or rows.stable_id("attachment", session_id or "event", sha)
            if conn.execute(
                "SELECT 1 FROM attachment WHERE id = ? AND deleted_at IS NULL", (new_id,)
            ).fetchone():
                return self.attachment(new_id)  # the same file attached to the same place again: one record
            self._insert_or_revive(
                conn,
                "attachment",
                {
                    "id": new_id,
                    "kind": kind.value,
                    "filename": filename,
                    "media_type": media_type,
                    "size": size,
                    "sha256": sha,
                    "session_id": session_id,
                    "caption": v.short("caption", caption, max_len=2000),
                    "credit": v.short("credit", credit),
                    "ord": last + 1,
                    "selected": int(selected),
                    "consent": int(consent),
                    "width": width,
                    "height": height,
                    "taken_at": rows.ts(taken_at) if taken_at else None,
                },
            )
            self._index_attachment(conn, new_id)
        return self.attachment(new_id)

    def attachments(self, kind: AttachmentKind | None = None) -> list[Attachment]:
        sql = "SELECT * FROM attachment WHERE deleted_at IS NULL"
        params: tuple[str, ...] = ()
        if kind is not None:
            sql += " AND kind = ?"
            params = (kind.value,)
        with self._decoding("attachment"):
            return [rows.attachment_from(r) for r in self._conn.execute(sql + " ORDER BY kind, ord", params)]

    def attachment(self, attachment_id: str) -> Attachment:
        with self._decoding("attachment"):
            row = self._conn.execute(
                "SELECT * FROM attachment WHERE id = ? AND deleted_at IS NULL", (attachment_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"No attachment with id {attachment_id} in {self.path.name}.")
            return rows.attachment_from(row)

    def update_attachment(
        self,
        attachment_id: str,
        *,
        caption: str | _Unset = UNSET,
        credit: str | _Unset = UNSET,
        selected: bool | _Unset = UNSET,
        consent: bool | _Unset = UNSET,
        session_id: str | _Unset | None = UNSET,
        filename: str | _Unset = UNSET,
    ) -> Attachment:
        values: dict[str, Any] = {}
        if not isinstance(caption, _Unset):
            values["caption"] = v.short("caption", caption, max_len=2000)
        if not isinstance(credit, _Unset):
            values["credit"] = v.short("credit", credit)
        if not isinstance(selected, _Unset):
            values["selected"] = int(selected)
        if not isinstance(consent, _Unset):
            values["consent"] = int(consent)
        if not isinstance(filename, _Unset):
            values["filename"] = v.title("file name", filename, max_len=255)
        with self._write() as conn:
            if not isinstance(session_id, _Unset):
                if session_id is not None:
                    self.session(session_id)
                values["session_id"] = session_id
            self._touch(conn, "attachment", attachment_id, **values)
            self._index_attachment(conn, attachment_id)
        return self.attachment(attachment_id)

    def move_attachment(self, attachment_id: str, index: int) -> Attachment:
        with self._write() as conn:
            current = self.attachment(attachment_id)
            order = [a.id for a in self.attachments(current.kind) if a.id != attachment_id]
            order.insert(max(0, min(index, len(order))), attachment_id)
            self._renumber(conn, "attachment", order)
        return self.attachment(attachment_id)

    def delete_attachment(self, attachment_id: str) -> None:
        with self._write() as conn:
            self._touch(conn, "attachment", attachment_id, deleted_at=rows.now())
            self._unindex(conn, "attachment", attachment_id)

    def restore_attachment(self, attachment_id: str) -> Attachment:
        with self._write() as conn:
            conn.execute(
                "UPDATE attachment SET deleted_at = NULL, updated_at = ?, author = ? WHERE id = ?",
                (rows.now(), self.author, attachment_id),
            )
            self._index_attachment(conn, attachment_id)
        return self.attachment(attachment_id)

    # ---------------------------------------------------------------- drafts

    def save_draft(self, session_id: str, text: str) -> None:
        """Keep the line being typed; an empty text clears the draft."""
        text = v.long_text("draft", text)
        with self._write() as conn:
            if text.strip():
                conn.execute(
                    "INSERT INTO draft(session_id, text, updated_at, author) VALUES (?,?,?,?)"
                    " ON CONFLICT(session_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at,"
                    " author = excluded.author",
                    (session_id, text, rows.now(), self.author),
                )
            else:
                conn.execute("DELETE FROM draft WHERE session_id = ?", (session_id,))

    def draft(self, session_id: str) -> str:
        with self._decoding("draft"):
            row = self._conn.execute("SELECT text FROM draft WHERE session_id = ?", (session_id,)).fetchone()
            return rows.text_of(row, "text") if row else ""

    def drafts(self) -> dict[str, str]:
        with self._decoding("draft"):
            return {
                rows.text_of(r, "session_id"): rows.text_of(r, "text")
                for r in self._conn.execute("SELECT session_id, text FROM draft")
            }

    # ---------------------------------------------------------------- the assistant's summary drafts

    def save_summary_draft(self, draft: Draft) -> SummaryDraft:
        """Store a new draft beside (never over) the human summary and the sentences accepted earlier."""
        with self._write() as conn:
            summary_drafts.save(conn, draft, self.author)
        return self._summary_draft(draft.scope, draft.ref)

    def summary_draft(self, scope: DraftScope, ref: str) -> SummaryDraft | None:
        return summary_drafts.load(self._conn, scope, ref)

    def summary_drafts(self) -> list[SummaryDraft]:
        return summary_drafts.load_all(self._conn)

    def accept_summary_draft(self, scope: DraftScope, ref: str, numbers: Sequence[int] = ()) -> SummaryDraft:
        """Accept the stored draft: all of it (no numbers), or the numbered sentences added to those
        accepted before. Documents use the accepted sentences where there is no human summary."""
        stored = self._summary_draft(scope, ref)
        generated = stored.generated
        if not numbers:
            accepted = generated
        else:
            count = len(generated.sentences())
            wrong = sorted(n for n in numbers if not 1 <= n <= count)
            if wrong:
                raise UserError(f"The draft has sentences 1 to {count}; there is no sentence {wrong[0]}.")
            accepted = merged_acceptance(stored.accepted, generated.only(set(numbers)))
        return self.set_accepted_summary(scope, ref, accepted)

    def set_accepted_summary(self, scope: DraftScope, ref: str, accepted: Draft | None) -> SummaryDraft:
        """Put back an earlier acceptance (undo in the app); None means nothing accepted."""
        self._summary_draft(scope, ref)
        with self._write() as conn:
            summary_drafts.set_accepted(conn, scope, ref, accepted, self.author)
        return self._summary_draft(scope, ref)

    def _summary_draft(self, scope: DraftScope, ref: str) -> SummaryDraft:
        found = self.summary_draft(scope, ref)
        if found is None:
            raise NotFoundError(f"There is no draft of this {scope.value} yet; draft it first.")
        return found

    # ---------------------------------------------------------------- vocabulary (completion while typing)

    def known_tags(self) -> list[str]:
        """Every tag used on a live item, most used first (built-in tags included)."""
        # Counted here rather than with json_each(): a damaged list must give the damaged-file sentence.
        uses: dict[str, int] = {}
        with self._decoding("item"):
            for row in self._conn.execute("SELECT tags FROM item WHERE deleted_at IS NULL"):
                for tag in rows.list_of(row, "tags"):
                    uses[tag] = uses.get(tag, 0) + 1
        return sorted(uses, key=lambda tag: (-uses[tag], tag))

    def known_names(self) -> list[str]:
        """People, organisations and every owner, party or speaker named in items, without duplicates."""
        names: list[str] = []
        with self._decoding("name"):
            for row in self._conn.execute(
                "SELECT name FROM person WHERE deleted_at IS NULL"
                " UNION SELECT name FROM organisation WHERE deleted_at IS NULL"
                " UNION SELECT owner FROM item WHERE deleted_at IS NULL AND owner != ''"
                " UNION SELECT speaker FROM item WHERE deleted_at IS NULL AND speaker != ''"
            ):
                names.append(rows.text_of(row, "name"))
            for row in self._conn.execute("SELECT parties FROM item WHERE deleted_at IS NULL"):
                names += rows.list_of(row, "parties")
        seen: dict[str, str] = {}
        for name in names:
            seen.setdefault(name.casefold(), name)
        return sorted(seen.values(), key=str.casefold)

    # ---------------------------------------------------------------- search

    @staticmethod
    def _search_rowid(conn: sqlite3.Connection, kind: str, ref: str) -> int | None:
        # An FTS5 table is indexed by rowid only: filtering on its UNINDEXED `ref` column scans every
        # row (5 ms a note on a 10,000-item event). Each record's entry gets a rowid derived from its
        # own table's rowid instead, so replacing or removing it is one indexed lookup.
        slot = _SEARCH_SLOTS[kind]
        row = conn.execute(f"SELECT rowid FROM {kind} WHERE id = ?", (ref,)).fetchone()
        return int(row[0]) * len(_SEARCH_SLOTS) + slot if row else None

    def _unindex(self, conn: sqlite3.Connection, kind: str, ref: str) -> None:
        rowid = self._search_rowid(conn, kind, ref)
        if rowid is not None:
            conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))

    def _index(
        self, conn: sqlite3.Connection, kind: str, ref: str, session_id: str | None, body: str
    ) -> None:
        rowid = self._search_rowid(conn, kind, ref)
        if rowid is None:
            return
        conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))
        if body.strip():
            conn.execute(
                "INSERT INTO search(rowid, kind, ref, session_id, body) VALUES (?,?,?,?,?)",
                (rowid, kind, ref, session_id, body),
            )

    def _reindex_record(self, conn: sqlite3.Connection, table: str, record: str) -> None:
        """Bring one record's search entries in line with its row (after a merge wrote it)."""
        if table == "item":
            self._unindex(conn, "item", record)
            self._index_item(conn, record)
        elif table == "attachment":
            self._unindex(conn, "attachment", record)
            self._index_attachment(conn, record)
        elif table == "session":
            conn.execute("DELETE FROM search WHERE session_id = ?", (record,))
            self._index_session(conn, record)
            for kind in ("item", "attachment"):
                for row in conn.execute(
                    f"SELECT id FROM {kind} WHERE session_id = ? AND deleted_at IS NULL", (record,)
                ).fetchall():
                    getattr(self, f"_index_{kind}")(conn, row["id"])

    def _index_item(self, conn: sqlite3.Connection, item_id: str) -> None:
        # The notes of a deleted session are kept (restoring it brings them back) but not searched.
        with self._decoding("item"):
            row = conn.execute(
                "SELECT i.* FROM item i JOIN session s ON s.id = i.session_id"
                " WHERE i.id = ? AND i.deleted_at IS NULL AND s.deleted_at IS NULL",
                (item_id,),
            ).fetchone()
            if row is None:
                return
            item = rows.item_from(row)
        extra = [*item.tags, item.speaker]
        if item.action:
            extra += [item.action.owner, item.action.focus_area]
        if item.synergy:
            extra += [*item.synergy.parties, item.synergy.theme]
        self._index(conn, "item", item_id, item.session_id, "\n".join([item.text, *filter(None, extra)]))

    def _index_session(self, conn: sqlite3.Connection, session_id: str) -> None:
        with self._decoding("session"):
            row = conn.execute(
                "SELECT * FROM session WHERE id = ? AND deleted_at IS NULL", (session_id,)
            ).fetchone()
            if row is None:
                return
            session = rows.session_from(row, ())
        body = "\n".join([session.title, *session.questions, session.summary])
        self._index(conn, "session", session_id, session_id, body)

    def _index_attachment(self, conn: sqlite3.Connection, attachment_id: str) -> None:
        with self._decoding("attachment"):
            row = conn.execute(
                "SELECT a.* FROM attachment a LEFT JOIN session s ON s.id = a.session_id"
                " WHERE a.id = ? AND a.deleted_at IS NULL AND s.deleted_at IS NULL",
                (attachment_id,),
            ).fetchone()
            if row is None:
                return
            attachment = rows.attachment_from(row)
        body = "\n".join(filter(None, [attachment.caption, attachment.credit, attachment.filename]))
        self._index(conn, "attachment", attachment_id, attachment.session_id, body)

    def search(self, text: str, *, session_id: str | None = None, limit: int = 200) -> list[SearchHit]:
        """Full-text search; any user text is safe (it is quoted token by token, never FTS syntax)."""
        query = fts_query(text)
        if query is None:
            return []
        sql = (
            "SELECT kind, ref, session_id, snippet(search, 3, '[', ']', '…', 12) AS snip FROM search"
            " WHERE search MATCH ?"
        )
        params: list[Any] = [query]
        if session_id is not None:
            sql += " AND session_id = ?"
            params.append(session_id)
        sql += " ORDER BY rank LIMIT ?"
        params.append(limit)
        with self._decoding("search entry"):
            return [
                SearchHit(
                    rows.text_of(r, "kind"), rows.text_of(r, "ref"), r["session_id"], rows.text_of(r, "snip")
                )
                for r in self._conn.execute(sql, params)
            ]

    def rebuild_search(self) -> None:
        with self._write() as conn:
            self.reindex_all(conn)

    # ---------------------------------------------------------------- snapshot

    def snapshot(self) -> EventSnapshot:
        """Everything, read in one transaction: an immutable view exporters can use on any thread."""
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
            )

    # ---------------------------------------------------------------- several rapporteurs

    def merge(self, others: Sequence[Path], *, dry_run: bool = False) -> list[MergeReport]:
        """Fold other copies of this event into this file, all or nothing; one report per input.

        Every input is checked before anything changes (damaged, foreign, newer, another event: refused),
        the file is backed up, and all inputs are applied in one transaction.
        """
        event = self.event()
        self.verify_records()  # a broken record already here is named as this file's damage, not the inputs'
        opened: list[sqlite3.Connection] = []
        try:
            inputs = []
            for other in map(Path, others):
                if other.resolve() == self.path.resolve():
                    raise StoreUserError(f"{other.name} is the file being merged into; name the other files.")
                inspect_file(other)
                try:
                    conn = _connect(other, read_only=True)
                except sqlite3.Error as exc:
                    raise (translate(exc, other) or exc) from None
                opened.append(conn)
                theirs = conn.execute("SELECT id, title FROM event").fetchone()
                if theirs is None or theirs["id"] != event.id:
                    title = theirs["title"] if theirs is not None else "no event"
                    raise StoreUserError(
                        f"{other.name} holds another event ('{title}') than {self.path.name}"
                        f" ('{event.title}'); nothing was merged."
                    )
                # A handed-in file: every record and every replicated entry must read cleanly first.
                EventStore(other, conn, read_only=True, author=self.author, lock=None).verify_records()
                inputs.append(merging.read_input(other, conn))
            if not dry_run:
                backups.take(self._conn, self.path, event.id, "merge")
            try:
                with self._write() as conn:
                    reports = merging.fold(conn, self._replica, inputs)
                    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        table, _rowid, parent, _fk = problems[0]
                        raise StoreUserError(
                            f"The files do not fit together: a {table} refers to a {parent} none of them holds;"
                            " nothing was merged."
                        )
                    if dry_run:
                        raise _RollBack(reports)
            except _RollBack as rolled:
                return rolled.reports
            return reports
        finally:
            for conn in opened:
                conn.close()

    def probable_duplicates(self) -> list[tuple[Session, Session]]:
        """Sessions of one day with the same title: two rapporteurs who each created the session they covered."""
        seen: dict[tuple[str, str], Session] = {}
        pairs: list[tuple[Session, Session]] = []
        for session in self.sessions():
            key = (session.day_id, " ".join(session.title.casefold().split()))
            if key in seen:
                pairs.append((seen[key], session))
            else:
                seen[key] = session
        return pairs

    def merge_sessions(self, keep_id: str, other_id: str) -> Session:
        """Fold session `other_id` into `keep_id` in one transaction: its notes (after keep's, in their order,
        with their authors and times), photos, people and roles, the details keep lacks, and its summary
        (appended when both have one); then `other_id` is deleted."""
        if keep_id == other_id:
            raise StoreUserError("Choose two different sessions to merge.")
        keep, other = self.session(keep_id), self.session(other_id)
        with self._write() as conn:
            moved = [item.id for item in self.items(other_id)]
            for item_id in moved:
                self._touch(conn, "item", item_id, session_id=keep_id)
            self._renumber(
                conn, "item", [*(item.id for item in self.items(keep_id) if item.id not in moved), *moved]
            )
            for row in conn.execute(
                "SELECT id FROM attachment WHERE session_id = ? AND deleted_at IS NULL", (other_id,)
            ).fetchall():
                self._touch(conn, "attachment", row["id"], session_id=keep_id)
            summary = keep.summary
            if other.summary.strip() and other.summary.strip() not in summary:
                summary = (
                    f"{summary.rstrip()}\n\n{other.summary.strip()}" if summary.strip() else other.summary
                )
            people = [(p.name, p.role) for p in keep.people]
            people += [(p.name, p.role) for p in other.people if (p.name, p.role) not in people]
            self.update_session(
                keep_id,
                start=keep.start or other.start,
                end=keep.end or other.end,
                room=keep.room or other.room,
                format=keep.format or other.format,
                questions=list(dict.fromkeys([*keep.questions, *other.questions])),
                summary=summary,
                people=people,
            )
            self.delete_session(other_id)
            self._reindex_record(conn, "session", keep_id)
        return self.session(keep_id)

    def conflicts(self) -> list[Conflict]:
        """Every open conflict of the event, by record kind and record."""
        with self._read() as conn:
            return self._replica.all_conflicts(conn)

    def describe(self, conflict: Conflict) -> str:
        return conflicts_module.describe(self._conn, conflict.table, conflict.record)

    def resolve(self, conflict_id: str, *, take: int | None = None, value: str | None = None) -> Resolution:
        """Settle one conflict (ids as `conflicts()` gives them, or an unambiguous start of one)."""
        if (take is None) == (value is None):
            raise StoreUserError("Say how to resolve it: --take N or --value V.")
        with self._write() as conn:
            conflict = conflicts_module.find(self._replica.all_conflicts(conn), conflict_id)
            return conflicts_module.resolve(conn, self._replica, conflict, take=take, value=value)

    def backup(self, reason: str = "manual") -> backups.Backup:
        return backups.take(self._conn, self.path, self.event().id, reason)

    def backups(self) -> list[backups.Backup]:
        return backups.ring(self.event().id, stem=self.path.stem)

    # ---------------------------------------------------------------- raw access for interchange and checks

    def query(self, sql: str, params: Sequence[Any] = (), *, kind: str = "stored") -> list[sqlite3.Row]:
        """Read-only SQL for the interchange and check modules of this package.

        Text that is not UTF-8 gives the damaged-file sentence naming `kind`; converting the values
        goes through rows.decoding too.
        """
        with self._decoding(kind):
            return self._conn.execute(sql, params).fetchall()

    def verify_records(self) -> None:
        """Read every record in full, stamps and references included: a damaged one raises the
        damaged-file sentence.

        For what copies records as stored rather than through the domain objects (merge, the JSON copy),
        and before records from elsewhere are written into this file (a reference already broken here
        would be blamed on them).
        """
        for table, (kind, _decoder) in rows.RECORD_TABLES.items():
            with self._decoding(kind):
                for row in self._conn.execute(f"SELECT * FROM {table}"):
                    rows.record_from(table, row)
        with self._decoding("reference"):
            broken = self._conn.execute("PRAGMA foreign_key_check").fetchone()
        if broken is not None:
            raise DamagedFileError(
                f"{self.path.name} is damaged: {rows.with_article(rows.text_of(broken, 'table'))} record refers to a missing"
                f" {rows.text_of(broken, 'parent')}; run `meetingkit check` to list the damaged records."
            )

    def query_lenient(self, sql: str) -> list[sqlite3.Row]:
        """A pragma whose report quotes damaged pages (integrity_check): text decoded with replacement marks."""
        self._conn.text_factory = rows.lenient_text
        try:
            return self._conn.execute(sql).fetchall()
        finally:
            self._conn.text_factory = rows.strict_text

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction for bulk operations of this package (import, merge)."""
        with self._write() as conn:
            yield conn

    def reindex_all(self, conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM search")
        for row in conn.execute("SELECT id FROM session WHERE deleted_at IS NULL").fetchall():
            self._index_session(conn, row["id"])
        for row in conn.execute("SELECT id FROM item WHERE deleted_at IS NULL").fetchall():
            self._index_item(conn, row["id"])
        for row in conn.execute("SELECT id FROM attachment WHERE deleted_at IS NULL").fetchall():
            self._index_attachment(conn, row["id"])


def _item_values(
    tags: Sequence[str], action: ActionFields | None, synergy: SynergyFields | None, speaker: str
) -> dict[str, Any]:
    clean_tags: list[str] = []
    for tag in tags:
        tag = " ".join(str(tag).split()).lower()
        if tag and tag not in clean_tags:
            clean_tags.append(tag)
    if action is not None and str(Tag.ACTION) not in clean_tags:
        clean_tags.append(str(Tag.ACTION))
    if synergy is not None and str(Tag.SYNERGY) not in clean_tags:
        clean_tags.append(str(Tag.SYNERGY))
    a = action or ActionFields()
    s = synergy or SynergyFields()
    horizon = v.choice("horizon", a.horizon, Horizon) if a.horizon else None
    status = v.choice("status", a.status, ActionStatus)
    return {
        "tags": rows.dumps(clean_tags),
        "owner": v.short("owner", a.owner),
        "due": a.due.isoformat() if a.due else None,
        "horizon": horizon.value if horizon else None,
        "status": status.value,
        "focus_area": v.short("focus area", a.focus_area),
        "parties": rows.dumps([v.short("party", p) for p in s.parties if p.strip()]),
        "theme": v.short("theme", s.theme),
        "speaker": v.short("speaker", speaker),
    }


def _iter_source(source: Path | bytes) -> Iterator[bytes]:
    if isinstance(source, bytes):
        for start in range(0, len(source), CHUNK_SIZE):
            yield source[start : start + CHUNK_SIZE]
        if not source:
            yield b""
        return
    try:
        with Path(source).open("rb") as fh:
            while chunk := fh.read(CHUNK_SIZE):
                yield chunk
    except OSError as exc:
        raise UserError(f"Cannot read {Path(source).name}: {exc.strerror or exc}.") from None


def _migrate(conn: sqlite3.Connection, current: int, target: int, migrations: dict[int, Migration]) -> None:
    for version in range(current, target):
        step = migrations.get(version)
        if step is None:
            raise RuntimeError(f"no migration from schema version {version}")
        step(conn)


def _backup_and_migrate(path: Path, current: int, target: int, migrations: dict[int, Migration]) -> Path:
    """Copy the file aside, then migrate it forward in one transaction; returns the backup's path."""
    backup = path.with_name(f"{path.stem}.v{current}-backup{path.suffix}")
    counter = 2
    while backup.exists():
        backup = path.with_name(f"{path.stem}.v{current}-backup-{counter}{path.suffix}")
        counter += 1
    try:
        shutil.copy2(path, backup)
    except OSError as exc:
        raise StoreUserError(
            f"{path.name} needs an upgrade, but a backup copy could not be written ({exc.strerror}); nothing changed."
        ) from None
    conn = _connect(path, read_only=False)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            _migrate(conn, current, target, migrations)
            conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise (translate(exc, path) or exc) from None
    finally:
        conn.close()
    return backup
