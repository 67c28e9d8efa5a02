"""Opening an event file: connections, the checks before opening, crash recovery, creation and migrations."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Sequence

from meetingkit import __version__
from meetingkit.core import validation as v
from meetingkit.store import known_files, rows, trust
from meetingkit.store.errors import (
    DamagedFileError,
    NewerFileError,
    NotAnEventFileError,
    ReadOnlyError,
    StoreUserError,
    translate,
)
from meetingkit.store.replica import Replica
from meetingkit.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, Migration

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Final, Literal

    from meetingkit.core.paths import StrPath

    # When opening reads the whole file (inspect_file).
    WholeFileRead = Literal["always", "unless known", "never"]

SQLITE_MAGIC: Final = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS: Final = 10_000


# The variables getpass.getuser reads, in its order, before it asks the password database.
_USER_VARIABLES = ("LOGNAME", "USER", "LNAME", "USERNAME")


def default_author() -> str:
    """The user's login name, as getpass.getuser gives it; "" when there is none."""
    # The variables first, as getuser reads them: importing getpass loads termios (a shared library, for its
    # password prompt), ~1.5 ms of every `add`. Without them, getuser asks the password database.
    for name in _USER_VARIABLES:
        if user := os.environ.get(name):
            return user
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # getuser() raises a bare OSError/KeyError on some containers
        return ""


# What urllib.parse.quote_from_bytes leaves as it is (with "/" as Path.as_uri asks).
_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def file_uri(path: StrPath) -> str:
    """`Path(path).resolve().as_uri()`, the file's URI for SQLite, made without pathlib where paths are POSIX
    (StrPath says why; a property test holds the two equal)."""
    if os.name != "posix":
        from pathlib import Path

        return Path(path).resolve().as_uri()
    real = os.fsencode(os.path.realpath(path))
    return "file://" + "".join(chr(byte) if byte in _URI_SAFE else f"%{byte:02X}" for byte in real)


def connect(path: StrPath, *, read_only: bool) -> sqlite3.Connection:
    uri = f"{file_uri(path)}?mode={'ro' if read_only else 'rw'}"
    conn = sqlite3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )
    conn.row_factory = sqlite3.Row
    # Text that is not UTF-8 stops a read with sqlite3's own error, which rows.decoding turns into the
    # "damaged file" sentence (rows.undecodable_text).
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


def inspect_file(
    path: StrPath, migrations: dict[int, Migration] | None = None, *, whole_file: WholeFileRead = "always"
) -> int:
    """Check that `path` is a healthy event file this version can read, without changing a byte.

    Everything here reads through a read-only, query-only connection whose work is bounded, and the
    schema is compared with ours before anything else reads a table. Returns the schema version.
    Raises a StoreUserError naming the problem otherwise.

    `whole_file` says when SQLite's quick_check reads the whole file: "always" (a file handed in), "unless
    known" (opening: skipped for the user's own file, closed by meetingkit and untouched since), or "never"
    (`check`, whose integrity_check reads every page anyway and lists what it finds rather than stopping at
    the first).
    """
    name = os.path.basename(path)
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
    if trust.require_regular_sidecar(path, "-wal") or os.path.exists(os.fspath(path) + "-shm"):
        raise NotAnEventFileError(
            f"{name} has SQLite WAL files ({name}-wal, -shm) beside it, which meetingkit never makes;"
            " it was not opened and nothing was changed."
        )
    if trust.require_regular_sidecar(path, "-journal"):
        _finish_crashed_transaction(path)
        # A write was cut short: what was recorded at close vouches for nothing.
        if whole_file == "unless known":
            whole_file = "always"
    try:
        conn = connect(path, read_only=True)
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
        # A file this user's meetingkit closed and nobody touched since (known_files says how that is known)
        # had its schema checked when it was opened then: deriving the expected schema again (the
        # migrations run on an empty database, ~8 ms) and quick_check's read of the whole file are skipped.
        known = whole_file == "unless known" and migrations is None and known_files.unchanged(path)
        if not known:
            trust.check_schema(conn, path, version, migrations)
        # The schema is ours, so what follows runs only our own SQL, and quick_check's work grows with the
        # file's size alone: a large real event must not be mistaken for an attack.
        conn.set_progress_handler(None, 0)
        # quick_check reports what it found in the damaged pages, which need not be UTF-8.
        conn.text_factory = rows.lenient_text
        # quick_check reads the whole file: not for a known file, nor for `check`, which reads it all itself.
        whole = whole_file == "always" or (whole_file == "unless known" and not known)
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


def _finish_crashed_transaction(path: StrPath) -> None:
    """Let SQLite roll back a write that a crash or kill left half done (a "hot" journal beside the file).

    A read-only connection cannot do that and reports "readonly" forever, so the first read goes
    through a read-write one; if the journal is not hot (another program is writing), it only reads.
    Rolling back copies pages back and runs no SQL of the file: nothing in its schema can act here.
    """
    try:
        conn = sqlite3.connect(f"{file_uri(path)}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
            name = os.path.basename(path)
            raise ReadOnlyError(
                f"{name} was left unfinished by a crash and must be repaired, but it is read-only;"
                f" copy it with {name}-journal to a writable folder and open it there."
            ) from None
        # Anything else (a damaged file) is reported by the read-only checks that follow.


def create_file(
    path: Path,
    *,
    title: str,
    subtitle: str,
    venue: str,
    city: str,
    start_d: dt.date,
    end_d: dt.date,
    orgs: Sequence[str],
    langs: Sequence[str],
    description: str,
    zone_name: str,
    author: str | None,
) -> None:
    """Write a new event file with one day per date of the range (values already checked); refuses to overwrite."""
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
            migrate(conn, 0, SCHEMA_VERSION, MIGRATIONS)
            stamp = rows.now()
            who = author if author is not None else default_author()
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


def migrate(conn: sqlite3.Connection, current: int, target: int, migrations: dict[int, Migration]) -> None:
    for version in range(current, target):
        step = migrations.get(version)
        if step is None:
            raise RuntimeError(f"no migration from schema version {version}")
        step(conn)


def backup_and_migrate(path: Path, current: int, target: int, migrations: dict[int, Migration]) -> Path:
    """Copy the file aside, then migrate it forward in one transaction; returns the backup's path."""
    import shutil  # here: an upgrade is rare, and shutil brings its compression modules to every open

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
    conn = connect(path, read_only=False)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            migrate(conn, current, target, migrations)
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
